/**
 * CloudFront serves the site over HTTP/2 (and HTTP/3); the twin's gateway speaks HTTP/1.1. Under
 * HTTP/1.1 a browser opens at most six connections to an origin, so a page whose lazy part needs a
 * dozen small script files fetches them in waves, and Lighthouse's simulated slow 4G charges a round
 * trip per wave: on the doctor's page that alone moved LCP from about 1.7 s to 2.4 s. Chromium speaks
 * HTTP/2 only over TLS, so this front is a TLS listener on loopback with a certificate made for the
 * run (openssl), forwarding every request and WebSocket upgrade to the twin as it came. The Origin
 * header is rewritten to the twin's, as the browser would send it to a site served from one origin.
 * For the Lighthouse bench only (the browser is started with --ignore-certificate-errors).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface H2Front {
  /** https://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, valid for a day. */
function loopbackCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chikitsa-bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startH2Front(twinUrl: string): Promise<H2Front> {
  const twin = new URL(twinUrl);
  const port = Number(twin.port);
  const forwarded = (headers: http.IncomingHttpHeaders) => {
    const out: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!name.startsWith(':')) out[name] = value;
    out.host = twin.host;
    if (out.origin) out.origin = twin.origin;
    return out;
  };
  const server = http2.createSecureServer({ ...loopbackCertificate(), allowHTTP1: true });
  const connections = new Set<net.Socket>();
  server.on('secureConnection', (socket: net.Socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
  });
  server.on('request', (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => {
    const upstream = http.request(
      { host: twin.hostname, port, method: req.method, path: req.url, headers: forwarded(req.headers) },
      (answer) => {
        const headers = { ...answer.headers };
        // Connection-specific headers are not allowed in HTTP/2.
        for (const name of ['connection', 'keep-alive', 'transfer-encoding', 'upgrade']) delete headers[name];
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  // WebSockets (the room's relay) come over HTTP/1.1: pass the upgrade and the bytes through.
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const upstream = net.connect(port, twin.hostname, () => {
      const headers = forwarded(req.headers);
      const lines = Object.entries(headers).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}`),
      );
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    const drop = () => {
      socket.destroy();
      upstream.destroy();
    };
    upstream.on('error', drop);
    socket.on('error', drop);
    socket.on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `https://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser may keep its connections open: end them.
        for (const socket of connections) socket.destroy();
      }),
  };
}
