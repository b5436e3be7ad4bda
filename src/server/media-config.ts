/**
 * The media engine's settings from the environment (issue 6):
 * - MEDIA_ENGINE: `embedded` (default) or `janus`;
 * - JANUS_URL: Janus's WebSocket API, ws://host:8188 (needed with `janus`);
 * - JANUS_PP_REC: with `janus`, the `janus-pp-rec` that makes its recordings playable (default:
 *   from PATH; `off`: keep the .mjr files only);
 * - MEDIA_HOST_ADDRESS: the address the embedded SFU binds and announces (default 127.0.0.1;
 *   a hall network needs the server's LAN address);
 * - MEDIA_PORT_RANGE: UDP ports of the embedded SFU, `40000-40999` (default: any);
 * - MEDIA_THUMBNAILS: thumbnails per page on the chair's and secretariat's wall (1-36, default 16;
 *   more halls are paged);
 * - MEDIA_SIMULATED_LOSS: embedded engine only, for rehearsals and tests: drop this percentage
 *   (1-50) of what the halls send, so the weak-link fallback can be seen (default 0);
 * - ICE_SERVERS: STUN/TURN servers for halls behind NAT, as JSON
 *   `[{"urls":["turn:turn.example.gov.vn:3478"],"username":"u","credential":"p"}]` (default none:
 *   nothing contacts a public host).
 * The watching tier's (HLS, FFMPEG_PATH, HLS_RENDITIONS …): server/hls-config.ts.
 */
import { isIP } from 'node:net';
import type { FieldProblem } from '../domain/errors.js';
import type { IceServer } from '../media/media-engine.js';
import { DEFAULT_MEDIA_CONFIG, type MediaConfig } from '../media/select-engine.js';
import { readHlsConfig } from './hls-config.js';

type Env = Record<string, string | undefined>;

const problem = (name: string, vi: string, en: string): FieldProblem => ({
  path: `/${name}`,
  code: 'config.invalid_media',
  message: { vi, en },
});

function iceServersOf(raw: string | undefined, problems: FieldProblem[]): IceServer[] {
  if (!raw?.trim()) return [];
  const bad = () =>
    problems.push(
      problem(
        'ICE_SERVERS',
        'ICE_SERVERS phải là mảng JSON [{"urls":["stun:…"]}].',
        'ICE_SERVERS must be a JSON array [{"urls":["stun:…"]}].',
      ),
    );
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return (bad(), []);
    const servers: IceServer[] = [];
    for (const entry of parsed) {
      const { urls, username, credential } = (entry ?? {}) as Record<string, unknown>;
      const list = typeof urls === 'string' ? [urls] : urls;
      if (!Array.isArray(list) || list.length === 0 || !list.every((u) => typeof u === 'string' && /^(stuns?|turns?):/.test(u)))
        return (bad(), []);
      if ((username !== undefined && typeof username !== 'string') || (credential !== undefined && typeof credential !== 'string'))
        return (bad(), []);
      servers.push({ urls: list as string[], ...(username ? { username } : {}), ...(credential ? { credential } : {}) });
    }
    return servers;
  } catch {
    return (bad(), []);
  }
}

export function readMediaConfig(env: Env, problems: FieldProblem[]): MediaConfig {
  const engine = (env.MEDIA_ENGINE?.trim() || 'embedded').toLowerCase();
  if (engine !== 'embedded' && engine !== 'janus') {
    problems.push(problem('MEDIA_ENGINE', 'MEDIA_ENGINE phải là embedded hoặc janus.', 'MEDIA_ENGINE must be embedded or janus.'));
  }
  const janusUrl = env.JANUS_URL?.trim() || null;
  if (engine === 'janus' && !janusUrl)
    problems.push(
      problem('JANUS_URL', 'MEDIA_ENGINE=janus cần JANUS_URL (ws://…:8188).', 'MEDIA_ENGINE=janus needs JANUS_URL (ws://…:8188).'),
    );
  if (janusUrl && !/^wss?:\/\/[^\s]+$/.test(janusUrl))
    problems.push(problem('JANUS_URL', 'JANUS_URL phải có dạng ws://…', 'JANUS_URL must look like ws://…'));
  const hostAddress = env.MEDIA_HOST_ADDRESS?.trim() || DEFAULT_MEDIA_CONFIG.hostAddress;
  if (isIP(hostAddress) === 0)
    problems.push(problem('MEDIA_HOST_ADDRESS', 'MEDIA_HOST_ADDRESS phải là một địa chỉ IP.', 'MEDIA_HOST_ADDRESS must be an IP address.'));
  let portRange: [number, number] | null = null;
  const range = env.MEDIA_PORT_RANGE?.trim();
  if (range) {
    const match = /^(\d{1,5})-(\d{1,5})$/.exec(range);
    const [low, high] = match ? [Number(match[1]), Number(match[2])] : [0, -1];
    if (low >= 1024 && high <= 65535 && low < high) portRange = [low, high];
    else
      problems.push(
        problem('MEDIA_PORT_RANGE', 'MEDIA_PORT_RANGE phải có dạng 40000-40999.', 'MEDIA_PORT_RANGE must look like 40000-40999.'),
      );
  }
  const ppRec = env.JANUS_PP_REC?.trim();
  const thumbs = env.MEDIA_THUMBNAILS?.trim();
  const thumbnailsPerPage = thumbs ? Number(thumbs) : undefined;
  if (thumbnailsPerPage !== undefined && !(Number.isInteger(thumbnailsPerPage) && thumbnailsPerPage >= 1 && thumbnailsPerPage <= 36)) {
    problems.push(
      problem(
        'MEDIA_THUMBNAILS',
        'MEDIA_THUMBNAILS phải là số nguyên từ 1 đến 36.',
        'MEDIA_THUMBNAILS must be a whole number from 1 to 36.',
      ),
    );
  }
  const lossText = env.MEDIA_SIMULATED_LOSS?.trim();
  const simulatedLossPercent = lossText ? Number(lossText) : undefined;
  if (
    simulatedLossPercent !== undefined &&
    !(Number.isInteger(simulatedLossPercent) && simulatedLossPercent >= 0 && simulatedLossPercent <= 50)
  ) {
    problems.push(
      problem(
        'MEDIA_SIMULATED_LOSS',
        'MEDIA_SIMULATED_LOSS phải là số nguyên từ 0 đến 50 (phần trăm).',
        'MEDIA_SIMULATED_LOSS must be a whole number from 0 to 50 (percent).',
      ),
    );
  } else if (simulatedLossPercent && engine === 'janus') {
    // Only the embedded engine can drop packets on purpose; silently ignoring it would fake a rehearsal.
    problems.push(
      problem(
        'MEDIA_SIMULATED_LOSS',
        'MEDIA_SIMULATED_LOSS chỉ dùng được với MEDIA_ENGINE=embedded (Janus không giả lập mất gói).',
        'MEDIA_SIMULATED_LOSS works only with MEDIA_ENGINE=embedded (Janus cannot simulate loss).',
      ),
    );
  }
  return {
    engine: engine === 'janus' ? 'janus' : 'embedded',
    janusUrl,
    hostAddress,
    portRange,
    iceServers: iceServersOf(env.ICE_SERVERS, problems),
    ...(ppRec ? { janusPostProcessor: ppRec.toLowerCase() === 'off' ? null : ppRec } : {}),
    ...(thumbnailsPerPage !== undefined ? { thumbnailsPerPage } : {}),
    ...(simulatedLossPercent ? { simulatedLossPercent } : {}),
    hls: readHlsConfig(env, problems),
  };
}
