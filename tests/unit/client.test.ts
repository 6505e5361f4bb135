/**
 * The web's typed client (web/src/lib/client.ts): requests built from the route table and typed by the
 * contract, answers read as JSON or as a file, and every failure as one ApiError. `fetch` is replaced
 * by a recorder; the types are checked by the compiler (`npm run check` type-checks this file).
 */
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { AppointmentPayload, DoctorsPage, HomePayload } from '../../functions/contract/api.ts';
import { type HttpRoute, httpRoutes } from '../../functions/contract/routes.ts';
import { ApiError, api, setUnauthorizedHandler } from '../../web/src/lib/client.ts';
import { baseLocale, getLocale, overwriteGetLocale } from '../../web/src/paraglide/runtime.js';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

/** Answers every request with the next of `answers` (the last one repeats) and records what was sent. */
function fakeFetch(...answers: (() => Response)[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: String(init.method),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
    });
    const answer = answers[Math.min(sent.length, answers.length) - 1];
    if (!answer) throw new Error('no answer');
    return answer();
  });
  vi.stubGlobal('fetch', fetch);
  return sent;
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

const englishLocale = getLocale;
afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(null);
  overwriteGetLocale(englishLocale);
});

describe('the typed client', () => {
  it('builds the path from the route table, encodes parameters and returns the typed answer', async () => {
    const sent = fakeFetch(json(200, { appointment: { id: 'a' }, payment: null }));
    const answer = await api.call('getAppointment', { params: { id: 'a b/c' } });
    expectTypeOf(answer).toEqualTypeOf<AppointmentPayload>();
    expect(answer).toEqual({ appointment: { id: 'a' }, payment: null });
    expect(sent).toEqual([
      expect.objectContaining({ url: '/api/appointments/a%20b%2Fc', method: 'GET', body: undefined }),
    ]);
    expect(sent[0]?.credentials).toBe('same-origin');
    expect(sent[0]?.headers.get('accept')).toBe('application/json');
  });

  it('sends the query, leaving out what is empty, and needs no request where nothing is required', async () => {
    const sent = fakeFetch(json(200, { doctors: [], nextCursor: null }));
    const page = await api.call('searchDoctors', { query: { specialty: 'cardiology', q: '', limit: 12 } });
    expectTypeOf(page).toEqualTypeOf<DoctorsPage>();
    await api.call('searchDoctors');
    expectTypeOf<Awaited<ReturnType<typeof api.call<'home'>>>>().toEqualTypeOf<HomePayload>();
    expect(sent.map((s) => s.url)).toEqual(['/api/doctors?specialty=cardiology&limit=12', '/api/doctors']);
  });

  it('sends the body as JSON, and an empty object on a write that takes none', async () => {
    const sent = fakeFetch(json(201, { appointment: {} }));
    await api.call('book', { body: { slotId: 's1', reason: 'Fever for two days' } });
    await api.call('joinRoom', { params: { id: 'a1' } });
    await api.call('deleteSlot', { params: { slotId: 's1' } });
    expect(sent.map(({ url, method, body }) => ({ url, method, body }))).toEqual([
      { url: '/api/appointments', method: 'POST', body: '{"slotId":"s1","reason":"Fever for two days"}' },
      { url: '/api/appointments/a1/join', method: 'POST', body: '{}' },
      { url: '/api/doctor/slots/s1', method: 'DELETE', body: undefined },
    ]);
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
  });

  it("throws the API's error with its status, code, message and field details", async () => {
    fakeFetch(
      json(400, {
        error: {
          code: 'validation_failed',
          message: 'Some fields are not valid.',
          details: { reason: ['Too short.'] },
        },
      }),
    );
    const error = await api.call('book', { body: { slotId: 's1', reason: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Some fields are not valid.',
    });
    expect((error as ApiError).fieldError('reason')).toBe('Too short.');
  });

  it("says a refusal's fields in the page's language from their issue codes, not the API's English", async () => {
    const refusal = json(400, {
      error: {
        code: 'validation_failed',
        message: 'Some fields are not valid.',
        details: { reason: ['Too short.'], password: ['Add a number.'], slotId: ['Choose a time slot.'] },
        issues: {
          reason: [{ code: 'too_short', min: 10 }],
          password: [{ code: 'password_digit' }],
          slotId: [{ code: 'required' }],
        },
      },
    });
    fakeFetch(refusal);
    overwriteGetLocale(() => 'hi');
    const error = (await api
      .call('book', { body: { slotId: '', reason: 'x' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe('कुछ जानकारी सही नहीं है। जिन खानों पर निशान लगा है, उन्हें ठीक करें।');
    expect(error.fieldError('reason')).toBe('कम से कम 10 अक्षर लिखें।');
    expect(error.fieldError('password')).toBe('एक अंक (0–9) जोड़ें।');
    expect(error.fieldError('slotId')).toBe('यह भरना ज़रूरी है।');
    // English pages keep the API's own, more specific sentences.
    overwriteGetLocale(() => baseLocale);
    fakeFetch(refusal);
    const english = (await api
      .call('book', { body: { slotId: '', reason: 'x' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(english.fieldError('reason')).toBe('Too short.');
  });

  it('turns a lost connection, an answer without an error body and an unreadable answer into ApiErrors', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(api.call('home')).rejects.toMatchObject({ status: 0, code: 'network_error' });
    fakeFetch(() => new Response('Bad gateway', { status: 502 }));
    await expect(api.call('home')).rejects.toMatchObject({ status: 502, code: 'http_502' });
    fakeFetch(() => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expect(api.call('home')).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('renews the session once on a 401 and sends the request again, but never for the sign-in routes', async () => {
    const renew = vi.fn(async () => true);
    setUnauthorizedHandler(renew);
    const sent = fakeFetch(
      json(401, { error: { code: 'unauthorized', message: 'Please sign in.' } }),
      json(200, {}),
    );
    await api.call('getMe');
    expect(sent.map((s) => s.url)).toEqual(['/api/me', '/api/me']);
    expect(renew).toHaveBeenCalledOnce();

    const again = fakeFetch(json(401, { error: { code: 'unauthorized', message: 'Please sign in.' } }));
    await expect(api.call('refresh')).rejects.toMatchObject({ status: 401 });
    expect(again).toHaveLength(1);
    expect(renew).toHaveBeenCalledOnce();
  });

  it('hands a file back as a Blob, and gives a download link for one', async () => {
    fakeFetch(
      () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }),
    );
    const pdf = await api.call('getReceiptPdf', { params: { id: 'a1' } });
    expectTypeOf(pdf).toEqualTypeOf<Blob>();
    expect(await pdf.text()).toBe('%PDF-1.7');
    expect(api.url('adminExportAudit', { query: { action: 'receipt.read', from: undefined } })).toBe(
      '/api/admin/audit.csv?action=receipt.read',
    );
  });

  it('has a path for every operation of the route table', () => {
    for (const route of httpRoutes as readonly HttpRoute[]) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      const params = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      const path = api.url(route.operation as 'getAppointment', { params: params as { id: string } });
      expect(path, route.operation).toBe(route.path.replace(/\{(\w+)\}/g, '%3C$1%3E'));
    }
  });

  it('refuses, at compile time, a request the contract does not allow', () => {
    // Only types are checked here: the calls are never made.
    const typeChecks = () => {
      // @ts-expect-error: the appointment id is required
      void api.call('getAppointment');
      // @ts-expect-error: a booking needs its reason
      void api.call('book', { body: { slotId: 's1' } });
      // @ts-expect-error: not a specialty of the contract
      void api.call('searchDoctors', { query: { specialty: 'astrology' } });
      // @ts-expect-error: no such operation
      void api.call('deleteEverything');
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
