/**
 * Test support: a real SMTP server (smtp-server) on 127.0.0.1 at a random port, which parses
 * every message it receives with mailparser. Optional AUTH (user/password checked), STARTTLS
 * with the library's self-signed certificate unless disabled, and recipients refused on
 * demand to test failures. Used by the mail and invitation tests; never by the product.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: Buffer;
}

export interface TestSmtpServer {
  port: number;
  /** smtp://… URL for DIEMCAU_SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`, default 60 s). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Refuse RCPT TO for these addresses with 550. */
  refuse(address: string): void;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  auth?: { user: string; pass: string };
  /** Offer STARTTLS (self-signed); default false. */
  startTls?: boolean;
}

export const startTestSmtpServer = async (options: TestSmtpOptions = {}): Promise<TestSmtpServer> => {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const waiters: { count: number; resolve: (mails: ReceivedMail[]) => void }[] = [];
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received.slice());
      }
    }
  };
  const serverOptions: SMTPServerOptions = {
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disabledCommands: options.startTls ? [] : ['STARTTLS'],
    logger: false,
    size: 50 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      }
    },
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed, raw });
            notify();
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';
  return {
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    waitFor(count, timeoutMs = 60_000) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve, reject) => {
        const waiter = {
          count,
          resolve: (mails: ReceivedMail[]) => {
            clearTimeout(timer);
            resolve(mails);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`Expected ${count} messages, received ${received.length}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    refuse(address) {
      refused.add(address.toLowerCase());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
