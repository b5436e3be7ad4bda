/**
 * One buffer per broadcast frame (issue 18). Socket.IO's in-memory adapter encodes a room
 * broadcast once and pre-computes its WebSocket frame with `ws`'s `Sender.frame`, which gives
 * two buffers (header, payload); `ws` then writes them to EACH socket with cork, two writes
 * and uncork, i.e. a `writev` and its bookkeeping per socket. Joined once per broadcast, the
 * frame is one buffer and each socket takes a single `write`: the same bytes on the wire, less
 * work per socket (the per-socket write is most of the cost of a broadcast to 5,000 screens).
 *
 * `_encode` is the adapter's private step; the patch only reshapes a frame of exactly two
 * buffers and leaves anything else (a future adapter, binary packets, no frame) untouched.
 */

interface PacketOptions {
  wsPreEncodedFrame?: unknown;
}

type Encode = (this: unknown, packet: unknown, options: PacketOptions) => unknown;

/** Joins the two buffers of a pre-computed frame into one (anything else is returned as is). */
export function singleBufferFrame(frame: unknown): unknown {
  if (!Array.isArray(frame) || frame.length !== 2) return frame;
  const [header, payload] = frame as unknown[];
  return Buffer.isBuffer(header) && Buffer.isBuffer(payload) ? [Buffer.concat([header, payload])] : frame;
}

/** Makes `adapter`'s broadcasts carry one-buffer frames; false when the adapter has no such step. */
export function joinBroadcastFrames(adapter: object): boolean {
  const target = adapter as { _encode?: unknown };
  const encode = target._encode;
  if (typeof encode !== 'function') return false;
  target._encode = function (this: unknown, packet: unknown, options: PacketOptions) {
    const encoded = (encode as Encode).call(this, packet, options);
    if (options.wsPreEncodedFrame !== undefined) options.wsPreEncodedFrame = singleBufferFrame(options.wsPreEncodedFrame);
    return encoded;
  };
  return true;
}
