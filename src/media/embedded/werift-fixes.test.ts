/**
 * The DTLS handshake of werift 0.24.4 between a client and a server over an in-memory link
 * that can delay or duplicate datagrams, as a loaded host does: a client whose first
 * ClientHello goes unanswered for 500 ms sends it again, and the server answers each copy
 * with a HelloVerifyRequest. werift's client failed the whole connection on the second one
 * (seen in bench/media as subscribers "ice connected, dtls failed"); werift-fixes.ts makes it
 * ignore it, as RFC 6347 §4.2.1 expects of a client that has moved on.
 */
import { describe, expect, it } from 'vitest';
import { CipherContext, DtlsClient, DtlsServer, HashAlgorithm, NamedCurveAlgorithm, SignatureAlgorithm } from 'werift';
import { applyWeriftFixes } from './werift-fixes.js';

type Link = ConstructorParameters<typeof DtlsClient>[0]['transport'];

/** One end of a datagram link; `deliver` decides what reaches the other end (and when). */
function endpoint(name: string): Link & { peer?: Link; deliver: (data: Buffer, to: Link) => void } {
  const end = {
    type: 'memory',
    address: { address: name, port: 0, family: 'memory' },
    closed: false,
    onData: (_data: Buffer) => undefined,
    deliver: (data: Buffer, to: Link) => setImmediate(() => to.onData(data, [name, 0])),
    send: async (data: Buffer) => {
      if (end.peer) end.deliver(data, end.peer);
    },
    close: async () => {
      end.closed = true;
    },
    peer: undefined as Link | undefined,
  };
  return end;
}

const HELLO_VERIFY_REQUEST = 3;

/** The handshake type of a datagram holding one plaintext DTLS handshake record. */
const handshakeType = (data: Buffer): number | null => (data[0] === 22 && data.length > 13 ? data[13]! : null);

async function handshake(serverToClient: (data: Buffer, send: (d: Buffer) => void) => void): Promise<string> {
  const { certPem, keyPem, signatureHash } = await CipherContext.createSelfSignedCertificateWithKey(
    { signature: SignatureAlgorithm.ecdsa_3, hash: HashAlgorithm.sha256_4 },
    NamedCurveAlgorithm.secp256r1_23,
  );
  const clientEnd = endpoint('client');
  const serverEnd = endpoint('server');
  clientEnd.peer = serverEnd;
  serverEnd.peer = clientEnd;
  const plain = serverEnd.deliver;
  serverEnd.deliver = (data, to) => serverToClient(data, (d) => plain(d, to));
  const options = { cert: certPem, key: keyPem, signatureHash, extendedMasterSecret: true };
  const server = new DtlsServer({ ...options, transport: serverEnd, certificateRequest: true });
  const client = new DtlsClient({ ...options, transport: clientEnd });
  try {
    return await new Promise<string>((resolve) => {
      client.onConnect.once(() => resolve('connected'));
      client.onError.once((error: unknown) => resolve(`client failed: ${String(error)}`));
      server.onError.once((error: unknown) => resolve(`server failed: ${String(error)}`));
      void client.connect().catch((error: unknown) => resolve(`client gave up: ${String(error)}`));
      setTimeout(() => resolve('timed out'), 8_000);
    });
  } finally {
    client.close();
    server.close();
  }
}

describe('werift DTLS under a slow link (werift-fixes)', () => {
  applyWeriftFixes();

  it('connects over a plain link', async () => {
    expect(await handshake((data, send) => send(data))).toBe('connected');
  });

  it('connects when a slow link delivers the answers to both ClientHellos together (the client had sent it again after 500 ms)', async () => {
    const held: Buffer[] = [];
    expect(
      await handshake((data, send) => {
        if (handshakeType(data) !== HELLO_VERIFY_REQUEST) return send(data);
        // Hold the first HelloVerifyRequest until the server has answered the retransmission too.
        held.push(data);
        if (held.length === 2) for (const d of held) send(d);
      }),
    ).toBe('connected');
  });
});
