/**
 * The chat context: the consultation room. One function serves its HTTP routes (join, history) and
 * every WebSocket route ($connect, $disconnect, $default), told apart by the event's shape.
 */
import * as z from 'zod';
import { auditStore } from '../core/audit-store.ts';
import { config } from '../core/config.ts';
import { httpHandler, operation } from '../core/http.ts';
import { cameThroughEdge } from '../core/origin-verify.ts';
import { setRecordingConsent } from './consent.ts';
import { history } from './messages.ts';
import { connect, disconnect, logFrameFailure, receive } from './room.ts';
import { joinRoom } from './video.ts';

const appointmentParams = z.object({ id: z.uuid() });

const http = httpHandler('chat', auditStore, {
  joinRoom: operation({
    params: appointmentParams,
    run: async ({ auth, appointment }) => joinRoom(appointment, auth),
  }),
  chatHistory: operation({
    params: appointmentParams,
    query: z.object({
      before: z
        .string()
        .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'before must be a message id.')
        .optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
    }),
    // Audited (functions/contract/routes.ts): the HTTP stack records the read before the page leaves.
    run: async ({ appointment, query }) => history(appointment.appointmentId, query.before, query.limit),
  }),
  setRecordingConsent: operation({
    params: appointmentParams,
    body: z
      .object({ consent: z.enum(['given', 'withdrawn'], { error: "consent is 'given' or 'withdrawn'." }) })
      .strict(),
    run: async ({ auth, appointment, body, audit, sourceIp, headers }) =>
      setRecordingConsent(
        appointment,
        { auth, sourceIp, userAgent: headers['user-agent'] ?? '' },
        body.consent,
        audit.note(`consent=${body.consent}`),
      ),
  }),
});

interface WebSocketEvent {
  requestContext: { routeKey: string; connectionId: string; eventType: string; requestTimeEpoch?: number };
  headers?: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  body?: string;
}

const headerOf = (event: WebSocketEvent, name: string) =>
  Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];

async function webSocket(event: WebSocketEvent) {
  const { routeKey, connectionId } = event.requestContext;
  try {
    if (routeKey === '$connect') {
      if (!cameThroughEdge(event.headers, config().ORIGIN_VERIFY)) return { statusCode: 403 };
      const result = await connect(connectionId, {
        cookie: headerOf(event, 'cookie'),
        origin: headerOf(event, 'origin'),
        appointmentId: event.queryStringParameters?.appointmentId,
      });
      return { statusCode: result.ok ? 200 : result.status };
    }
    if (routeKey === '$disconnect') await disconnect(connectionId);
    // Rate limits count frames by when they ARRIVED, not by when a (possibly busy) function got to them.
    else
      await receive(connectionId, event.body, new Date(event.requestContext.requestTimeEpoch ?? Date.now()));
    return { statusCode: 200 };
  } catch (error) {
    logFrameFailure(error, connectionId);
    return { statusCode: routeKey === '$connect' ? 500 : 200 };
  }
}

export const handler = async (event: unknown, context: unknown) => {
  const ws = event as WebSocketEvent;
  if (ws.requestContext?.eventType) return webSocket(ws);
  return http(event as never, context as never);
};
