import { describe, expect, it } from 'vitest';
import { disconnect, FRAMES_PER_SECOND, receive } from '../../functions/chat/room.ts';
import { entities } from '../../functions/core/db/index.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { bookedAppointment, confirmedAppointment } from '../helpers/appointments.ts';
import { closeRoomsAfterEach, openRoom, refusedStatus } from '../helpers/room.ts';
import { registerAndSignIn } from '../helpers/users.ts';

const track = closeRoomsAfterEach();

describe('joining the consultation room', () => {
  it('lets the two parties join a confirmed appointment in its window, with a p2p session', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const joined = await patient.client.post(`/api/appointments/${appointmentId}/join`);
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body).toMatchObject({
      provider: 'p2p',
      role: 'patient',
      iceServers: [],
      wsPath: `/ws?appointmentId=${appointmentId}`,
      peer: { name: 'Dr. Rhea Menon' },
    });
    expect((await doctor.client.post(`/api/appointments/${appointmentId}/join`)).body.role).toBe('doctor');
  });

  it('keeps the room shut outside the rules: unpaid, too early, strangers', async () => {
    const unpaid = await bookedAppointment(5);
    const res = await unpaid.patient.client.post<ErrorBody>(`/api/appointments/${unpaid.appointmentId}/join`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_joinable');
    expect(await refusedStatus(openRoom(unpaid.patient, unpaid.appointmentId))).toBe(403);

    const later = await confirmedAppointment(120);
    const early = await later.patient.client.post<ErrorBody>(`/api/appointments/${later.appointmentId}/join`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('room_not_open');
    // The instant it opens, for the client to phrase in the reader's zone: 15 minutes before the start.
    expect(early.body.error.params).toEqual({
      opensAt: new Date(Date.parse(later.startAt) - 15 * 60_000).toISOString(),
    });
    expect(await refusedStatus(openRoom(later.doctor, later.appointmentId))).toBe(403);

    const { appointmentId, patient } = await confirmedAppointment(5);
    const stranger = await registerAndSignIn('patient');
    expect((await stranger.client.post(`/api/appointments/${appointmentId}/join`)).status).toBe(404);
    expect(await refusedStatus(openRoom(stranger, appointmentId))).toBe(404);
    expect((await stranger.client.get(`/api/appointments/${appointmentId}/messages`)).status).toBe(404);
    expect(await refusedStatus(openRoom(null, appointmentId))).toBe(401);
    expect(await refusedStatus(openRoom(patient, appointmentId, 'https://evil.example'))).toBe(403);
    expect(await refusedStatus(openRoom(patient, 'not-a-uuid'))).toBe(404);
  });
});

describe('chat and signalling', () => {
  it('delivers chat both ways, persisted first, with history newest first and an audit record', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    const d = track(await openRoom(doctor, appointmentId));

    p.send({
      action: 'chat.send',
      text: '  Hello doctor, I have had a cough for a week.  ',
      clientMsgId: 'p-1',
    });
    const atDoctor = await d.next((f) => f.type === 'chat.message');
    const echo = await p.next((f) => f.type === 'chat.message');
    expect(atDoctor.message.id).toBe(echo.message.id);
    expect(atDoctor.message).toMatchObject({
      text: 'Hello doctor, I have had a cough for a week.',
      senderRole: 'patient',
      senderId: patient.userId,
      clientMsgId: 'p-1',
    });

    d.send({ action: 'chat.send', text: 'Any fever?', clientMsgId: 'd-1' });
    await p.next((f) => f.type === 'chat.message' && f.message.text === 'Any fever?');

    const hist = await doctor.client.get(`/api/appointments/${appointmentId}/messages`);
    expect(hist.status).toBe(200);
    expect(hist.body.messages.map((m: { text: string }) => m.text)).toEqual([
      'Any fever?',
      'Hello doctor, I have had a cough for a week.',
    ]);
    const paged = await doctor.client.get(
      `/api/appointments/${appointmentId}/messages?limit=1&before=${hist.body.messages[0].id}`,
    );
    expect(paged.body.messages.map((m: { text: string }) => m.text)).toEqual([
      'Hello doctor, I have had a cough for a week.',
    ]);

    const { data: audit } = await entities().auditEvent.query.bySubject({ subjectId: appointmentId }).go();
    expect(audit.some((e) => e.action === 'chat.history.read' && e.actorId === doctor.userId)).toBe(true);
  });

  it('stores a resent message once (clientMsgId) and echoes the original', async () => {
    const { patient, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    p.send({ action: 'chat.send', text: 'once', clientMsgId: 'same-id' });
    const first = await p.next((f) => f.type === 'chat.message');
    p.send({ action: 'chat.send', text: 'once', clientMsgId: 'same-id' });
    await p.next((f) => f.type === 'chat.message' && f !== first);
    const echoes = p.frames.filter((f) => f.type === 'chat.message');
    expect(echoes).toHaveLength(2);
    expect(echoes[1]!.message.id).toBe(first.message.id);
    const { data } = await entities().chatMessage.query.byAppointment({ appointmentId }).go();
    expect(data).toHaveLength(1);
  });

  it('sends read receipts to the sender and records them', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    const d = track(await openRoom(doctor, appointmentId));
    d.send({ action: 'chat.send', text: 'Please share your reports.', clientMsgId: 'd-1' });
    const received = await p.next((f) => f.type === 'chat.message');
    p.send({ action: 'chat.read', upTo: received.message.id });
    const receipt = await d.next((f) => f.type === 'chat.read');
    expect(receipt).toMatchObject({ readerId: patient.userId, upTo: received.message.id });
    const { data } = await entities().chatMessage.get({ appointmentId, messageId: received.message.id }).go();
    expect(data?.readAt).toBeTruthy();
  });

  it('relays WebRTC signals to the other party only, and tells each side who is present', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    const d = track(await openRoom(doctor, appointmentId));
    expect(await p.next((f) => f.type === 'presence' && f.state === 'joined')).toMatchObject({
      role: 'doctor',
    });
    d.send({ action: 'hello' });
    expect(await d.next((f) => f.type === 'presence')).toMatchObject({ role: 'patient', state: 'joined' });

    p.send({ action: 'signal', data: { description: { type: 'offer', sdp: 'v=0...' } } });
    expect(await d.next((f) => f.type === 'signal')).toEqual({
      type: 'signal',
      from: 'patient',
      data: { description: { type: 'offer', sdp: 'v=0...' } },
    });
    // The doctor answers; by the time the answer has gone through a whole new frame (admission,
    // peers, push), a copy of the patient's own offer pushed to the patient would long have arrived.
    d.send({ action: 'signal', data: { description: { type: 'answer', sdp: 'v=0...' } } });
    await p.next((f) => f.type === 'signal' && f.from === 'doctor');
    expect(p.frames.filter((f) => f.type === 'signal').map((f) => f.from)).toEqual(['doctor']);

    await p.close();
    expect(await d.next((f) => f.type === 'presence' && f.state === 'left')).toMatchObject({
      role: 'patient',
    });
  });

  it('answers malformed frames with an error frame and keeps the connection usable', async () => {
    const { patient, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    p.send('not json at all');
    expect(await p.next((f) => f.type === 'error')).toMatchObject({ code: 'bad_frame' });
    p.send({ action: 'teleport' });
    p.send({ action: 'chat.send', text: 'x'.repeat(2001), clientMsgId: 'long-1' });
    p.send({ action: 'chat.send', text: '   ', clientMsgId: 'blank-1' });
    // Frames are handled concurrently (as separate Lambda invocations): wait for each answer.
    await p.next((f) => f.type === 'error' && f.clientMsgId === 'blank-1');
    expect((await p.next((f) => f.type === 'error' && f.clientMsgId === 'long-1')).message).toMatch(/2000/);
    p.send({ action: 'chat.send', text: 'still here', clientMsgId: 'ok-1' });
    expect((await p.next((f) => f.type === 'chat.message')).message.text).toBe('still here');
  });

  it('rate-limits a flood and forgets peers that are gone', async () => {
    const { patient, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    for (let i = 0; i < 25; i++) p.send({ action: 'hello' });
    expect(await p.next((f) => f.code === 'rate_limited')).toMatchObject({ type: 'error' });

    // A connection whose socket vanished without a $disconnect (as after a network drop in AWS).
    await entities()
      .connection.put({
        appointmentId,
        connectionId: 'vanished-peer',
        userId: 'someone',
        role: 'doctor',
        expiresAt: Math.floor(Date.now() / 1000) + 600,
        createdAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .go();
    // The flood used up this connection's frames for now; a fresh connection has its own allowance.
    const fresh = track(await openRoom(patient, appointmentId));
    fresh.send({ action: 'chat.send', text: 'anyone there?', clientMsgId: 'gone-1' });
    await fresh.next((f) => f.type === 'chat.message' && f.message.text === 'anyone there?');
    // The sender's echo can arrive before the push to the vanished peer has failed and been cleaned up.
    await expect
      .poll(
        async () =>
          (await entities().connection.get({ appointmentId, connectionId: 'vanished-peer' }).go()).data,
      )
      .toBeNull();
  });
});

/**
 * Frames the call cannot do without. Here the doctor's socket is played by calling the chat function
 * directly (this process shares the twin's table and management API), so the order of $default and
 * $disconnect, which API Gateway does not guarantee, is chosen by the test.
 */
describe('frames a call cannot lose', () => {
  const bye = JSON.stringify({ action: 'signal', data: { k: 'bye' } });
  const storeConnection = (appointmentId: string, connectionId: string, userId: string) =>
    entities()
      .connection.put({
        appointmentId,
        connectionId,
        userId,
        role: 'doctor',
        expiresAt: Math.floor(Date.now() / 1000) + 600,
        createdAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .go();
  const isBye = (f: Record<string, any>) => f.type === 'signal' && f.data?.k === 'bye';

  it("relays the doctor's goodbye over the rate limit", async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    await storeConnection(appointmentId, 'doctor-flooding', doctor.userId);
    const second = new Date();
    for (let i = 0; i < FRAMES_PER_SECOND; i++)
      await receive(
        'doctor-flooding',
        JSON.stringify({ action: 'signal', data: { k: 'media', n: i } }),
        second,
      );
    await receive('doctor-flooding', bye, second);
    expect(await p.next(isBye)).toMatchObject({ from: 'doctor' });
  });

  it('relays a goodbye whose connection closed before the frame was handled', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    await storeConnection(appointmentId, 'doctor-leaving', doctor.userId);
    // An earlier frame of the same connection (this container now knows it).
    await receive('doctor-leaving', JSON.stringify({ action: 'signal', data: { k: 'media' } }));
    await p.next((f) => f.type === 'signal' && f.data?.k === 'media');
    // The browser sent its goodbye and closed at once: $disconnect is handled first.
    await disconnect('doctor-leaving');
    expect(await p.next((f) => f.type === 'presence' && f.state === 'left')).toMatchObject({
      role: 'doctor',
    });
    await receive('doctor-leaving', bye);
    expect(await p.next(isBye)).toMatchObject({ from: 'doctor' });
  });

  it("answers hello with the other party's presence, probing connections that vanished without $disconnect", async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoom(patient, appointmentId));
    // The doctor's socket died without a $disconnect (a network drop; API Gateway's is best-effort).
    await storeConnection(appointmentId, 'doctor-vanished', doctor.userId);
    p.send({ action: 'hello' });
    expect(await p.next((f) => f.type === 'presence')).toMatchObject({
      userId: doctor.userId,
      role: 'doctor',
      state: 'left',
    });
    // The probe found it gone and forgot it.
    expect(
      (await entities().connection.get({ appointmentId, connectionId: 'doctor-vanished' }).go()).data,
    ).toBeNull();

    const d = track(await openRoom(doctor, appointmentId));
    await p.next((f) => f.type === 'presence' && f.state === 'joined');
    const before = p.frames.length;
    p.send({ action: 'hello' });
    expect(await p.next((f) => p.frames.indexOf(f) >= before && f.type === 'presence')).toMatchObject({
      role: 'doctor',
      state: 'joined',
    });
    // The probe told the doctor the patient is here.
    await d.next((f) => f.type === 'presence' && f.role === 'patient' && f.state === 'joined');
  });
});
