import { describe, expect, it } from 'vitest';
import { speakerLabel } from './speaker-label.js';

describe('speakerLabel', () => {
  it('prints the name and the hall when both are known', () => {
    expect(speakerLabel({ speakerName: 'Nguyễn Văn An', bridgePointName: 'UBND huyện Tam Nông' })).toBe(
      'Nguyễn Văn An (UBND huyện Tam Nông)',
    );
  });

  it('prints only what is known, never empty brackets', () => {
    expect(speakerLabel({ speakerName: 'Đại biểu Sở TT&TT', bridgePointName: '' })).toBe('Đại biểu Sở TT&TT');
    expect(speakerLabel({ speakerName: ' ', bridgePointName: 'Sở Y tế ' })).toBe('Sở Y tế');
    expect(speakerLabel({ speakerName: '', bridgePointName: '' })).toBe('');
  });
});
