/**
 * A small HTTP client for the twin that behaves like a browser on our site: it keeps cookies
 * (respecting Path and Max-Age=0) and sends our Origin on writes.
 */
import { inject } from 'vitest';

/**
 * The twin the helpers talk to: the shared one from global setup, or a test file's own twin once the
 * file calls `useTwin` (module state is per test file, so this never leaks into other files).
 */
let ownTwin: { url: string; mailboxUrl: string } | undefined;
export const currentTwin = () => ownTwin ?? inject('twin');
export const useTwin = (twin: { url: string; mailboxUrl: string }) => {
  ownTwin = twin;
};

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
  /** The body as received (a PDF is not text). */
  bytes: Uint8Array;
}

export class ApiClient {
  readonly cookies = new Map<string, { value: string; path: string }>();

  constructor(
    readonly baseUrl = currentTwin().url,
    readonly origin: string | null = currentTwin().url,
  ) {}

  private cookieHeader(path: string) {
    return [...this.cookies]
      .filter(([, c]) => path.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  private storeCookies(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expired = attrs.some((a) => a.toLowerCase() === 'max-age=0');
      if (expired || !value) this.cookies.delete(name!);
      else this.cookies.set(name!, { value, path });
    }
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options: { headers?: Record<string, string>; raw?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const cookie = this.cookieHeader(path.split('?')[0]!);
    if (cookie) headers.cookie = cookie;
    if (this.origin && method !== 'GET') headers.origin ??= this.origin;
    let payload: string | undefined = options.raw;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body: payload });
    this.storeCookies(response.headers);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = text;
    if (response.headers.get('content-type')?.includes('application/json') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text, bytes };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, { headers });
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/** The error body every 4xx/5xx carries. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, string[]> };
}
