/**
 * werift PeerConnection settings shared by the SFU worker and the Node test peers.
 *
 * werift (0.24.4) gathers host candidates from every non-internal interface and then adds
 * `iceAdditionalHostAddresses`; with IPv4 and IPv6 discovery off, the additional address is
 * the ONLY candidate, and `iceInterfaceAddresses` makes its UDP socket bind to it. That is
 * how the SFU binds and announces just `hostAddress` (127.0.0.1 in tests, the server's
 * public address in a hall network).
 */
import { useOPUS, useVP8, type RTCPeerConnectionConfig } from 'werift';
import type { IceServer } from '../media-engine.js';
import { isIPv6 } from 'node:net';
import { applyWeriftFixes } from './werift-fixes.js';

// Every werift peer (the SFU's and the test peers') is configured here: fix werift first.
applyWeriftFixes();

export interface PeerNetwork {
  hostAddress: string;
  portRange?: [number, number];
  iceServers?: IceServer[];
  /** The SFU side is ICE lite (controlled, no checks of its own, no STUN lookups). */
  iceLite?: boolean;
  /** Drops this share (%) of the media arriving on the connection (a weak link, for rehearsals and tests). */
  simulatedLossPercent?: number;
}

export function peerConfig(network: PeerNetwork): RTCPeerConnectionConfig {
  const family = isIPv6(network.hostAddress) ? 'udp6' : 'udp4';
  return {
    // VP8 + opus only: what every browser sends, and what the webm recorder takes.
    codecs: { audio: [useOPUS()], video: [useVP8()] },
    iceServers: network.iceServers ?? [],
    iceLite: network.iceLite ?? false,
    iceUseIpv4: false,
    iceUseIpv6: false,
    iceAdditionalHostAddresses: [network.hostAddress],
    iceInterfaceAddresses: { [family]: network.hostAddress },
    ...(network.portRange ? { icePortRange: network.portRange } : {}),
    bundlePolicy: 'max-bundle',
    // werift's debug option is the share KEPT: it drops a packet when value / 100 < random.
    ...(network.simulatedLossPercent ? { debug: { inboundPacketLoss: 100 - network.simulatedLossPercent } } : {}),
  };
}

/** Non-trickle signalling: resolves once every candidate is in the local description. */
export async function gatheringComplete(pc: {
  iceGatheringState: string;
  iceGatheringStateChange: { watch: (cb: (s: string) => boolean, timeLimit?: number) => Promise<unknown> };
}): Promise<void> {
  if (pc.iceGatheringState === 'complete') return;
  await pc.iceGatheringStateChange.watch((state) => state === 'complete', 10_000);
}
