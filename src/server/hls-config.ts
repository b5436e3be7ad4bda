/**
 * The watching tier's settings from the environment (issue 19):
 * - HLS: `on` (default) or `off` (no watching tier: every point joins as an interactive hall);
 * - FFMPEG_PATH: the ffmpeg that packages the programme (default `ffmpeg` from PATH);
 * - HLS_RENDITIONS: the renditions, largest first, from 1080p, 720p, 360p (default `720p,360p`);
 * - HLS_PRESET: x264's preset (default `veryfast`; `ultrafast` spends less CPU for a softer picture);
 * - HLS_SIGNING_KEY: the key of the signed watching addresses (default: a new key at each start;
 *   set it when a cache in front must keep accepting addresses across a restart).
 */
import type { FieldProblem } from '../domain/errors.js';
import { DEFAULT_HLS_OPTIONS, RENDITION_NAMES, RENDITIONS, type RenditionName } from '../media/hls/hls-args.js';
import type { HlsConfig } from '../media/select-engine.js';

type Env = Record<string, string | undefined>;

const PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium'];

const problem = (name: string, vi: string, en: string): FieldProblem => ({
  path: `/${name}`,
  code: 'config.invalid_media',
  message: { vi, en },
});

export function readHlsConfig(env: Env, problems: FieldProblem[]): HlsConfig | null {
  const enabled = (env.HLS?.trim() || 'on').toLowerCase();
  if (enabled !== 'on' && enabled !== 'off') problems.push(problem('HLS', 'HLS phải là on hoặc off.', 'HLS must be on or off.'));
  if (enabled === 'off') return null;
  const names = (env.HLS_RENDITIONS?.trim() || DEFAULT_HLS_OPTIONS.renditions.join(',')).split(',').map((name) => name.trim());
  const renditions = names.filter((name): name is RenditionName => (RENDITION_NAMES as string[]).includes(name));
  if (renditions.length !== names.length || renditions.length === 0 || new Set(renditions).size !== renditions.length) {
    problems.push(
      problem(
        'HLS_RENDITIONS',
        `HLS_RENDITIONS phải là danh sách khác nhau trong ${RENDITION_NAMES.join(', ')}, ví dụ 720p,360p.`,
        `HLS_RENDITIONS must be distinct names from ${RENDITION_NAMES.join(', ')}, e.g. 720p,360p.`,
      ),
    );
  }
  renditions.sort((a, b) => RENDITIONS[b].height - RENDITIONS[a].height);
  const preset = env.HLS_PRESET?.trim() || DEFAULT_HLS_OPTIONS.preset;
  if (!PRESETS.includes(preset))
    problems.push(
      problem('HLS_PRESET', `HLS_PRESET phải là một trong ${PRESETS.join(', ')}.`, `HLS_PRESET must be one of ${PRESETS.join(', ')}.`),
    );
  return {
    ffmpegPath: env.FFMPEG_PATH?.trim() || 'ffmpeg',
    options: { ...DEFAULT_HLS_OPTIONS, renditions: renditions.length ? renditions : DEFAULT_HLS_OPTIONS.renditions, preset },
    signingKey: env.HLS_SIGNING_KEY?.trim() || null,
  };
}
