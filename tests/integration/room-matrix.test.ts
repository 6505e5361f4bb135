/**
 * The WebSocket matrix (issue 14): who may open the consultation room, and what happens to sockets
 * that are already open when the appointment or a party changes. Real `ws` clients against the twin's
 * gateway, as the browser connects (session cookie + our Origin).
 *
 * An open room closes for everyone, with an `error` frame that says why (`closed: true`) followed by
 * the close itself: at once when the appointment is cancelled or a party is disabled (the change
 * pushes it), and otherwise on the next frame anyone sends (each frame re-checks the room).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { receive } from '../../functions/chat/room.ts';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { bookedAppointment, confirmedAppointment } from '../helpers/appointments.ts';
import { openRoom, type RoomClient, refusedStatus } from '../helpers/room.ts';
import { registerAndSignIn, signIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

const open: RoomClient[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
async function join(user: TestUser, appointmentId: string) {
  const client = await openRoom(user, appointmentId);
  open.push(client);
  return client;
}

const admin = () => signIn(demoPeople.admin.email);

/** Both sockets were told why (the same code) and then closed by the server. */
async function expectClosed(code: string, ...clients: RoomClient[]) {
  for (const c of clients) {
    const frame = await c.next((f) => f.type === 'error' && f.closed === true);
    expect(frame).toMatchObject({ code, closed: true });
    expect(typeof frame.message).toBe('string');
    await c.closed;
  }
}

const connectionsOf = async (appointmentId: string) =>
  (await entities().connection.query.byAppointment({ appointmentId }).go()).data;

describe('who may open the room', () => {
  it('lets in the two parties of a confirmed appointment in its window, and nobody else', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const strangers = {
      patient: await registerAndSignIn('patient'),
      doctor: await verifiedDoctor(),
      admin: await admin(),
    };
    // 0: the handshake succeeded; otherwise the HTTP status that refused it.
    const cases: [string, () => Promise<RoomClient>, number][] = [
      ['party patient', () => join(patient, appointmentId), 0],
      ['party doctor', () => join(doctor, appointmentId), 0],
      ['stranger patient', () => join(strangers.patient, appointmentId), 404],
      ['stranger doctor', () => join(strangers.doctor, appointmentId), 404],
      ['admin', () => join(strangers.admin, appointmentId), 403],
      ['signed out', () => openRoom(null, appointmentId), 401],
      ['another site', () => openRoom(patient, appointmentId, 'https://evil.example'), 403],
    ];
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const [who, attempt, status] of cases) {
      got[who] = await refusedStatus(attempt());
      want[who] = status;
    }
    expect(got).toEqual(want);
  });

  it('refuses an unpaid, a cancelled, a not-yet-open and a closed room, and a disabled party on either side', async () => {
    const unpaid = await bookedAppointment(5);
    expect(await refusedStatus(openRoom(unpaid.patient, unpaid.appointmentId))).toBe(403);

    const cancelled = await confirmedAppointment(5);
    expect(
      (await cancelled.doctor.client.post(`/api/appointments/${cancelled.appointmentId}/cancel`, {})).status,
    ).toBe(200);
    expect(await refusedStatus(openRoom(cancelled.patient, cancelled.appointmentId))).toBe(403);

    const later = await confirmedAppointment(120);
    expect(await refusedStatus(openRoom(later.patient, later.appointmentId))).toBe(403);

    // Its window is over: the consultation started 61 minutes ago (moved back, as time would).
    const over = await confirmedAppointment(5);
    const { data: a } = await entities().appointment.get({ appointmentId: over.appointmentId }).go();
    const started = new Date(Date.now() - 61 * 60_000).toISOString();
    await entities()
      .appointment.patch({ appointmentId: over.appointmentId })
      .set({ startAt: started, endAt: started, status: a!.status, holdExpiresAt: a!.holdExpiresAt })
      .go();
    expect(await refusedStatus(openRoom(over.doctor, over.appointmentId))).toBe(403);

    const withDisabled = await confirmedAppointment(5);
    const a1 = await admin();
    expect(
      (await a1.client.post(`/api/admin/users/${withDisabled.patient.userId}/status`, { disabled: true }))
        .status,
    ).toBe(200);
    expect(await refusedStatus(openRoom(withDisabled.patient, withDisabled.appointmentId))).toBe(403);
    // The other party cannot hold the consultation alone either.
    expect(await refusedStatus(openRoom(withDisabled.doctor, withDisabled.appointmentId))).toBe(403);
  });
});

describe('open sockets when things change', () => {
  it('closes the room for both parties, with the reason, when the appointment is cancelled', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = await join(patient, appointmentId);
    const d = await join(doctor, appointmentId);
    const res = await patient.client.post(`/api/appointments/${appointmentId}/cancel`, {});
    expect(res.status, res.text).toBe(200);
    await expectClosed('appointment_cancelled', p, d);
    await expect.poll(() => connectionsOf(appointmentId)).toEqual([]);
    expect(await refusedStatus(openRoom(doctor, appointmentId))).toBe(403);
  });

  it('closes the room for both parties when an admin cancels it', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = await join(patient, appointmentId);
    const d = await join(doctor, appointmentId);
    const a = await admin();
    const res = await a.client.post(`/api/admin/appointments/${appointmentId}/cancel`, {
      reason: 'Doctor called in sick',
    });
    expect(res.status, res.text).toBe(200);
    await expectClosed('appointment_cancelled', p, d);
  });

  it('closes the room for both parties when either party is disabled', async () => {
    const a = await admin();
    for (const side of ['doctor', 'patient'] as const) {
      const booked = await confirmedAppointment(5);
      const p = await join(booked.patient, booked.appointmentId);
      const d = await join(booked.doctor, booked.appointmentId);
      const res = await a.client.post(`/api/admin/users/${booked[side].userId}/status`, { disabled: true });
      expect(res.status, res.text).toBe(200);
      await expectClosed('account_disabled', p, d);
      await expect.poll(() => connectionsOf(booked.appointmentId)).toEqual([]);
    }
  });

  it('relays nothing once the appointment is cancelled, even when the push that closes the room was missed', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = await join(patient, appointmentId);
    const d = await join(doctor, appointmentId);
    // Cancelled behind the room's back: no push reaches the sockets.
    const { data: a } = await entities().appointment.get({ appointmentId }).go();
    await entities()
      .appointment.patch({ appointmentId })
      .set({ status: 'CANCELLED', holdExpiresAt: a!.holdExpiresAt })
      .go();
    p.send({ action: 'chat.send', text: 'Are you there?', clientMsgId: 'after-cancel' });
    p.send({ action: 'signal', data: { description: { type: 'offer', sdp: 'v=0' } } });
    await expectClosed('appointment_cancelled', p, d);
    expect(d.frames.filter((f) => f.type === 'chat.message' || f.type === 'signal')).toEqual([]);
    expect((await entities().chatMessage.query.byAppointment({ appointmentId }).go()).data).toEqual([]);
  });

  it('closes the room on the first frame after its join window is over', async () => {
    const { patient, doctor, appointmentId, startAt } = await confirmedAppointment(5);
    const p = await join(patient, appointmentId);
    const d = await join(doctor, appointmentId);
    await expect.poll(async () => (await connectionsOf(appointmentId)).length).toBe(2);
    const [first] = await connectionsOf(appointmentId);
    // The frame arrives 61 minutes after the start (the room closes 60 minutes after it).
    const late = new Date(Date.parse(startAt) + 61 * 60_000);
    await receive(
      first!.connectionId,
      JSON.stringify({ action: 'chat.send', text: 'Late', clientMsgId: 'l-1' }),
      late,
    );
    await expectClosed('room_closed', p, d);
    expect((await entities().chatMessage.query.byAppointment({ appointmentId }).go()).data).toEqual([]);
  });
});
