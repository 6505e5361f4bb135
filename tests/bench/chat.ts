/**
 * Chat fan-out: N rooms × 2 clients (patient and doctor) exchanging messages through the local twin's
 * WebSocket gateway. Every message must reach the other party (lost = 0); prints messages/s and
 * delivery latency from send to receipt by the other party.
 */
import WebSocket from 'ws';
import type { Twin } from '../../lib/local/twin.ts';
import { confirmedAppointment, type Session } from './fixtures.ts';
import { against, ms, percentile, table } from './stats.ts';

export const ROOMS = 8;
export const MESSAGES_PER_CLIENT = 30;
/** Below the room's 10 frames/second per connection limit. */
const SEND_INTERVAL_MS = 150;

function open(twin: Twin, session: Session, appointmentId: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${twin.url.replace('http', 'ws')}/ws?appointmentId=${appointmentId}`, {
      headers: { origin: twin.url, cookie: session.cookie },
    });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_q, r) => reject(new Error(`refused ${r.statusCode}`)));
  });
}

export async function benchChat(twin: Twin) {
  const rooms = [];
  for (let i = 0; i < ROOMS; i++) rooms.push(await confirmedAppointment(twin));
  const latencies: number[] = [];
  let expected = 0;
  let received = 0;
  const errors = new Map<string, number>();
  const sockets: WebSocket[] = [];
  const started = performance.now();
  await Promise.all(
    rooms.map(async ({ patient, doctor, appointmentId }) => {
      const [p, d] = await Promise.all([open(twin, patient, appointmentId), open(twin, doctor, appointmentId)]);
      sockets.push(p, d);
      for (const [self, other] of [
        [p, d],
        [d, p],
      ] as const) {
        other.on('message', (data) => {
          const frame = JSON.parse(data.toString());
          if (frame.type === 'error') errors.set(frame.code, (errors.get(frame.code) ?? 0) + 1);
          if (frame.type !== 'chat.message') return;
          const [tag, sentAt] = String(frame.message.text).split(':');
          if (tag === (self === p ? 'p' : 'd')) {
            received++;
            latencies.push(performance.now() - Number(sentAt));
          }
        });
      }
      await Promise.all(
        [
          [p, 'p'],
          [d, 'd'],
        ].map(async ([ws, tag]) => {
          for (let n = 0; n < MESSAGES_PER_CLIENT; n++) {
            expected++;
            (ws as WebSocket).send(JSON.stringify({ action: 'chat.send', text: `${tag}:${performance.now()}`, clientMsgId: `${tag}-${n}` }));
            await new Promise((r) => setTimeout(r, SEND_INTERVAL_MS));
          }
        }),
      );
    }),
  );
  // Wait for the tail to land (bounded).
  const deadline = Date.now() + 60_000;
  while (received < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - started) / 1000;
  for (const ws of sockets) ws.close();
  const lost = expected - received;
  const figures = { expected, received, lost, perSecond: received / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
  const markdown = [
    `${ROOMS} rooms × 2 clients, ${MESSAGES_PER_CLIENT} messages each (one every ${SEND_INTERVAL_MS} ms); each message is persisted, then fanned out.`,
    '',
    table(
      ['figure', 'value', 'target', ''],
      [
        ['messages delivered to the other party', `${received} / ${expected}`, expected, against(lost === 0)],
        ['lost', lost, 0, against(lost === 0)],
        ['error frames', [...errors].map(([code, n]) => `${code}: ${n}`).join(', ') || 'none', 'none', against(errors.size === 0)],
        ['throughput', `${figures.perSecond.toFixed(1)} msg/s`, '', ''],
        ['delivery latency p50', ms(figures.p50), '', ''],
        ['delivery latency p95', ms(figures.p95), '', ''],
        ['delivery latency p99', ms(figures.p99), '', ''],
      ],
    ),
  ].join('\n');
  return { title: 'Chat fan-out', markdown, figures, ok: lost === 0 };
}
