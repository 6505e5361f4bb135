/**
 * The Daily.co provider, against a local server that speaks Daily's documented REST format
 * (POST /rooms, POST /meeting-tokens, Bearer auth, "already exists" on a second create).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinRoom } from '../../functions/chat/video.ts';
import { config, resetConfigForTests } from '../../functions/core/config.ts';
import { entities } from '../../functions/core/db/index.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';

const requests: { path: string; auth: string | undefined; body: any }[] = [];
const rooms = new Set<string>();
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      requests.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      res.setHeader('content-type', 'application/json');
      if (req.headers.authorization !== 'Bearer daily-test-key') {
        res.statusCode = 401;
        return res.end(JSON.stringify({ error: 'authorization-header-error', info: 'Bad API key' }));
      }
      if (req.url === '/v1/rooms') {
        if (rooms.has(body.name)) {
          res.statusCode = 400;
          return res.end(
            JSON.stringify({
              error: 'invalid-request-error',
              info: `a room named ${body.name} already exists`,
            }),
          );
        }
        rooms.add(body.name);
        return res.end(
          JSON.stringify({
            id: 'd1',
            name: body.name,
            api_created: true,
            privacy: body.privacy,
            url: `https://chikitsa360.daily.co/${body.name}`,
            created_at: new Date().toISOString(),
            config: body.properties,
          }),
        );
      }
      if (req.url === '/v1/meeting-tokens')
        return res.end(JSON.stringify({ token: `token-for-${body.properties.user_name}` }));
      res.statusCode = 404;
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  Object.assign(process.env, {
    VIDEO_PROVIDER: 'daily',
    DAILY_API_BASE: `http://127.0.0.1:${port}/v1`,
    DAILY_API_KEY: 'daily-test-key',
  });
  resetConfigForTests();
});

afterAll(async () => {
  process.env.VIDEO_PROVIDER = 'p2p';
  resetConfigForTests();
  await new Promise((r) => server.close(r));
});

describe('video provider "daily"', () => {
  it('creates a private room that expires in 2 hours and a token bound to it, owner rights for the doctor only', async () => {
    expect(config().VIDEO_PROVIDER).toBe('daily');
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const { data: appointment } = await entities().appointment.get({ appointmentId }).go();
    const before = Math.floor(Date.now() / 1000);

    const forDoctor = await joinRoom(appointment!, {
      userId: doctor.userId,
      role: 'doctor',
      email: doctor.email,
    });
    expect(forDoctor).toMatchObject({
      provider: 'daily',
      roomName: `c360-${appointmentId}`,
      roomUrl: `https://chikitsa360.daily.co/c360-${appointmentId}`,
      token: 'token-for-Dr. Rhea Menon',
    });
    const room = requests.find((r) => r.path === '/v1/rooms')!;
    expect(room.auth).toBe('Bearer daily-test-key');
    expect(room.body.privacy).toBe('private');
    expect(room.body.properties.exp - before).toBeGreaterThanOrEqual(7200 - 5);
    expect(room.body.properties.exp - before).toBeLessThanOrEqual(7200 + 5);
    const doctorToken = requests.filter((r) => r.path === '/v1/meeting-tokens').at(-1)!;
    expect(doctorToken.body.properties).toMatchObject({
      room_name: `c360-${appointmentId}`,
      user_name: 'Dr. Rhea Menon',
      is_owner: true,
      exp: room.body.properties.exp,
    });

    const { data: stored } = await entities().appointment.get({ appointmentId }).go();
    const forPatient = await joinRoom(stored!, {
      userId: patient.userId,
      role: 'patient',
      email: patient.email,
    });
    expect(forPatient).toMatchObject({
      provider: 'daily',
      roomUrl: `https://chikitsa360.daily.co/c360-${appointmentId}`,
    });
    const patientToken = requests.filter((r) => r.path === '/v1/meeting-tokens').at(-1)!;
    expect(patientToken.body.properties).toMatchObject({
      room_name: `c360-${appointmentId}`,
      user_name: 'Arjun Das',
      is_owner: false,
    });
  });
});
