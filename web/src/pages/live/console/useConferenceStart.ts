/**
 * The conference's exact start as the plan holds it, for a console's "Khai mạc": null while
 * it is not fixed (the server then refuses to open the meeting), undefined while unknown.
 * Read again after each refusal, since the start may have been set meanwhile.
 */
import { useEffect, useState } from 'react';
import { getConference } from '../../../api/conferences.js';

export const useConferenceStart = (conferenceId: string, enabled: boolean, refresh: unknown): string | null | undefined => {
  const [startsAt, setStartsAt] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    getConference(conferenceId, { quiet: true }).then(
      (conference) => {
        if (current) setStartsAt(conference.startsAt);
      },
      // Without the right to read the plan the hint is left out; the refusal still explains.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [conferenceId, enabled, refresh]);
  return startsAt;
};
