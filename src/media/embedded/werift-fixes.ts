/**
 * A fix to werift 0.24.4 (the pinned version; 0.25 needs Node 22), applied at run time by
 * every werift user here (the SFU worker and the Node test peers, through peer-config.ts).
 *
 * DTLS client, duplicate HelloVerifyRequest: a client whose ClientHello is not answered
 * within 500 ms sends it again, and the server answers each copy with a HelloVerifyRequest
 * (RFC 6347 §4.2.1). werift's client takes the second one as a new flight 3, throws, and the
 * connection ends `failed` with ICE connected. On a busy host this failed 1-9 of 32
 * connections per bench/media row. The client has moved on: a HelloVerifyRequest that
 * arrives after the first is dropped before werift's handshake code sees it.
 * Test: werift-fixes.test.ts reproduces the failure over an in-memory link.
 */
import { DtlsClient } from 'werift';

const HELLO_VERIFY_REQUEST = 3;
/** werift's client flight numbers: 1 ClientHello, 3 ClientHello with the cookie, 5 …, 7 done. */
const SENT_COOKIE = 3;

interface HandshakeFragment {
  msg_type: number;
}
interface ClientInternals {
  dtls: { flight: number };
}

const FIXED = Symbol.for('diemcau.werift-fixes');

export function applyWeriftFixes(): void {
  const proto = DtlsClient.prototype as unknown as Record<string | symbol, unknown>;
  if (proto[FIXED]) return;
  const parent = Object.getPrototypeOf(DtlsClient.prototype) as Record<string, unknown>;
  const assemble = parent.handleFragmentHandshake;
  if (typeof assemble !== 'function') throw new Error('werift changed: DtlsSocket.handleFragmentHandshake is gone (see werift-fixes.ts)');
  proto.handleFragmentHandshake = function (this: ClientInternals, messages: HandshakeFragment[]) {
    const fresh = this.dtls.flight >= SENT_COOKIE ? messages.filter((m) => m.msg_type !== HELLO_VERIFY_REQUEST) : messages;
    return (assemble as (m: HandshakeFragment[]) => HandshakeFragment[]).call(this, fresh);
  };
  proto[FIXED] = true;
}
