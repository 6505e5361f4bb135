/**
 * Requests must have come through CloudFront, whose WAF rules and rate limits sit in front of the API.
 * API Gateway's own execute-api endpoints stay reachable (CloudFront needs a domain to send to), so
 * CloudFront adds a secret header to every request it forwards to the HTTP and WebSocket APIs, and
 * the HTTP stack and $connect refuse requests without it. The value is generated in Secrets Manager
 * and reaches both sides at deploy time (lib/stacks/api-stack.ts, web-stack.ts); locally the twin's
 * gateway, which stands in for CloudFront, adds it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the request carries the expected header. Throws when no value is configured: a function
 * deployed without one must fail loudly, not serve every request or none.
 */
export function cameThroughEdge(
  headers: Record<string, string | undefined> | undefined,
  expected: string | undefined,
): boolean {
  if (!expected) throw new Error('ORIGIN_VERIFY is not configured');
  const sent = Object.entries(headers ?? {}).find(
    ([name]) => name.toLowerCase() === ORIGIN_VERIFY_HEADER,
  )?.[1];
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first wrong byte.
  return sent !== undefined && timingSafeEqual(digest(sent), digest(expected));
}
