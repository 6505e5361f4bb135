/**
 * A loopback TCP proxy that can hold back a dependency's responses, for fault-injection tests: the
 * request reaches the service (and may well be applied) while its answer arrives late, which is what
 * makes an SDK time out and retry. It can also fail chosen requests: they never reach the service and
 * get a 500 in DynamoDB's error format instead (e.g. every write of an audit event). With no rule it is
 * a plain pass-through. The twin only puts it in front of a service when asked to (`faultProxy`);
 * normal runs talk to the services directly.
 *
 * The SDKs speak HTTP/1.1 with keep-alive and never pipeline, so on one connection the bytes after a
 * request are that request's response: a delay can target one operation (its `x-amz-target`), and a
 * failure can answer a request itself without confusing the responses that follow.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface Slowdown {
  /** Only responses to this operation (e.g. `TransactWriteItems`); all of them when absent. */
  operation?: string;
  /** Only the next N matching responses; unlimited when absent. */
  times?: number;
}

export interface Failure {
  /** Only requests of this operation (e.g. `PutItem`); all of them when absent. */
  operation?: string;
  /** Only requests whose body contains this text (e.g. `"auditEvent"`, an ElectroDB entity name). */
  bodyIncludes: string;
}

export interface FaultProxy {
  endpoint: string;
  /** Holds responses back by `ms` (0: pass-through again). */
  setDelay(ms: number, which?: Slowdown): void;
  /** Fails the matching requests with a 500, until called with null. */
  setFailure(which: Failure | null): void;
  /** How many response chunks (or closes) are being held back right now. */
  held(): number;
  /** The operations (x-amz-target, e.g. `TransactWriteItems`) of requests sent at or after `at` (epoch ms). */
  requestsSince(at: number): string[];
  stop(): Promise<void>;
}

/** Enough history for a test to ask what was sent after a moment; older entries are dropped. */
const REQUEST_LOG_LIMIT = 2000;

const FAILED_BODY = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
  message: 'Injected by the fault proxy',
});
const FAILED_RESPONSE = Buffer.from(
  'HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/x-amz-json-1.0\r\n' +
    `x-amzn-requestid: fault-proxy\r\ncontent-length: ${Buffer.byteLength(FAILED_BODY)}\r\n\r\n${FAILED_BODY}`,
  'latin1',
);
const targets = (head: string, operation: string) =>
  new RegExp(`^x-amz-target: *\\S*\\.${operation}\\r?$`, 'im').test(head);

const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/1\.1\r\n/;

export async function startFaultProxy(options: { port: number; target: number }): Promise<FaultProxy> {
  let rule: { ms: number; operation?: string; remaining: number } = { ms: 0, remaining: Infinity };
  let failure: Failure | null = null;
  let held = 0;
  const requestLog: { at: number; operation: string }[] = [];
  const noteRequest = (head: string) => {
    const operation = /^x-amz-target: *\S*\.(\w+)\r?$/im.exec(head)?.[1] ?? 'unknown';
    requestLog.push({ at: Date.now(), operation });
    if (requestLog.length > REQUEST_LOG_LIMIT) requestLog.shift();
  };
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  };
  const delayFor = (head: string) => {
    if (!rule.ms || rule.remaining <= 0) return 0;
    if (rule.operation && !targets(head, rule.operation)) return 0;
    rule.remaining--;
    return rule.ms;
  };

  const server: Server = createServer((client) => {
    track(client);
    const upstream = connect({ host: '127.0.0.1', port: options.target });
    track(upstream);
    // A refused or dropped upstream resets the caller's connection, as a crashed host would.
    upstream.once('error', () => client.resetAndDestroy());
    client.once('error', () => upstream.destroy());
    client.once('close', () => upstream.destroy());
    let delayMs = 0;
    let releaseAt = 0;
    const release = (action: () => void) => {
      // In order: no chunk (or the close) overtakes the one before it.
      releaseAt = Math.max(Date.now() + delayMs, releaseAt);
      const wait = releaseAt - Date.now();
      if (wait <= 0) return action();
      held++;
      setTimeout(() => {
        held--;
        action();
      }, wait).unref();
    };
    // While a failure rule is set, each request is read whole before it is forwarded or answered here.
    let pending: Buffer | null = null;
    const takeRequests = () => {
      while (pending) {
        const text = pending.toString('latin1');
        const end = text.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = text.slice(0, end);
        const total = end + 4 + Number(/^content-length: *(\d+)/im.exec(head)?.[1] ?? 0);
        if (pending.length < total) return;
        const request = pending.subarray(0, total);
        pending = pending.length > total ? pending.subarray(total) : null;
        const fail =
          failure &&
          (!failure.operation || targets(head, failure.operation)) &&
          request
            .subarray(end + 4)
            .toString('utf8')
            .includes(failure.bodyIncludes);
        noteRequest(head);
        if (fail) client.write(FAILED_RESPONSE);
        else {
          delayMs = delayFor(head);
          upstream.write(request);
        }
      }
    };
    client.on('data', (chunk) => {
      if (failure || pending) {
        pending = pending ? Buffer.concat([pending, chunk]) : chunk;
        takeRequests();
        return;
      }
      const text = chunk.toString('latin1');
      if (REQUEST_LINE.test(text)) {
        const head = text.slice(0, text.indexOf('\r\n\r\n') >>> 0);
        delayMs = delayFor(head);
        noteRequest(head);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => release(() => client.destroyed || client.write(chunk)));
    upstream.once('end', () => release(() => client.end()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    setDelay: (ms, which = {}) => {
      rule = { ms: Math.max(0, ms), operation: which.operation, remaining: which.times ?? Infinity };
    },
    setFailure: (which) => {
      failure = which;
    },
    held: () => held,
    requestsSince: (at) => requestLog.filter((r) => r.at >= at).map((r) => r.operation),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
