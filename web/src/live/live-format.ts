/**
 * Server instants (epoch ms) as the halls read them: Vietnam time (UTC+7, no daylight
 * saving), whatever the zone of the browser. Dates go through src/domain/vietnamese-dates.ts
 * (web/src/format.ts) from the local `YYYY-MM-DDTHH:mm` given here.
 */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** `2021-07-07T08:05:09` in Vietnam time. */
const vietnamIso = (ms: number): string => new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 19);

/** `08:05:09` (the big screen's clock). */
export const clockOf = (ms: number): string => vietnamIso(ms).slice(11, 19);

/** `08:05`. */
export const timeOf = (ms: number): string => vietnamIso(ms).slice(11, 16);

/** `2021-07-07T08:05`, comparable with a planned start and readable by formatDateTime. */
export const localDateTimeOf = (ms: number): string => vietnamIso(ms).slice(0, 16);
