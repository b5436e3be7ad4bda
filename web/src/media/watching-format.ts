/** "3,2 s" (Vietnamese decimal comma) or "3.2 s": how far behind live the programme plays. */
export const formatSeconds = (ms: number, language: string): string =>
  `${(ms / 1000).toLocaleString(language.startsWith('vi') ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
