import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../lib/local/lambda-context.ts';
import { setUnitEnv } from '../helpers/unit-env.ts';

const ORIGIN_VERIFY = 'edge-secret-for-the-unit-test';

const event = (routeKey: string, extra: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey,
  rawPath: routeKey.split(' ')[1]!,
  rawQueryString: '',
  headers: { 'x-origin-verify': ORIGIN_VERIFY },
  isBase64Encoded: false,
  requestContext: {
    requestId: 'req-1',
    http: {
      method: routeKey.split(' ')[0]!,
      path: routeKey.split(' ')[1]!,
      protocol: 'HTTP/1.1',
      sourceIp: '127.0.0.1',
      userAgent: 't',
    },
  } as never,
  ...extra,
});

let handler: (
  e: APIGatewayProxyEventV2,
  c: unknown,
) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

beforeAll(async () => {
  setUnitEnv({ ORIGIN_VERIFY });
  handler = (await import('../../functions/discovery/handler.ts')).handler as never;
});

describe('the HTTP stack', () => {
  it('answers a public route with JSON, no-store and the request id', async () => {
    const res = await handler(event('GET /api/specialties'), lambdaContext('t'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBe('req-1');
    expect(JSON.parse(res.body).specialties.length).toBeGreaterThan(5);
  });

  // API Gateway's own execute-api endpoint is reachable: what CloudFront adds is what tells them apart.
  it.each([
    ['no edge header', {}],
    ['a wrong edge header', { 'x-origin-verify': 'guess' }],
    ['an empty edge header', { 'x-origin-verify': '' }],
    ['the value with a suffix', { 'x-origin-verify': `${ORIGIN_VERIFY}x` }],
  ])(
    'refuses a request with %s (it did not come through CloudFront) before routing',
    async (_label, headers) => {
      for (const route of ['GET /api/specialties', 'GET /api/unknown']) {
        const res = await handler(event(route, { headers }), lambdaContext('t'));
        expect(res.statusCode).toBe(403);
        expect(JSON.parse(res.body).error.code).toBe('forbidden');
      }
    },
  );

  it('accepts the edge header under any capitalisation, as API Gateway may pass it', async () => {
    const res = await handler(
      event('GET /api/specialties', { headers: { 'X-Origin-Verify': ORIGIN_VERIFY } }),
      lambdaContext('t'),
    );
    expect(res.statusCode).toBe(200);
  });

  it('answers a route that is not in the table with a 404 in the error shape', async () => {
    const res = await handler(event('GET /api/unknown'), lambdaContext('t'));
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'not_found', message: 'No such route.' } });
  });
});
