import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../lib/local/lambda-context.ts';

const event = (routeKey: string, extra: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey,
  rawPath: routeKey.split(' ')[1]!,
  rawQueryString: '',
  headers: {},
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
  Object.assign(process.env, {
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    APP_ORIGIN: 'https://chikitsa360.example',
    TABLE_NAME: 't',
    RECORDINGS_BUCKET: 'b',
    USER_POOL_ID: 'ap-south-1_x',
    USER_POOL_CLIENT_ID: 'c',
  });
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

  it('answers a route that is not in the table with a 404 in the error shape', async () => {
    const res = await handler(event('GET /api/unknown'), lambdaContext('t'));
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'not_found', message: 'No such route.' } });
  });
});
