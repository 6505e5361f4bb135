/**
 * Chat fan-out: N rooms × 2 clients (patient and doctor) chatting through the local twin's WebSocket
 * gateway at a human pace: each client sends one message about every second (±30 % jitter, starts
 * staggered), a bounded number of them, then everyone waits (bounded) for the tail to land. Each
 * message is persisted, echoed to its sender and delivered to the other party.
 *
 * Reported honestly: delivered to the other party / expected (unique messages; duplicates counted apart),
 * echoed back to the sender, and stored (read back from the history API afterwards), so a message that
 * was stored but not pushed live shows up as such. Targets: delivered = expected, no error frames;
 * delivery latency (send → the other party's socket) p95 ≤ 500 ms, p99 ≤ 1000 ms (ours: the issue
 * gives none).
 */
import WebSocket from 'ws';
import type { Twin } from '../../lib/local/twin.ts';
import { confirmedAppointment, type Session } from './fixtures.ts';
import { against, ms, percentile, type Section, table } from './stats.ts';

export const ROOMS = 8;
export const MESSAGES_PER_CLIENT = 20;
/** About one message a second per client: a fast typist, and far below the room's rate limit. */
const SEND_INTERVAL_MS = 1000;
const JITTER = 0.3;
/** After the last send, wait at most this long for deliveries still in flight. */
const DRAIN_MS = 20_000;
const TARGET_P95_MS = 500;
const TARGET_P99_MS = 1000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

export async function benchChat(twin: Twin): Promise<Section> {
  const rooms: Awaited<ReturnType<typeof confirmedAppointment>>[] = [];
  // Two at a time: quicker set-up without turning it into a load test of its own.
  for (let i = 0; i < ROOMS; i += 2)
    rooms.push(...(await Promise.all([confirmedAppointment(twin), confirmedAppointment(twin)])));

  const sentAt = new Map<string, number>();
  const delivered = new Set<string>();
  const echoed = new Set<string>();
  let duplicates = 0;
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const sockets: WebSocket[] = [];
  let lastSend = 0;
  let lastArrival = 0;
  const started = performance.now();

  await Promise.all(
    rooms.map(async ({ patient, doctor, appointmentId }, r) => {
      const [p, d] = await Promise.all([
        open(twin, patient, appointmentId),
        open(twin, doctor, appointmentId),
      ]);
      sockets.push(p, d);
      const clients = [
        { ws: p, tag: `${r}p` },
        { ws: d, tag: `${r}d` },
      ];
      for (const self of clients) {
        self.ws.on('message', (data) => {
          const frame = JSON.parse(data.toString());
          if (frame.type === 'error') errors.set(frame.code, (errors.get(frame.code) ?? 0) + 1);
          if (frame.type !== 'chat.message') return;
          const key = String(frame.message.text);
          const sent = sentAt.get(key);
          if (sent === undefined) return;
          lastArrival = performance.now();
          if (key.startsWith(`${self.tag}:`)) echoed.add(key);
          else if (delivered.has(key)) duplicates++;
          else {
            delivered.add(key);
            latencies.push(performance.now() - sent);
          }
        });
      }
      await Promise.all(
        clients.map(async ({ ws, tag }) => {
          await sleep(Math.random() * SEND_INTERVAL_MS);
          for (let n = 0; n < MESSAGES_PER_CLIENT; n++) {
            const text = `${tag}:${n}`;
            sentAt.set(text, performance.now());
            ws.send(JSON.stringify({ action: 'chat.send', text, clientMsgId: `${tag}-${n}` }));
            lastSend = performance.now();
            await sleep(SEND_INTERVAL_MS * (1 - JITTER + Math.random() * 2 * JITTER));
          }
        }),
      );
    }),
  );
  const expected = sentAt.size;
  const drainDeadline = performance.now() + DRAIN_MS;
  while ((delivered.size < expected || echoed.size < expected) && performance.now() < drainDeadline)
    await sleep(100);
  const drainedMs = Math.max(0, lastArrival - lastSend);
  const seconds = (performance.now() - started) / 1000;
  for (const ws of sockets) ws.close();

  // What the server stored, read back as the patient would after a reconnect.
  let stored = 0;
  for (const { patient, appointmentId } of rooms) {
    const res = await patient.call('GET', `/api/appointments/${appointmentId}/messages?limit=100`);
    stored += (res.body.messages as { text: string }[]).filter((m) => sentAt.has(m.text)).length;
  }

  const lost = expected - delivered.size;
  const figures = {
    expected,
    delivered: delivered.size,
    echoed: echoed.size,
    stored,
    duplicates,
    lost,
    perSecond: delivered.size / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    drainedMs,
  };
  const errorText = [...errors].map(([code, n]) => `${code}: ${n}`).join(', ') || 'none';
  const markdown = [
    `${ROOMS} rooms × 2 clients (patient and doctor), ${MESSAGES_PER_CLIENT} messages each, one about every ${SEND_INTERVAL_MS / 1000} s (±${JITTER * 100} %, staggered starts): ${expected} messages over ${seconds.toFixed(0)} s, then up to ${DRAIN_MS / 1000} s for the tail. Each message is persisted, then pushed to both parties. Latency targets are ours (the issue gives none).`,
    '',
    table(
      ['figure', 'value', 'target', ''],
      [
        [
          'delivered live to the other party',
          `${delivered.size} / ${expected}`,
          `${expected} / ${expected}`,
          against(lost === 0),
        ],
        ['lost (never delivered live)', lost, 0, against(lost === 0)],
        [
          'echoed back to the sender',
          `${echoed.size} / ${expected}`,
          `${expected} / ${expected}`,
          against(echoed.size === expected),
        ],
        [
          'stored (history API afterwards)',
          `${stored} / ${expected}`,
          `${expected} / ${expected}`,
          against(stored === expected),
        ],
        ['duplicate deliveries', duplicates, 0, against(duplicates === 0)],
        ['error frames', errorText, 'none', against(errors.size === 0)],
        ['throughput (delivered)', `${figures.perSecond.toFixed(1)} msg/s`, '— (paced by the clients)', ''],
        ['delivery latency p50', ms(figures.p50), '—', ''],
        [
          'delivery latency p95',
          ms(figures.p95),
          `≤ ${TARGET_P95_MS} ms`,
          against(figures.p95 <= TARGET_P95_MS),
        ],
        [
          'delivery latency p99',
          ms(figures.p99),
          `≤ ${TARGET_P99_MS} ms`,
          against(figures.p99 <= TARGET_P99_MS),
        ],
        ['delivery latency max', ms(figures.max), '—', ''],
        [
          'last send → last arrival (drain)',
          ms(drainedMs),
          `≤ ${DRAIN_MS / 1000} s`,
          against(lost === 0 && drainedMs <= DRAIN_MS),
        ],
      ],
    ),
  ].join('\n');
  return {
    title: 'Chat fan-out',
    markdown,
    figures,
    ok:
      lost === 0 &&
      echoed.size === expected &&
      stored === expected &&
      duplicates === 0 &&
      errors.size === 0 &&
      figures.p95 <= TARGET_P95_MS &&
      figures.p99 <= TARGET_P99_MS,
  };
}
