/**
 * Transcription pipeline under load: 20 recordings finish at once; for each, the time from the final
 * marker's upload to BOTH transcript emails being in the mailbox (offline transcriber, so no provider
 * time is included). Failures must be 0.
 */
import { readMailbox } from '../../lib/local/ses.ts';
import type { Twin } from '../../lib/local/twin.ts';
import { confirmedAppointment } from './fixtures.ts';
import { against, ms, percentile, table } from './stats.ts';

export const RECORDINGS = 20;

async function uploadChunk(twin: Twin, doctor: Awaited<ReturnType<typeof confirmedAppointment>>['doctor'], appointmentId: string) {
  const presigned = await doctor.call('POST', `/api/appointments/${appointmentId}/recordings`, { seq: 0 });
  if (presigned.status !== 200) throw new Error(`presign: ${JSON.stringify(presigned.body)}`);
  const form = new FormData();
  for (const [k, v] of Object.entries(presigned.body.fields as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(16_000).fill(7)], { type: 'audio/webm' }));
  const res = await fetch(presigned.body.url, { method: 'POST', body: form });
  if (res.status >= 300) throw new Error(`upload ${res.status}`);
  void twin;
  return presigned.body.recordingId as string;
}

export async function benchPipeline(twin: Twin) {
  const items = [];
  for (let i = 0; i < RECORDINGS; i++) {
    const a = await confirmedAppointment(twin);
    items.push({ ...a, recordingId: await uploadChunk(twin, a.doctor, a.appointmentId) });
  }
  const startedAt = new Map<string, number>();
  await Promise.all(
    items.map(async ({ doctor, appointmentId, recordingId }) => {
      startedAt.set(appointmentId, performance.now());
      const res = await doctor.call('POST', `/api/appointments/${appointmentId}/recordings/${recordingId}/finish`, { durationMs: 30_000 });
      if (res.status !== 200) throw new Error(`finish: ${JSON.stringify(res.body)}`);
    }),
  );
  const done = new Map<string, number>();
  const failed = new Set<string>();
  const deadline = Date.now() + 120_000;
  while (done.size + failed.size < items.length && Date.now() < deadline) {
    const mails = await readMailbox(twin.mailboxUrl);
    for (const { appointmentId, patient } of items) {
      if (done.has(appointmentId) || failed.has(appointmentId)) continue;
      const count = mails.filter((m) => m.subject.startsWith('Transcript') && (m.body.text ?? '').includes(appointmentId)).length;
      if (count >= 2) done.set(appointmentId, performance.now() - startedAt.get(appointmentId)!);
      else {
        const t = await patient.call('GET', `/api/appointments/${appointmentId}/transcription`);
        if (t.body?.transcription?.status === 'FAILED') failed.add(appointmentId);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const latencies = [...done.values()];
  const failures = items.length - done.size;
  const figures = { completed: done.size, failures, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) };
  const markdown = [
    `${RECORDINGS} recordings closed at the same moment; latency from the final marker to both transcript emails (offline transcriber: no provider time).`,
    '',
    table(
      ['figure', 'value', 'target', ''],
      [
        ['completed', `${done.size} / ${RECORDINGS}`, RECORDINGS, against(done.size === RECORDINGS)],
        ['failures', failures, 0, against(failures === 0)],
        ['end-to-end p50', ms(figures.p50), '', ''],
        ['end-to-end p95', ms(figures.p95), '', ''],
        ['end-to-end max', ms(figures.max), '', ''],
      ],
    ),
  ].join('\n');
  return { title: 'Transcription pipeline', markdown, figures, ok: failures === 0 };
}
