import { describe, expect, it } from 'vitest';
import { mediaTierEn, mediaTierVi } from '../i18n/media-tier-texts.js';
import { playbackText } from './playback-text.js';

const at = 1;
/** A t() over the block's texts, with {{name}} filled in. */
const tOf =
  (texts: object) =>
  (key: string, options: Record<string, unknown> = {}): string => {
    const text = key
      .replace(/^mediaTier\./, '')
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts) as string;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
const vi = tOf(mediaTierVi);
const en = tOf(mediaTierEn);

describe('the playback line of a watching point', () => {
  it('says the delay with a Vietnamese decimal comma and the rendition, or the trouble', () => {
    expect(playbackText({ state: 'playing', latencyMs: 3200, rendition: '720p', stalls: 0, at }, vi, 'vi')).toBe(
      'Trễ ít nhất 3,2 s · 720p',
    );
    expect(playbackText({ state: 'playing', latencyMs: 3200, rendition: null, stalls: 0, at }, en, 'en')).toBe('At least 3.2 s behind');
    expect(playbackText({ state: 'playing', latencyMs: null, rendition: '480p', stalls: 0, at }, vi, 'vi')).toBe('Đang phát · 480p');
    expect(playbackText({ state: 'starting', latencyMs: null, rendition: null, stalls: 0, at }, vi, 'vi')).toBe('Đang tải');
    expect(playbackText({ state: 'stalled', latencyMs: 9000, rendition: '360p', stalls: 3, at }, vi, 'vi')).toBe('Gián đoạn (3)');
    expect(playbackText({ state: 'error', latencyMs: null, rendition: null, stalls: 0, at }, en, 'en')).toBe('Playback error');
  });
});
