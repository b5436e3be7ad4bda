/** A signed-in administrator for the benchmarks: the API refuses anonymous callers. */
import type { Services } from '../src/services/index.js';

export interface BenchSession {
  /** Headers a GET needs: the session cookie. */
  headers: { cookie: string };
  /** Headers a write needs: the cookie and the session's CSRF token. */
  writeHeaders: { cookie: string; 'x-csrf-token': string };
}

export async function benchAdminSession(services: Services): Promise<BenchSession> {
  const email = 'bench@diemcau.local';
  const password = 'mat-khau-do-hieu-nang';
  const { token } = await services.accounts.createFirstAdminSetupLink();
  await services.accounts.completeSetup(token, { email, displayName: 'Bench', password });
  const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
  const cookie = `diemcau_session=${login.token}`;
  return { headers: { cookie }, writeHeaders: { cookie, 'x-csrf-token': login.csrfToken } };
}
