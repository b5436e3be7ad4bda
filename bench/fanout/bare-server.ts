/**
 * The two baselines of the fan-out bench, as a child process of run.ts: a bare `ws` server
 * that sends the event's JSON (encoded once) to every socket, or a bare Socket.IO server
 * (namespace /live, every client in the conference's room, one `emit` to the room: what the
 * gateway does without the app around it). Commands come over IPC (protocol.ts).
 * Run by run.ts: tsx bench/fanout/bare-server.ts ws|socketio
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Server as SocketIoServer } from 'socket.io';
import { WebSocket, WebSocketServer } from 'ws';
import { LIVE_NAMESPACE, rooms, SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { cpuMeter } from './cpu-meter.js';
import { extendEvent, LIVE_EVENT, type ServerCommand, type ServerMessage } from './protocol.js';

const kind = process.argv[2] === 'socketio' ? 'socketio' : 'ws';
const conferenceId = '00000000-0000-4000-8000-000000000001';
const send = (message: ServerMessage) => process.send!(message);

// Anything else than the sockets (a reverse proxy's health check) gets a plain 200.
const http = createServer((_request, response) => response.end('ok'));
http.keepAliveTimeout = 0;
let broadcast: (version: number) => void;
let clients: () => number;

if (kind === 'ws') {
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false, clientTracking: true });
  wss.on('connection', (socket) => socket.on('error', () => undefined));
  broadcast = (version) => {
    const data = Buffer.from(JSON.stringify(extendEvent(conferenceId, version)));
    for (const socket of wss.clients) if (socket.readyState === WebSocket.OPEN) socket.send(data, { binary: false });
  };
  clients = () => wss.clients.size;
} else {
  const io = new SocketIoServer(http, { path: SOCKET_PATH, transports: ['websocket'], serveClient: false });
  const live = io.of(LIVE_NAMESPACE);
  live.on('connection', (socket) => void socket.join(rooms.conference(conferenceId)));
  broadcast = (version) => void live.to(rooms.conference(conferenceId)).emit(LIVE_EVENT, extendEvent(conferenceId, version));
  clients = () => live.sockets.size;
}

const meter = cpuMeter();
process.on('message', (raw) => {
  const command = raw as ServerCommand;
  if (command.cmd === 'listen') {
    http.listen(0, '127.0.0.1', () => {
      const { port } = http.address() as AddressInfo;
      send({
        type: 'listening',
        port,
        namespace: kind === 'ws' ? '' : LIVE_NAMESPACE,
        auth: { conferenceId },
        cookies: [],
        chair: null,
        versionBase: 0,
      });
    });
  } else if (command.cmd === 'mark') meter.mark();
  else if (command.cmd === 'broadcast') {
    const start = performance.now();
    broadcast(command.version);
    send({ type: 'sent', version: command.version, writeMs: performance.now() - start });
  } else if (command.cmd === 'stats') send({ type: 'stats', ...meter.read(), clients: clients() });
});
process.on('disconnect', () => process.exit(0));
