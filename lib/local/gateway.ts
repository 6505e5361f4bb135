/**
 * The local stand-in for CloudFront + API Gateway: ONE port serving the built Astro site, `/api/*`
 * (HTTP API v2 events to the real context handlers, routed by the real route table) and `/ws`
 * (WebSocket API events: $connect, $default, $disconnect).
 *
 * The API Gateway management API (`POST /@connections/{id}`) that handlers use to push frames is served
 * on a second, internal port: in AWS that endpoint is IAM-signed and never public, so it must not be
 * reachable on the public port here either.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type WebSocket, WebSocketServer } from 'ws';
import { DEFAULT_LOCALE, locales } from '../../functions/contract/format.ts';
import { type ContextName, routeKey, wsContext } from '../../functions/contract/routes.ts';
import { LOCALE_COOKIE, localeRedirect } from '../../functions/contract/site-locale.ts';
import { ORIGIN_VERIFY_HEADER } from '../../functions/core/origin-verify.ts';
import { FUNCTION_TIMEOUT_MS, lambdaContext } from './lambda-context.ts';
import { matchRoute } from './match-route.ts';

type HttpHandler = (event: unknown, context: unknown) => Promise<APIGatewayProxyStructuredResultV2>;
export type LoadContextHandler = (context: ContextName) => Promise<HttpHandler>;

const MAX_BODY = 1024 * 1024;
const MAX_WS_FRAME = 32 * 1024; // API Gateway's WebSocket frame limit
/**
 * A client that stops reading makes its socket's send queue grow with every push. Past this many
 * bytes queued the socket is cut and pushes to it answer Gone, as API Gateway drops a dead client,
 * so one stalled browser cannot grow the twin's memory without bound.
 */
const DEFAULT_MAX_QUEUED_BYTES = 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * CloudFront compresses what it serves (web-stack.ts: `compress: true`, the caching-optimized policy
 * accepts Brotli and gzip): files of these types from 1,000 bytes up go out Brotli-compressed to a
 * browser that accepts it, else gzipped. The twin does the same, so what a browser (and Lighthouse)
 * downloads here is what it downloads from the cloud, not three to six times more.
 */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg\+xml)/;
const MIN_COMPRESSED_BYTES = 1000;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Compressed files by path and encoding, kept while the file's mtime and size stay the same. */
const compressedFiles = new Map<string, { stamp: string; body: Promise<Buffer> }>();
function compressedFile(file: string, encoding: 'br' | 'gzip', stamp: string): Promise<Buffer> {
  const key = `${encoding}:${file}`;
  const cached = compressedFiles.get(key);
  if (cached?.stamp === stamp) return cached.body;
  const raw = readFileSync(file);
  const body = encoding === 'br' ? brotli(raw) : gzipped(raw);
  compressedFiles.set(key, { stamp, body });
  body.catch(() => compressedFiles.delete(key));
  return body;
}
/** The encoding CloudFront would pick for this Accept-Encoding: Brotli first, then gzip. */
function acceptedEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const offered = new Map(
    String(header ?? '')
      .toLowerCase()
      .split(',')
      .map((part) => {
        const [name = '', ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
        return [name.trim(), q === undefined ? 1 : Number(q)] as const;
      }),
  );
  if ((offered.get('br') ?? 0) > 0) return 'br';
  if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

/** The same security headers CloudFront's response headers policy adds in the cloud. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(self), microphone=(self), geolocation=()',
};

export interface Gateway {
  url: string;
  managementEndpoint: string;
  /** Open sockets by connection id (tests use it to simulate vanished peers). */
  connections: Map<string, WebSocket>;
  /** Drops a connection without a close frame and without invoking $disconnect (fault injection). */
  vanish(connectionId: string): void;
  stop(): Promise<void>;
}

interface Options {
  port: number;
  managementPort: number;
  webDist: string;
  loadHandler: LoadContextHandler;
  /** Send-queue limit per socket (tests lower it); see DEFAULT_MAX_QUEUED_BYTES. */
  maxQueuedBytes?: number;
  log?: (line: string) => void;
  /** The header CloudFront adds in the cloud (functions/core/origin-verify.ts); this gateway plays CloudFront. */
  originVerify: string;
  /**
   * The media bucket's address on the S3 emulator (http://…/<bucket>): `/media/*` is served from its
   * media/ keys, as CloudFront's `/media/*` behaviour does (web-stack.ts).
   */
  mediaBucketUrl?: string;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        // Drain the rest instead of cutting the socket, so the client reads our 413 (as from API Gateway).
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** The request's headers as API Gateway passes them, with the edge's secret set as CloudFront sets it. */
function headersOf(req: IncomingMessage, originVerify: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'cookie') continue;
    out[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // Whatever a client sent under this name is overwritten, as CloudFront overwrites it.
  out[ORIGIN_VERIFY_HEADER] = originVerify;
  return out;
}

const cookiesOf = (req: IncomingMessage) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean);

/** The languages with their own pages (/hi/…): every one but English. */
const LOCALIZED = locales.filter((locale) => locale !== DEFAULT_LOCALE);

const cookieValue = (req: IncomingMessage, name: string) =>
  cookiesOf(req)
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

function queryOf(url: URL): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) out[key] = url.searchParams.getAll(key).join(',');
  return Object.keys(out).length ? out : undefined;
}

const isTextual = (type: string) => /^(application\/(json|x-www-form-urlencoded)|text\/)/.test(type);

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(JSON.stringify(body));
}

/**
 * What ws's handleUpgrade would refuse anyway, checked before $connect runs: a request that cannot
 * become a WebSocket must not create a connection record (nor cost a handler invocation).
 */
function upgradeProblem(req: IncomingMessage): string | null {
  if (req.method !== 'GET') return 'method';
  if (req.headers.upgrade?.toLowerCase() !== 'websocket') return 'upgrade header';
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string' || !/^[+/0-9A-Za-z]{22}==$/.test(key)) return 'sec-websocket-key';
  const version = req.headers['sec-websocket-version'];
  if (version !== '13' && version !== '8') return 'sec-websocket-version';
  return null;
}

/** Answers a refused handshake and closes the socket once the answer is written (as ws does). */
const refuseUpgrade = (socket: Duplex, status: number, reason: string) => {
  if (!socket.writable) return socket.destroy();
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
};

export async function startGateway(options: Options): Promise<Gateway> {
  const maxQueuedBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  const log = options.log ?? (() => undefined);
  const connections = new Map<string, WebSocket>();
  const vanished = new Set<string>();
  const origin = `http://127.0.0.1:${options.port}`;
  const webRoot = resolve(options.webDist);

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    const match = matchRoute(method, url.pathname);
    if (!match) return sendJson(res, 404, { error: { code: 'not_found', message: 'No such route.' } });
    if ('allowed' in match) {
      return sendJson(
        res,
        405,
        { error: { code: 'method_not_allowed', message: `Use ${match.allowed.join(' or ')}.` } },
        { allow: match.allowed.join(', ') },
      );
    }
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      return sendJson(res, 413, {
        error: { code: 'payload_too_large', message: 'The request is too large.' },
      });
    }
    const contentType = req.headers['content-type'] ?? '';
    const textual = body.length === 0 || isTextual(contentType);
    const requestId = randomUUID();
    const event: APIGatewayProxyEventV2 = {
      version: '2.0',
      routeKey: routeKey(match.route),
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      cookies: cookiesOf(req),
      headers: headersOf(req, options.originVerify),
      queryStringParameters: queryOf(url),
      pathParameters: Object.keys(match.pathParameters).length ? match.pathParameters : undefined,
      body: body.length ? (textual ? body.toString('utf8') : body.toString('base64')) : undefined,
      isBase64Encoded: !textual,
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: url.host,
        domainPrefix: 'local',
        requestId,
        routeKey: routeKey(match.route),
        stage: '$default',
        time: new Date().toISOString(),
        timeEpoch: Date.now(),
        http: {
          method,
          path: url.pathname,
          protocol: 'HTTP/1.1',
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          userAgent: req.headers['user-agent'] ?? '',
        },
      },
    };
    const handler = await options.loadHandler(match.route.context);
    let result: APIGatewayProxyStructuredResultV2;
    let timer: NodeJS.Timeout | undefined;
    try {
      // Lambda ends an invocation at the function's timeout and API Gateway answers a bare 500; the
      // twin does the same, so a handler that misses its own deadline fails here as in the cloud.
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Task timed out')), FUNCTION_TIMEOUT_MS);
      });
      result = await Promise.race([
        handler(event, lambdaContext(`chikitsa360-${match.route.context}`)),
        timedOut,
      ]);
    } catch (error) {
      // In AWS an unhandled Lambda error is a bare 500 from API Gateway.
      log(`[gateway] ${match.route.context} threw: ${(error as Error).stack}`);
      return sendJson(res, 500, { message: 'Internal Server Error' });
    } finally {
      clearTimeout(timer);
    }
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
    if (result.cookies?.length) headers['set-cookie'] = result.cookies;
    const payload = result.body
      ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8')
      : Buffer.alloc(0);
    res.writeHead(result.statusCode ?? 200, { ...SECURITY_HEADERS, ...headers });
    res.end(payload);
  }

  /** A published photo: the path is its key; the stored Content-Type and immutable Cache-Control pass on. */
  async function handleMedia(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const upstream =
      options.mediaBucketUrl && !url.pathname.includes('..')
        ? await fetch(`${options.mediaBucketUrl}${url.pathname}`, { method: req.method })
        : null;
    if (!upstream?.ok) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': upstream.headers.get('cache-control') ?? 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(await upstream.arrayBuffer()));
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    // The reader's language, as CloudFront does it (web-stack.ts): their choice, or on a first visit
    // their browser's Accept-Language.
    const localized = localeRedirect(
      url.pathname,
      cookieValue(req, LOCALE_COOKIE),
      req.headers['accept-language'],
      LOCALIZED,
    );
    if (localized) {
      res.writeHead(302, {
        ...SECURITY_HEADERS,
        location: `${localized}${url.search}`,
        'cache-control': 'no-store',
      });
      return res.end();
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    const candidate = normalize(join(webRoot, pathname));
    if (!candidate.startsWith(webRoot)) {
      res.writeHead(404);
      return res.end();
    }
    const file = [candidate, join(candidate, 'index.html'), `${candidate}.html`].find(
      (f) => existsSync(f) && statSync(f).isFile(),
    );
    // A language's pages have their own not-found page (/hi/404.html).
    const language = LOCALIZED.find((locale) => pathname.startsWith(`/${locale}/`));
    const notFound = join(webRoot, language ?? '', '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : null);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(
        existsSync(webRoot) ? 'Not found' : 'The web site is not built yet: run `npm run build:web`.',
      );
    }
    const type = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
    const immutable = pathname.startsWith('/_astro/');
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const stat = statSync(target);
    const compressible = COMPRESSIBLE.test(type) && stat.size >= MIN_COMPRESSED_BYTES;
    const encoding = compressible ? acceptedEncoding(req.headers['accept-encoding']) : null;
    if (!encoding) {
      res.writeHead(file ? 200 : 404, compressible ? { ...headers, vary: 'accept-encoding' } : headers);
      if (req.method === 'HEAD') return res.end();
      return void createReadStream(target).pipe(res);
    }
    return compressedFile(target, encoding, `${stat.mtimeMs}:${stat.size}`).then((body) => {
      res.writeHead(file ? 200 : 404, {
        ...headers,
        'content-encoding': encoding,
        'content-length': body.length,
        vary: 'accept-encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const work =
      url.pathname.startsWith('/api/') || url.pathname === '/api'
        ? handleApi(req, res, url)
        : url.pathname.startsWith('/media/')
          ? handleMedia(req, res, url)
          : Promise.resolve().then(async () => {
              await handleStatic(req, res, url);
            });
    work.catch((error) => {
      log(`[gateway] ${req.method} ${url.pathname} failed: ${(error as Error).stack}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal Server Error' });
      else res.end();
    });
  });

  // ---- WebSocket API ----
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_FRAME });

  const wsEvent = (
    routeKeyName: '$connect' | '$disconnect' | '$default',
    connectionId: string,
    req: IncomingMessage,
    url: URL,
    body?: string,
  ) => ({
    requestContext: {
      routeKey: routeKeyName,
      eventType:
        routeKeyName === '$connect' ? 'CONNECT' : routeKeyName === '$disconnect' ? 'DISCONNECT' : 'MESSAGE',
      connectionId,
      requestId: randomUUID(),
      domainName: url.host,
      stage: 'local',
      apiId: 'local',
      connectedAt: Date.now(),
      requestTimeEpoch: Date.now(),
      identity: { sourceIp: req.socket.remoteAddress ?? '127.0.0.1' },
    },
    headers: {
      ...headersOf(req, options.originVerify),
      ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
    },
    queryStringParameters: queryOf(url),
    body,
    isBase64Encoded: false,
  });

  server.on('upgrade', (req, socket, head) => {
    // Node removes the HTTP server's own error listener from an upgraded socket: without this, a
    // client resetting its connection while $connect runs would be an uncaught error.
    socket.on('error', (error) => log(`[gateway] upgrade socket: ${(error as Error).message}`));
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname !== '/ws') return refuseUpgrade(socket, 404, 'Not Found');
    const problem = upgradeProblem(req);
    if (problem) {
      log(`[gateway] refused a malformed upgrade (${problem})`);
      return refuseUpgrade(socket, 400, 'Bad Request');
    }
    const connectionId = randomBytes(12).toString('base64url');
    void (async () => {
      const handler = await options.loadHandler(wsContext);
      const invoke = (name: '$connect' | '$disconnect' | '$default', body?: string) =>
        handler(wsEvent(name, connectionId, req, url, body), lambdaContext('chikitsa360-chat')).catch(
          (error) => {
            log(`[gateway] ${name} threw: ${(error as Error).stack}`);
            return undefined;
          },
        );
      const result = await invoke('$connect');
      const status = result?.statusCode ?? 500;
      if (status < 200 || status >= 300) {
        const reason = status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Refused';
        return refuseUpgrade(socket, status, reason);
      }
      if (socket.destroyed) {
        // The client left while $connect ran: API Gateway would still deliver $disconnect.
        void invoke('$disconnect');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        connections.set(connectionId, ws);
        // Oversized frames (ws closes the socket with 1009, as API Gateway does) and protocol errors
        // end only this socket; the 'close' below still runs $disconnect.
        ws.on('error', (error) => log(`[gateway] socket ${connectionId}: ${error.message}`));
        ws.on('message', (data, isBinary) => {
          if (isBinary) return;
          void invoke('$default', data.toString());
        });
        ws.on('close', () => {
          connections.delete(connectionId);
          if (vanished.delete(connectionId)) return;
          void invoke('$disconnect');
        });
      });
    })();
  });

  // ---- Management API (internal port) ----
  const management = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://internal');
    const [, encodedId] = /^\/@connections\/([^/]+)$/.exec(url.pathname) ?? [];
    if (!encodedId) return sendJson(res, 404, { message: 'Not found' });
    const connectionId = decodeURIComponent(encodedId);
    const ws = connections.get(connectionId);
    const gone = () => {
      res.writeHead(410, { 'content-type': 'application/json', 'x-amzn-errortype': 'GoneException' });
      res.end(JSON.stringify({ message: 'Gone' }));
    };
    if (!ws || ws.readyState !== ws.OPEN) return gone();
    if (req.method === 'DELETE') {
      ws.close(1000);
      res.writeHead(204);
      return res.end();
    }
    if (req.method === 'GET') return sendJson(res, 200, { connectedAt: new Date().toISOString() });
    if (req.method !== 'POST') return sendJson(res, 405, { message: 'Method not allowed' });
    readBody(req)
      .then((body) => {
        if (body.length > MAX_WS_FRAME) {
          res.writeHead(413, { 'x-amzn-errortype': 'PayloadTooLargeException' });
          return res.end();
        }
        if (ws.bufferedAmount > maxQueuedBytes) {
          log(`[gateway] ${connectionId} stopped reading (${ws.bufferedAmount} bytes queued): cut`);
          ws.terminate();
          return gone();
        }
        ws.send(body.toString('utf8'));
        res.writeHead(200);
        res.end();
      })
      .catch(() => gone());
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  await new Promise<void>((ok, fail) => {
    management.once('error', fail);
    management.listen(options.managementPort, '127.0.0.1', () => ok());
  });

  return {
    url: origin,
    managementEndpoint: `http://127.0.0.1:${options.managementPort}`,
    connections,
    vanish: (connectionId) => {
      const ws = connections.get(connectionId);
      if (!ws) return;
      vanished.add(connectionId);
      connections.delete(connectionId);
      ws.terminate();
    },
    stop: async () => {
      for (const ws of connections.values()) ws.terminate();
      wss.close();
      await Promise.all(
        [server, management].map(
          (s) =>
            new Promise<void>((ok) => {
              s.closeAllConnections();
              s.close(() => ok());
            }),
        ),
      );
    },
  };
}
