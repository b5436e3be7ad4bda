/**
 * The attendance wall's event stream (SSE) read with fetch on 127.0.0.1: the events by type
 * in the order they arrived, whether the server ended it, and a way to close it.
 */
import { expect } from 'vitest';
import { waitFor } from './live-client.js';

export async function openWall(baseUrl: string, conferenceId: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/conferences/${conferenceId}/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const events: { event: string; data: unknown }[] = [];
  let ended = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data ? JSON.parse(data) : null });
        }
      }
    } catch {
      // aborted by the test
    }
    ended = true;
  })();
  await waitFor(() => events.some((e) => e.event === 'ready'), 'the stream to open');
  return { events, ended: () => ended, close: () => controller.abort() };
}
