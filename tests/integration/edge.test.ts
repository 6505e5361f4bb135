/**
 * API Gateway's execute-api endpoints stay reachable (CloudFront needs a domain to send to), so the
 * API refuses what did not come through CloudFront: the secret header CloudFront adds (the twin's
 * gateway plays CloudFront). These call the real handlers the way API Gateway would for a request
 * sent straight to execute-api, and the same requests through the gateway.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../functions/core/origin-verify.ts';
import { lambdaContext } from '../../lib/local/lambda-context.ts';
import { ApiClient } from '../helpers/api.ts';

const httpEvent = (headers: Record<string, string>): APIGatewayProxyEventV2 =>
  ({
    version: '2.0',
    routeKey: 'GET /api/specialties',
    rawPath: '/api/specialties',
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    requestContext: {
      requestId: 'direct-1',
      http: {
        method: 'GET',
        path: '/api/specialties',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.9',
        userAgent: 'x',
      },
    },
  }) as never;

const connectEvent = (headers: Record<string, string>) => ({
  requestContext: { routeKey: '$connect', connectionId: 'direct-conn', eventType: 'CONNECT' },
  headers,
  queryStringParameters: { appointmentId: '00000000-0000-4000-8000-000000000000' },
});

describe('requests that did not come through CloudFront', () => {
  it('HTTP: served through the edge (whatever header the client forges), refused when sent straight to the function', async () => {
    const viaEdge = await new ApiClient().request('GET', '/api/specialties', undefined, {
      headers: { [ORIGIN_VERIFY_HEADER]: 'forged' },
    });
    expect(viaEdge.status).toBe(200);

    const { handler } = await import('../../functions/discovery/handler.ts');
    const call = (headers: Record<string, string>) => handler(httpEvent(headers), lambdaContext('discovery'));
    for (const headers of [{}, { [ORIGIN_VERIFY_HEADER]: 'forged' }] as Record<string, string>[]) {
      const direct = await call(headers);
      expect(direct.statusCode).toBe(403);
      expect(JSON.parse(direct.body as string).error).toMatchObject({ code: 'forbidden' });
    }
    expect((await call({ [ORIGIN_VERIFY_HEADER]: process.env.ORIGIN_VERIFY! })).statusCode).toBe(200);
  });

  it('WebSocket: $connect without the edge header is refused before anything else is looked at', async () => {
    const { handler } = await import('../../functions/chat/handler.ts');
    const connect = (headers: Record<string, string>) =>
      handler(connectEvent(headers), lambdaContext('chat')) as Promise<{ statusCode: number }>;
    expect((await connect({ origin: process.env.APP_ORIGIN! })).statusCode).toBe(403);
    expect(
      (await connect({ origin: process.env.APP_ORIGIN!, [ORIGIN_VERIFY_HEADER]: 'forged' })).statusCode,
    ).toBe(403);
    // With the header it gets as far as the session check: no cookie, so 401.
    const withHeader = await connect({
      origin: process.env.APP_ORIGIN!,
      [ORIGIN_VERIFY_HEADER]: process.env.ORIGIN_VERIFY!,
    });
    expect(withHeader.statusCode).toBe(401);
  });
});
