/**
 * Joining the consultation: the server decides (CONFIRMED, 15 minutes before to 60 after, the two
 * parties only) and hands back what the browser needs for the configured video provider:
 * - p2p: our WebSocket path for signalling and the ICE servers (none on localhost, STUN/TURN in production);
 * - daily: a PRIVATE Daily room that expires 2 hours after creation and a meeting token bound to that
 *   room, with the person's name and owner rights for the doctor.
 */

import { canJoin, joinWindow } from '../appointments/index.ts';
import type { IceServer, JoinSession, PartyRole } from '../contract/api.ts';
import { formatDateTime } from '../contract/format.ts';
import type { AuthContext } from '../core/auth.ts';
import { config } from '../core/config.ts';
import { type AppointmentItem, entities, treatedOf } from '../core/db/index.ts';
import { conflict, unavailable, withParams } from '../core/errors.ts';
import { requireSecret } from '../core/secrets.ts';
import { recordingConsentOf } from './consent.ts';

const ROOM_LIFETIME_SECONDS = 2 * 3600;

export async function joinRoom(
  a: AppointmentItem,
  auth: AuthContext,
  now = new Date(),
): Promise<JoinSession> {
  if (!canJoin(a, now)) {
    const { opensAt, closesAt } = joinWindow(a.startAt);
    if (a.status !== 'CONFIRMED')
      throw conflict('Only a confirmed (paid) appointment can be joined.', 'not_joinable');
    if (now.toISOString() < opensAt) {
      throw withParams(
        409,
        'room_not_open',
        `The room opens at ${formatDateTime(opensAt, a.timeZone, 'en')}, 15 minutes before the start.`,
        { opensAt },
      );
    }
    throw conflict(`The room closed at ${formatDateTime(closesAt, a.timeZone, 'en')}.`, 'room_closed');
  }
  const isDoctor = auth.userId === a.doctorId;
  const role: PartyRole = isDoctor ? 'doctor' : 'patient';
  const common = {
    appointmentId: a.appointmentId,
    role,
    self: { id: auth.userId, name: isDoctor ? `Dr. ${a.doctorName}` : a.patientName },
    peer: isDoctor
      ? { id: a.patientId, name: a.patientName }
      : { id: a.doctorId, name: `Dr. ${a.doctorName}` },
    treated: treatedOf(a),
    reason: a.reason,
    startAt: a.startAt,
    endAt: a.endAt,
    closesAt: joinWindow(a.startAt).closesAt,
    recordingEnabled: a.recordingEnabled ?? true,
    recordingConsent: recordingConsentOf(a),
    wsPath: `/ws?appointmentId=${a.appointmentId}`,
  };
  if (config().VIDEO_PROVIDER === 'daily')
    return {
      provider: 'daily' as const,
      ...common,
      ...(await dailySession(a, common.self.name, isDoctor, now)),
    };
  return {
    provider: 'p2p' as const,
    ...common,
    iceServers: JSON.parse(config().ICE_SERVERS) as IceServer[],
  };
}

async function daily(
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${config().DAILY_API_BASE}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await requireSecret('DAILY_API_KEY')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  }).catch(() => {
    throw unavailable('The video service is not responding. Please try again in a minute.');
  });
  if (response.status >= 500)
    throw unavailable('The video service is not responding. Please try again in a minute.');
  return {
    status: response.status,
    json: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  };
}

async function dailySession(a: AppointmentItem, userName: string, isOwner: boolean, now: Date) {
  const roomName = a.videoRoom ?? `c360-${a.appointmentId}`;
  const exp = Math.floor(now.getTime() / 1000) + ROOM_LIFETIME_SECONDS;
  let roomUrl: string;
  const created = await daily('/rooms', {
    name: roomName,
    privacy: 'private',
    properties: {
      exp,
      eject_at_room_exp: true,
      enable_chat: false,
      enable_prejoin_ui: false,
      enable_knocking: false,
    },
  });
  if (created.status === 200) {
    roomUrl = String(created.json.url);
    if (!a.videoRoom)
      await entities()
        .appointment.patch({ appointmentId: a.appointmentId })
        .set({ videoRoom: roomName })
        .go();
  } else if (
    created.status === 400 &&
    /already exists/i.test(String(created.json.info ?? created.json.error ?? ''))
  ) {
    roomUrl = `${config().DAILY_DOMAIN}/${roomName}`;
  } else {
    throw unavailable('The video room could not be created. Please try again.');
  }
  const token = await daily('/meeting-tokens', {
    properties: {
      room_name: roomName,
      exp,
      user_name: userName,
      is_owner: isOwner,
      enable_screenshare: true,
    },
  });
  if (token.status !== 200 || typeof token.json.token !== 'string')
    throw unavailable('The video room could not be opened. Please try again.');
  return { roomUrl, roomName, token: token.json.token, expiresAt: new Date(exp * 1000).toISOString() };
}
