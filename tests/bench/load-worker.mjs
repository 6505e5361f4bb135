// One autocannon run, in its own process so that the load generator does not share an event loop with
// the twin it measures. Plain JS: autocannon ships no types. Usage (from tests/bench/http.ts):
//   node load-worker.mjs <plan.json> <result.json>
// plan: { url, connections, duration?, method, path, headers, bodies?, cookies? }. With `bodies`, each
// request takes the next body (e.g. one free slot per booking) and the run ends when they are used up;
// with `cookies`, request i signs in as cookies[i % cookies.length].
// result: { latencies (ms, every response), statuses { code: n }, errors, timeouts, seconds }.
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const latencies = [];
const statuses = {};
let next = 0;

/** Request i: the next body (never one handed out before) and, with cookies, the next patient. */
function nextRequest(request) {
  const i = next++;
  const headers = plan.cookies
    ? { ...request.headers, cookie: plan.cookies[i % plan.cookies.length] }
    : request.headers;
  // autocannon may build a request more than `amount` and never send it: past the end, reuse the last.
  const body = plan.bodies ? plan.bodies[Math.min(i, plan.bodies.length - 1)] : request.body;
  return { ...request, headers, body };
}

const options = {
  url: plan.url,
  connections: plan.connections,
  timeout: 10,
  requests: [
    {
      method: plan.method,
      path: plan.path,
      headers: plan.headers,
      // Only when needed: autocannon calls a setupRequest key even when it is undefined.
      ...(plan.bodies || plan.cookies ? { setupRequest: nextRequest } : {}),
    },
  ],
  ...(plan.bodies ? { amount: plan.bodies.length } : { duration: plan.duration }),
};

const started = performance.now();
const instance = autocannon(options);
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
const result = await instance;
writeFileSync(
  resultFile,
  JSON.stringify({
    latencies,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: (performance.now() - started) / 1000,
  }),
);
