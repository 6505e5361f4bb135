/**
 * The local gateway survives any client, as API Gateway does: an oversized frame, a malformed or
 * abandoned upgrade, one client holding 200 sockets, and a client that never reads each end at most
 * that client's own socket, while /api/health answers and the room's other party keeps chatting.
 * And nothing the twin runs listens on an address other than loopback.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { type Gateway, startGateway } from '../../lib/local/gateway.ts';
import { freePort } from '../../lib/local/ports.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { isLoopback, listenersOf, processTree } from '../helpers/listeners.ts';
import { closeRoomsAfterEach, cookieOf, openRoom, type RoomClient, roomUrl } from '../helpers/room.ts';

const track = closeRoomsAfterEach();

const health = async () => (await fetch(`${inject('twin').url}/api/health`)).status;

/** The room still works for both parties: a message each way arrives. */
async function stillChatting(patient: RoomClient, doctor: RoomClient, tag: string) {
  patient.send({ action: 'chat.send', text: `patient ${tag}`, clientMsgId: `p-${tag}` });
  await doctor.next((f) => f.type === 'chat.message' && f.message.text === `patient ${tag}`);
  doctor.send({ action: 'chat.send', text: `doctor ${tag}`, clientMsgId: `d-${tag}` });
  await patient.next((f) => f.type === 'chat.message' && f.message.text === `doctor ${tag}`);
}

/** Writes raw bytes to the gateway's port and returns everything it answers until it closes. */
function rawExchange(request: string | Buffer, { abortAfterWrite = false } = {}): Promise<string> {
  const { port } = new URL(inject('twin').url);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error) => (abortAfterWrite ? resolve(answer) : reject(error)));
    socket.on('connect', () => {
      socket.write(request);
      if (abortAfterWrite) socket.resetAndDestroy();
    });
  });
}

const closeOf = (ws: WebSocket) =>
  new Promise<number>((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) return resolve(-1);
    ws.once('close', (code) => resolve(code));
  });

describe('the local gateway under hostile clients', () => {
  it('closes a socket that sends a 100 KB frame with 1009, and only that socket', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    const d = track(await openRoom(doctor, appointmentId));
    const attacker = track(await openRoom(patient, appointmentId));
    const closed = closeOf(attacker.ws);
    attacker.ws.on('error', () => undefined); // the client sees the close, nothing else to do
    attacker.send('x'.repeat(100 * 1024));
    expect(await closed).toBe(1009);

    expect(await health()).toBe(200);
    await stillChatting(p, d, 'after-oversized');
  });

  it('refuses malformed and abandoned upgrades without running the room or falling over', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    const d = track(await openRoom(doctor, appointmentId));
    const path = `/ws?appointmentId=${appointmentId}`;
    const upgrade = (headers: string[]) =>
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.join('\r\n')}\r\n\r\n`;

    // No key, a key of the wrong shape, an unknown version: 400 before $connect runs.
    expect(await rawExchange(upgrade(['Upgrade: websocket', 'Connection: Upgrade']))).toMatch(
      /^HTTP\/1\.1 400 /,
    );
    expect(
      await rawExchange(
        upgrade([
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: short',
          'Sec-WebSocket-Version: 13',
        ]),
      ),
    ).toMatch(/^HTTP\/1\.1 400 /);
    expect(
      await rawExchange(
        upgrade([
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 99',
        ]),
      ),
    ).toMatch(/^HTTP\/1\.1 400 /);
    // Not HTTP at all.
    expect(await rawExchange(Buffer.from([0, 1, 2, 255, 13, 10, 13, 10]))).toMatch(/^HTTP\/1\.1 400 /);
    // A valid, signed-in upgrade whose client resets the connection while $connect runs.
    await rawExchange(
      upgrade([
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version: 13',
        `Origin: ${inject('twin').url}`,
        `Cookie: ${cookieOf(patient)}`,
      ]),
      { abortAfterWrite: true },
    );

    expect(await health()).toBe(200);
    await stillChatting(p, d, 'after-garbage');
  });

  it('takes 200 sockets opened at once by one client and keeps the room working', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    const d = track(await openRoom(doctor, appointmentId));
    // 200 at once, as a misbehaving script would open them. Each one either opens or is refused with
    // an HTTP status (a $connect that fails under the load is a 500, as from API Gateway); none
    // may hang or reset, and none may take the twin down.
    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, () => openRoom(patient, appointmentId)),
    );
    const opened = attempts.flatMap((a) => (a.status === 'fulfilled' ? [track(a.value)] : []));
    const outcomes = attempts.map((a) =>
      a.status === 'fulfilled' ? 'open' : `refused ${(a.reason as { status?: number }).status ?? a.reason}`,
    );
    expect(outcomes.filter((o) => !/^(open|refused 5\d\d)$/.test(o))).toEqual([]);
    expect(opened.length).toBeGreaterThan(0);

    expect(await health()).toBe(200);
    await stillChatting(p, d, 'with-200-sockets');
    // Every one of the patient's open sockets is a real connection that receives the doctor's message.
    await Promise.all(
      opened.map((c) =>
        c.next((f) => f.type === 'chat.message' && f.message.text === 'doctor with-200-sockets'),
      ),
    );
  });

  it('keeps serving the room while one of its sockets never reads', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const d = track(await openRoom(doctor, appointmentId));
    const p = track(await openRoom(patient, appointmentId));
    const stalled = new WebSocket(roomUrl(appointmentId), {
      headers: { origin: inject('twin').url, cookie: cookieOf(patient) },
    });
    await new Promise((resolve, reject) => stalled.once('open', resolve).once('error', reject));
    stalled.pause(); // the socket stops reading; the kernel's buffers fill, then the gateway's
    try {
      // Eight messages: under the room's ten frames a second, so none is refused as too fast.
      for (let i = 0; i < 8; i++) {
        d.send({ action: 'chat.send', text: `${i}:${'ड'.repeat(600)}`, clientMsgId: `d-${i}` });
        await p.next((f) => f.type === 'chat.message' && f.message.clientMsgId === `d-${i}`);
      }
      expect(await health()).toBe(200);
      await stillChatting(p, d, 'beside-a-stalled-socket');
    } finally {
      stalled.terminate();
    }
  });
});

describe('a gateway socket that stops reading', () => {
  let gateway: Gateway | null = null;
  afterEach(async () => {
    await gateway?.stop();
    gateway = null;
  });

  it('is cut once its send queue passes the limit, and pushes to it answer Gone', async () => {
    // The gateway alone, in front of a stand-in room that relays every frame to every socket
    // through the management API, as the chat handler does. The limit is lowered so a test reaches it.
    const [port, managementPort] = await Promise.all([freePort(), freePort()]);
    const managementUrl = `http://127.0.0.1:${managementPort}`;
    const pushResults: number[] = [];
    gateway = await startGateway({
      port,
      managementPort,
      webDist: mkdtempSync(join(tmpdir(), 'chikitsa-gateway-')),
      maxQueuedBytes: 64 * 1024,
      originVerify: 'gateway-test',
      loadHandler: async () => async (event: any) => {
        if (event.requestContext?.routeKey === '$default') {
          for (const id of [...gateway!.connections.keys()]) {
            const res = await fetch(`${managementUrl}/@connections/${encodeURIComponent(id)}`, {
              method: 'POST',
              body: event.body,
            });
            pushResults.push(res.status);
          }
        }
        return { statusCode: 200 };
      },
    });
    const url = `ws://127.0.0.1:${port}/ws`;
    const opened = (ws: WebSocket) => new Promise((resolve) => ws.once('open', resolve));
    const reader = new WebSocket(url);
    const stalled = new WebSocket(url);
    await Promise.all([opened(reader), opened(stalled)]);
    stalled.pause();
    const received: string[] = [];
    reader.on('message', (data) => received.push(data.toString()));

    // 30 KB frames, one after another, until the stalled socket has been cut.
    let sent = 0;
    while (gateway.connections.size === 2 && sent < 400) {
      const frame = `${sent}:${'x'.repeat(30 * 1024)}`;
      reader.send(frame);
      sent++;
      await expect.poll(() => received.length).toBe(sent);
    }
    expect(gateway.connections.size).toBe(1);
    expect(pushResults).toContain(410);
    // The reading socket got every frame, including those sent after the other was cut.
    reader.send('after');
    await expect.poll(() => received.at(-1)).toBe('after');
    reader.close();
    stalled.terminate();
  });
});

describe('the site as the gateway serves it', () => {
  let gateway: Gateway | null = null;
  afterEach(async () => {
    await gateway?.stop();
    gateway = null;
  });

  /** A raw GET (fetch would decode the body): status, headers and the bytes as sent. */
  const get = (port: number, path: string, acceptEncoding?: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('compresses text as CloudFront does: Brotli first, gzip next, small files and fonts as they are', async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'chikitsa-gateway-site-'));
    const css = `.a{color:red}\n`.repeat(200);
    mkdirSync(join(webDist, '_astro'));
    writeFileSync(join(webDist, '_astro', 'site.css'), css);
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><p>hi</p>');
    writeFileSync(join(webDist, '_astro', 'font.woff2'), Buffer.alloc(4000, 7));
    const [port, managementPort] = await Promise.all([freePort(), freePort()]);
    gateway = await startGateway({
      port,
      managementPort,
      webDist,
      originVerify: 'gateway-test',
      loadHandler: async () => async () => ({ statusCode: 200 }),
    });

    const br = await get(port, '/_astro/site.css', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.body.length).toBeLessThan(css.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(css);

    const gz = await get(port, '/_astro/site.css', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(css);

    const plain = await get(port, '/_astro/site.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(css);
    expect(
      (await get(port, '/_astro/site.css', 'br;q=0, identity')).headers['content-encoding'],
    ).toBeUndefined();

    // Under 1,000 bytes, or not text: as stored (CloudFront's rules).
    const small = await get(port, '/', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('<!doctype html><p>hi</p>');
    const font = await get(port, '/_astro/font.woff2', 'br');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.length).toBe(4000);

    // A rebuilt file is served as it is now, not from the compressed copy of the old one.
    const changed = `.b{color:blue}\n`.repeat(300);
    writeFileSync(join(webDist, '_astro', 'site.css'), changed);
    expect(brotliDecompressSync((await get(port, '/_astro/site.css', 'br')).body).toString()).toBe(changed);
  });
});

describe('the twin on the network', () => {
  it('listens on loopback only, DynamoDB Local included', () => {
    const { pid, env, url } = inject('twin');
    const listeners = listenersOf(processTree(pid));
    // The check is about these ports: the gateway, the management API and every emulator.
    const expected = [
      url,
      env.WS_MANAGEMENT_ENDPOINT,
      env.DYNAMODB_ENDPOINT,
      env.S3_ENDPOINT,
      env.SES_ENDPOINT,
      env.COGNITO_ENDPOINT,
      env.SFN_ENDPOINT,
      env.RAZORPAY_API_BASE,
    ].map((endpoint) => Number(new URL(endpoint!).port));
    const ports = new Set(listeners.map((l) => l.port));
    for (const port of expected) expect(ports, `port ${port} not found listening`).toContain(port);
    expect(listeners.filter((l) => !isLoopback(l.address))).toEqual([]);
  });
});
