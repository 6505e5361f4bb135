/**
 * Transcription pipeline under load: 20 recordings finish at once; for each, the time from the final
 * marker's upload to BOTH transcript emails being in the mailbox (offline transcriber, so no provider
 * time is included). Failures must be 0.
 */
import { entities } from '../../functions/core/db/index.ts';
import type { StoredEmail } from '../../lib/local/ses.ts';
import type { Twin } from '../../lib/local/twin.ts';
import { confirmedAppointment } from './fixtures.ts';
import { against, ms, percentile, table } from './stats.ts';

export const RECORDINGS = 20;

async function uploadChunk(
  twin: Twin,
  doctor: Awaited<ReturnType<typeof confirmedAppointment>>['doctor'],
  appointmentId: string,
) {
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

/** The mailbox since an instant (the emulator filters by whole seconds): earlier benchmarks' mail is not re-read. */
async function mailSince(twin: Twin, epochSeconds: number): Promise<StoredEmail[]> {
  const res = await fetch(`${twin.mailboxUrl}/store?since=${epochSeconds}`);
  return ((await res.json()) as { emails: StoredEmail[] }).emails;
}

export async function benchPipeline(twin: Twin) {
  const items: (Awaited<ReturnType<typeof confirmedAppointment>> & { recordingId: string })[] = [];
  // Four at a time: quicker set-up without turning it into a load test of its own.
  for (let i = 0; i < RECORDINGS; i += 4) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, RECORDINGS - i) }, async () => {
        const a = await confirmedAppointment(twin);
        const agreed = await a.patient.call(
          'POST',
          `/api/appointments/${a.appointmentId}/recording-consent`,
          {
            consent: 'given',
          },
        );
        if (agreed.status !== 200) throw new Error(`consent: ${JSON.stringify(agreed.body)}`);
        return { ...a, recordingId: await uploadChunk(twin, a.doctor, a.appointmentId) };
      }),
    );
    items.push(...batch);
  }
  const since = Math.floor(Date.now() / 1000);
  const startedAt = new Map<string, number>();
  await Promise.all(
    items.map(async ({ doctor, appointmentId, recordingId }) => {
      startedAt.set(appointmentId, Date.now());
      const res = await doctor.call(
        'POST',
        `/api/appointments/${appointmentId}/recordings/${recordingId}/finish`,
        { durationMs: 30_000 },
      );
      if (res.status !== 200) throw new Error(`finish: ${JSON.stringify(res.body)}`);
    }),
  );
  const done = new Map<string, number>();
  const failed = new Set<string>();
  const deadline = Date.now() + 120_000;
  while (done.size + failed.size < items.length && Date.now() < deadline) {
    const mails = await mailSince(twin, since);
    for (const { appointmentId } of items) {
      if (done.has(appointmentId) || failed.has(appointmentId)) continue;
      const count = mails.filter(
        (m) => m.subject.startsWith('Transcript') && (m.body.text ?? '').includes(appointmentId),
      ).length;
      // Straight from the table (this process is the twin): no extra HTTP load while polling.
      const { data } = await entities().transcription.get({ appointmentId }).go();
      if (data?.status === 'FAILED') failed.add(appointmentId);
      // The end is when the execution marked the transcript COMPLETED, the step right after it sent
      // both emails (its updatedAt, to the millisecond), not when this loop happened to look.
      else if (count >= 2 && data?.status === 'COMPLETED')
        done.set(appointmentId, Date.parse(data.updatedAt) - startedAt.get(appointmentId)!);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const latencies = [...done.values()];
  const failures = items.length - done.size;
  const figures = {
    completed: done.size,
    failures,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
  };
  const markdown = [
    `${RECORDINGS} recordings closed at the same moment; latency from the request that uploads the final marker to the execution marking the transcript COMPLETED, the step right after both transcript emails were sent (both are checked in the mailbox). Offline transcriber: no provider time. No target is set (the issue gives none).`,
    '',
    table(
      ['figure', 'value', 'target', ''],
      [
        ['completed', `${done.size} / ${RECORDINGS}`, RECORDINGS, against(done.size === RECORDINGS)],
        ['failures', failures, 0, against(failures === 0)],
        ['end-to-end p50', ms(figures.p50), '— (no target)', ''],
        ['end-to-end p95', ms(figures.p95), '— (no target)', ''],
        ['end-to-end max', ms(figures.max), '— (no target)', ''],
      ],
    ),
  ].join('\n');
  return { title: 'Transcription pipeline', markdown, figures, ok: failures === 0 };
}
