/**
 * Fuzzing every route (issue #10, part 3). For each route of functions/contract/routes.ts (enumerated, so a new route
 * gets fuzzed, and fails until it has a spec below), fast-check sends random and adversarial requests
 * with a valid session of the route's role and our own Origin: wrong types, 100 KB+ bodies, unicode
 * (lone surrogates, RTL, astral letters), `__proto__`/`constructor`/`prototype` keys, negative,
 * enormous and NaN-ish numbers, arrays where objects belong, empty bodies, invalid JSON, bad content
 * types, crafted cursors, and path ids that are unknown, malformed or percent-garbage. Every answer
 * must be below 500, and every 4xx must carry `{ error: { code, message } }`. A request the test
 * built to be invalid (a bad id, a bad body, a bad query value) must be refused. Around each route
 * the whole table is scanned, and nothing may have changed but what a read legitimately writes.
 *
 * It runs against its OWN twin: the table dump must not see other files' writes.
 *
 * FUZZ_RUNS (default 25) is the number of requests per route; a soak:
 *   FUZZ_RUNS=500 npm run test:integration -- fuzz
 * A failure prints fast-check's seed and path; FUZZ_SEED=<seed> replays the same requests.
 */

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldIssueCodes } from '../../functions/contract/errors.ts';
import {
  type AuthRule,
  auditedActions,
  type HttpRoute,
  httpRoutes,
  routeKey,
} from '../../functions/contract/routes.ts';
import { SESSION_COOKIE } from '../../functions/core/cookies.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import type { Twin } from '../../lib/local/twin.ts';
import { type OwnTwin, startOwnTwin } from '../helpers/own-twin.ts';
import { recordableAppointment } from '../helpers/recording.ts';
import { diffItems, entityOf, scanTable, settledTable, type TableItem } from '../helpers/table.ts';
import { registerAndSignIn, signIn, type TestUser } from '../helpers/users.ts';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 25));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** FUZZ_STATS=1 prints how each route answered, to see that the fuzz gets past the first check. */
const STATS = Boolean(process.env.FUZZ_STATS);

// ---------------------------------------------------------------------------------------------
// Adversarial values
// ---------------------------------------------------------------------------------------------

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

const nastyConstants = [
  '',
  ' ',
  '\u0000',
  '\r\n',
  '\t',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u200F\u200E\u200B',
  '\uFEFF',
  '𝒜𝒷𝒸',
  '𐐀𐐨',
  '👩‍⚕️🩺',
  'ﷺ',
  'İı',
  'e\u0301',
  'Ω≈ç√',
  '<img src=x onerror=alert(1)>',
  "' OR '1'='1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection probe, meant literally
  '${jndi:ldap://x}',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  '%',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '-1',
  '0',
  'null',
  'undefined',
  'true',
  'false',
  '[]',
  '{}',
  '[object Object]',
];

const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...nastyConstants),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc
    .tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...LONE_SURROGATES), fc.string({ maxLength: 6 }))
    .map(([a, s, b]) => a + s + b),
);

/** JSON number literals, including ones JSON.parse turns into ±Infinity, -0 or lost precision. */
const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '-1',
    '-0',
    '0',
    '1.5',
    '-1e308',
    '1e308',
    '1e309',
    '-1e309',
    '1E400',
    '9007199254740993',
    '123456789012345678901234567890',
    '1e-400',
    '2147483648',
    '-9223372036854775808',
  ),
  fc.integer().map(String),
  fc.double().map((d) => JSON.stringify(d)), // NaN and ±Infinity become null
);

/** Any JSON value, as text (keys may be `__proto__` & co., values nasty). */
const { value: jsonText } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString.map((s) => JSON.stringify(s)),
    numberText,
    fc.constantFrom('true', 'false', 'null'),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
  object: fc
    .array(
      fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), nastyString), tie('value')),
      {
        maxLength: 4,
      },
    )
    .map(objectText),
}));

function objectText(pairs: readonly (readonly [string, string])[]): string {
  return `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

/** Keys that are not fields of a schema: prototype keys, privilege-sounding keys, garbage. */
const foreignKey = (known: Record<string, unknown>) =>
  fc
    .oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'valueOf',
        'hasOwnProperty',
        '__defineGetter__',
        'isAdmin',
        'role',
        'userId',
        'patientId',
        'doctorId',
        'status',
        'verified',
        '$where',
        '',
      ),
      nastyString,
    )
    .filter((k) => !Object.hasOwn(known, k));

type Kind = 'string' | 'number' | 'boolean' | 'array';

/**
 * Values that are wrong for a field of that kind whatever the field's other rules are. Numbers: every
 * number field of the API is bounded below by 0 or more and above by a safe integer, so negatives,
 * ±Infinity (`1e309`) and 1e308 are out of range everywhere.
 */
const wrongFor: Record<Kind, fc.Arbitrary<string>> = {
  string: fc.oneof(
    numberText,
    fc.constantFrom('true', 'false', 'null', '[]', '{}', '["a"]', '{"__proto__":{"x":1}}'),
    jsonText.filter((t) => !t.startsWith('"')),
  ),
  number: fc.oneof(
    nastyString.map((s) => JSON.stringify(s)),
    fc.constantFrom('"1"', '"NaN"', '"Infinity"', '"1e309"', 'true', 'null', '[]', '[1]', '{}', '-1', '-0.5'),
    fc.constantFrom('1e309', '-1e309', '1e308', '-1e308'),
  ),
  boolean: fc.oneof(
    fc.constantFrom('"true"', '"false"', '0', '1', 'null', '[]', '{}', '[true]', '"yes"'),
    numberText,
    nastyString.map((s) => JSON.stringify(s)),
  ),
  array: fc.oneof(
    nastyString.map((s) => JSON.stringify(s)),
    numberText,
    fc.constantFrom('null', 'true', '{}', '{"0":"2026-01-01","length":1}'),
  ),
};

const hugeString = fc
  .tuple(
    fc.constantFrom('a', 'é', '\u202E', '𝒜', '\uD800', '"\\', '\u0000'),
    fc.integer({ min: 100_000, max: 160_000 }),
  )
  .map(([unit, bytes]) => unit.repeat(Math.ceil(bytes / unit.length)));

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

interface Body {
  text?: string;
  contentType?: string;
  label: string;
}

const JSON_TYPE = 'application/json';
const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  'application/xml',
];

function objectWith(known: Record<string, Kind>, required: fc.Arbitrary<[string, string]>[]) {
  const anyKnown = Object.keys(known).map((k) => fc.tuple(fc.constant(k), jsonText));
  const other = fc.oneof(fc.tuple(foreignKey(known), jsonText), ...anyKnown);
  return fc
    .tuple(fc.array(other, { maxLength: 4 }), fc.tuple(...required))
    .map(([noise, must]) => objectText([...noise, ...must]));
}

/**
 * Bodies that no operation may accept: each one breaks the JSON rules, the content type, the size
 * limit or the schema (an unknown key on a strict schema or where required fields are missing, or a
 * wrong-typed field, always written LAST so a duplicate key cannot override it).
 */
function badBody(known: Record<string, Kind>): fc.Arbitrary<Body> {
  const fields = Object.entries(known);
  const wrongField = fc
    .constantFrom(...fields)
    .chain(([name, kind]) => wrongFor[kind].map((v) => [name, v] as [string, string]));
  const foreignPair = fc.tuple(foreignKey(known), jsonText);
  const schemaBreaking = fc.oneof(objectWith(known, [foreignPair]), objectWith(known, [wrongField]));
  const isJson = (t: string) => {
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  };
  return fc.oneof(
    fc
      .oneof(
        fc.constantFrom(
          '{',
          '}',
          '{"a":}',
          '[1,]',
          "{'a':1}",
          'NaN',
          'undefined',
          '{"a":1}}',
          '\uFEFF{}',
          '{"__proto__":',
          '"unterminated',
          '{"a":1,}',
          '01',
          '+1',
          '.5',
          'Infinity',
          '//{}',
          '{"a":"\\x41"}',
          '"\\ud800"x',
        ),
        nastyString.filter((s) => !isJson(s)),
      )
      .map((text) => ({ text, contentType: JSON_TYPE, label: 'invalid JSON' })),
    fc
      .oneof(
        jsonText.filter((t) => !t.startsWith('{')),
        schemaBreaking.map((o) => `[${o}]`),
      )
      .map((text) => ({ text, contentType: JSON_TYPE, label: 'JSON that is not an object' })),
    schemaBreaking.map((text) => ({ text, contentType: JSON_TYPE, label: 'schema-breaking object' })),
    fc.constantFrom<Body>(
      { text: undefined, contentType: JSON_TYPE, label: 'no body' },
      { text: undefined, label: 'no body, no type' },
      { text: '', contentType: JSON_TYPE, label: 'empty body' },
    ),
    fc
      .tuple(schemaBreaking, fc.constantFrom(...WRONG_TYPES, undefined))
      .map(([text, contentType]) => ({ text, contentType, label: 'wrong content type' })),
    fc.oneof(
      fc.tuple(fc.constantFrom(...fields.map(([k]) => k)), hugeString).map(([k, big]) => ({
        text: objectText([[k, JSON.stringify(big)]]),
        contentType: JSON_TYPE,
        label: 'huge field',
      })),
      hugeString.map((big) => ({ text: big, contentType: JSON_TYPE, label: 'huge junk' })),
      fc.integer({ min: 20_000, max: 30_000 }).map((n) => ({
        text: objectText([[fields[0]![0], `${'['.repeat(n)}${']'.repeat(n)}`]]),
        contentType: JSON_TYPE,
        label: 'deeply nested',
      })),
      fc.constant({
        text: `[${'{"a":1},'.repeat(110_000)}{}]`,
        contentType: JSON_TYPE,
        label: 'most of a megabyte',
      }),
    ),
  );
}

/** Any body at all, for operations that read none (it must be ignored, or refused for its size). */
const anyBody: fc.Arbitrary<Body> = fc.oneof(
  badBody({ x: 'string' }),
  jsonText.map((text) => ({ text, contentType: JSON_TYPE, label: 'JSON' })),
  fc.constant<Body>({ text: undefined, label: 'none' }),
);

const hex = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** encodeURIComponent, except that a lone surrogate becomes its three (ill-formed) UTF-8 bytes. */
function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out +=
      cp >= 0xd800 && cp <= 0xdfff
        ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map(hex).join('')
        : encodeURIComponent(ch);
  }
  return out;
}

/**
 * Path segments that name nothing: unknown but well-formed ids, malformed ids, percent garbage and
 * long ones (a few KB: the request line is capped at 16 KB by the server before any handler runs, and
 * at 10 KB by API Gateway, so 100 KB strings are sent in bodies instead). Not here: `.`, `..` (also as
 * `%2e`) and the empty segment, which URL parsing turns into ANOTHER route's path before the request
 * leaves the client (`/api/appointments/.` is the list), so they would not probe this route at all.
 */
const badSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid().map(encode),
  fc.ulid().map(encode),
  fc.uuid().map((u) => encode(`${u}\u202E`)),
  fc
    .tuple(
      fc.uuid(),
      fc.oneof(
        fc.integer().map(String),
        fc.constantFrom('1e309', 'NaN', '-0', '99999999999999999999999', '0x10', ''),
      ),
    )
    .map(([u, n]) => encode(`${u}_${n}`)),
  fc.constantFrom(
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    'undefined',
    '%5B%5D',
    '%7B%7D',
    '__proto__',
    'constructor',
    'prototype',
    '%00',
    '%',
    '%zz',
    '%ED%A0%80',
    '%FF%FE',
    '%C0%AF',
    '%2F',
    '%2F..%2F',
    '%20',
    '+',
  ),
  nastyString.filter((s) => s.length > 0 && s !== '.' && s !== '..').map(encode),
  fc.integer({ min: 1000, max: 5000 }).map((n) => 'A'.repeat(n)),
);

/** Crafted pagination cursors: garbage, base64 of any JSON, and look-alikes of real ones. */
const cursorValue: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  jsonText.map((t) => Buffer.from(t).toString('base64url')),
  jsonText.map((t) => Buffer.from(t).toString('base64')),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', '__proto__'),
        jsonText,
      ),
      { maxLength: 5 },
    )
    .map((pairs) => Buffer.from(objectText(pairs)).toString('base64url'))
    .chain((inner) =>
      fc.constantFrom(inner, Buffer.from(JSON.stringify({ n: inner })).toString('base64url')),
    ),
  fc.oneof(numberText, jsonText).map((o) => Buffer.from(`{"o":${o}}`).toString('base64url')),
  nastyString.map((s) => Buffer.from(JSON.stringify({ n: s })).toString('base64url')),
);

const queryValue: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  numberText,
  cursorValue,
  fc.integer({ min: 500, max: 2000 }).map((n) => 'q'.repeat(n)),
);

const longer = (n: number) => fc.integer({ min: n + 1, max: n + 500 }).map((k) => 'x'.repeat(k));
const notIn = (valid: readonly string[]) =>
  fc
    .oneof(
      fc.constantFrom(
        '',
        ' ',
        '*',
        '__proto__',
        'constructor',
        'toString',
        'null',
        `${valid[0]} `,
        `${valid[0]},${valid[0]}`,
      ),
      nastyString,
      fc.constantFrom(...valid).map((v) => (v.toUpperCase() === v ? v.toLowerCase() : v.toUpperCase())),
    )
    .filter((v) => !valid.includes(v));
const badLimit = fc.constantFrom(
  '-1',
  '0',
  'NaN',
  'abc',
  '1.5',
  '1e309',
  'Infinity',
  '-Infinity',
  '99999999999999999999',
  '',
  ' ',
  '1,2',
  '[]',
  'null',
  'true',
);
/** Never a fee in paise from 0 to 5000000 ('' and ' ' would read as 0, so they are not here). */
const badFee = fc.constantFrom(
  '-1',
  'abc',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '5000001',
  '99999999999999999999',
  '1,2',
  'null',
);
/** Never a language name: 2 to 30 letters and spaces once trimmed. */
const badLanguage = fc
  .oneof(
    fc.constantFrom('', ' ', 'T', 'Tamil1', '<b>Tamil</b>', 'Tamil;', 'x'.repeat(31), '__proto__'),
    nastyString,
  )
  .filter((v) => !/^[\p{L} ]{2,30}$/u.test(v.trim()));
const badLocalDate = fc.constantFrom(
  '2026-13-01',
  '2026-02-30',
  'tomorrow',
  '20260101',
  '2026-1-1',
  '',
  '9999-99-99',
  '2026-01-01T00:00:00Z',
);
const badInstant = fc.constantFrom(
  'yesterday',
  '2026-01-01',
  '2026-01-01T25:00:00Z',
  '1e309',
  '',
  'NaN',
  '2026-01-01 10:00',
);
const badTimeZone = fc.constantFrom(
  'Mars/Olympus',
  'UTC+99',
  '+25:00',
  'Etc/GMT+14',
  '',
  'Asia/Kolkata,UTC',
  'x'.repeat(65),
);
const badUlid = nastyString.filter((s) => !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(s));
const badUuid = nastyString.filter((s) => !/^[0-9a-f-]{36}$/i.test(s));
const auditFilters = {
  actorId: badUuid,
  subjectId: fc.oneof(
    longer(300),
    nastyString.filter((s) => !/^[\x21-\x7e]{1,300}$/.test(s)),
  ),
  action: notIn(auditedActions),
  from: badInstant,
  to: badInstant,
};

// ---------------------------------------------------------------------------------------------
// What each route reads (the test's own model of the contract)
// ---------------------------------------------------------------------------------------------

interface Fixture {
  sessions: Record<'patient' | 'doctor' | 'admin', TestUser>;
  appointmentId: string;
  recordingId: string;
  doctorId: string;
  bystanderId: string;
  tipId?: string;
  serviceId?: string;
  testimonialId?: string;
  /** The patient's family member. */
  dependantId: string;
}

interface Spec {
  /** The fields of the JSON body the operation reads; absent when it reads no body. */
  body?: Record<string, Kind>;
  /**
   * The query parameters it reads, each with values that are always invalid for it (null when every
   * value might be acceptable, like free text or an opaque cursor).
   */
  query?: Record<string, fc.Arbitrary<string> | null>;
  /** Live ids from the fixture for the path parameters (the caller is a party where that matters). */
  ids?: (f: Fixture) => Record<string, string | undefined>;
  /**
   * Well-formed bodies whose ids name nothing (an unknown slot, appointment, order, recording…): they
   * pass the schema, so they probe the operation itself, which must answer 4xx and write nothing.
   */
  unknownIds?: (f: Fixture) => fc.Arbitrary<string>;
}

const page = { cursor: longer(4000), limit: badLimit };
const appointmentIds = (f: Fixture) => ({ id: f.appointmentId });
const freeText = fc.oneof(fc.constant('A fuzzed but perfectly valid text.'), nastyString);
const alnum = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`));
/** A slot id that parses but names no slot: an unknown doctor, or the fixture's doctor at an odd instant. */
const unknownSlotId = (f: Fixture) =>
  fc.oneof(
    fc.tuple(fc.uuid(), fc.integer({ min: 1, max: 4_102_444_800_000 })).map(([d, t]) => `${d}_${t}`),
    fc.integer({ min: 1, max: 4_102_444_800_000 }).map((t) => `${f.doctorId}_${t * 1000 + 7}`),
  );

// biome-ignore format: one route per entry reads best
const specs: Record<string, Spec> = {
  'GET /api/health': {},
  'GET /api/home': { query: { lang: notIn(['en', 'hi']) } },
  'GET /api/services': { query: { lang: notIn(['en', 'hi']) } },
  'GET /api/testimonials': {},
  'GET /api/health-tips': { query: { lang: notIn(['en', 'hi']) } },
  'GET /api/health-tips/{tipId}': { query: { lang: notIn(['en', 'hi']) }, ids: (f) => ({ tipId: f.tipId }) },
  'POST /api/testimonials': {
    body: { appointmentId: 'string', rating: 'number', content: 'string' },
    unknownIds: () => fc.tuple(fc.uuid(), fc.integer({ min: 1, max: 5 }), freeText).map(([appointmentId, rating, content]) => JSON.stringify({ appointmentId, rating, content })),
  },
  // Nasty strings never make a valid email, so no fuzzed message is stored (the table must not change).
  'POST /api/contact': { body: { name: 'string', email: 'string', topic: 'string', message: 'string', locale: 'string' } },
  'GET /api/specialties': {},
  'GET /api/doctors': {
    query: { q: longer(100), specialty: notIn(['general-medicine', 'cardiology', 'dermatology', 'pediatrics']), date: badLocalDate, language: badLanguage, minFee: badFee, maxFee: badFee, today: notIn(['true', 'false']), sort: notIn(['soonest', 'rating']), cursor: longer(2000), limit: badLimit },
  },
  'GET /api/doctors/{id}': { ids: (f) => ({ id: f.doctorId }) },
  'GET /api/doctors/{id}/ratings': { query: { cursor: longer(2000), limit: badLimit }, ids: (f) => ({ id: f.doctorId }) },
  'POST /api/auth/register': { body: { email: 'string', password: 'string', firstName: 'string', lastName: 'string', role: 'string' } },
  'POST /api/auth/confirm': { body: { email: 'string', code: 'string' } },
  'POST /api/auth/resend-code': { body: { email: 'string' } },
  'POST /api/auth/login': { body: { email: 'string', password: 'string' } },
  'POST /api/auth/refresh': {},
  'POST /api/auth/logout': {},
  'POST /api/auth/forgot-password': { body: { email: 'string' } },
  'POST /api/auth/reset-password': { body: { email: 'string', code: 'string', password: 'string' } },
  'POST /api/auth/mfa': { body: { code: 'string' } },
  'POST /api/auth/mfa/setup': {},
  'POST /api/auth/mfa/verify': { body: { code: 'string' } },
  'GET /api/me': {},
  'PATCH /api/me': {
    body: { firstName: 'string', lastName: 'string', phone: 'string', address: 'string', dateOfBirth: 'string', timeZone: 'string' },
  },
  'PATCH /api/me/doctor-profile': {
    body: { specialty: 'string', registrationNumber: 'string', experienceYears: 'number', bio: 'string', feeRupees: 'number', education: 'string', hospital: 'string', languages: 'array', available: 'boolean' },
  },
  'GET /api/me/dependants': {},
  'POST /api/me/dependants': { body: { name: 'string', dateOfBirth: 'string', sex: 'string', relationship: 'string' } },
  'PATCH /api/me/dependants/{dependantId}': {
    body: { name: 'string', dateOfBirth: 'string', sex: 'string', relationship: 'string' },
    ids: (f) => ({ dependantId: f.dependantId }),
  },
  // No live id: a valid DELETE of the fixture's family member would be a real removal.
  'DELETE /api/me/dependants/{dependantId}': {},
  // Reads the caller's own records; its only write is its audit event (then 429 after three a day).
  'GET /api/me/export': {},
  // Every fuzzed body breaks the schema, so no password is ever checked and nothing is erased.
  'POST /api/me/erase': { body: { password: 'string', code: 'string' } },
  'GET /api/doctor/slots': { query: { from: badLocalDate, to: badLocalDate, tz: badTimeZone } },
  'POST /api/doctor/slots': { body: { dates: 'array', startTime: 'string', endTime: 'string', durationMinutes: 'number', timeZone: 'string' } },
  'DELETE /api/doctor/slots/{slotId}': {},
  'GET /api/doctor/schedule': {},
  'PUT /api/doctor/schedule': { body: { slotMinutes: 'number', windows: 'array', breaks: 'array', leaveDates: 'array', timeZone: 'string' } },
  'POST /api/appointments': {
    body: { slotId: 'string', reason: 'string', dependantId: 'string' },
    unknownIds: (f) => fc.tuple(unknownSlotId(f), freeText).map(([slotId, reason]) => JSON.stringify({ slotId, reason })),
  },
  'GET /api/appointments': { query: { scope: notIn(['upcoming', 'past', 'today']), tz: badTimeZone, cursor: longer(2000), limit: badLimit } },
  'GET /api/appointments/{id}': { ids: appointmentIds },
  'PATCH /api/appointments/{id}': { body: { status: 'string', notes: 'string', recordingEnabled: 'boolean' }, ids: appointmentIds },
  'POST /api/appointments/{id}/follow-up': {
    body: { slotId: 'string', reason: 'string' },
    ids: appointmentIds,
    unknownIds: (f) => fc.tuple(unknownSlotId(f), freeText).map(([slotId, reason]) => JSON.stringify({ slotId, reason })),
  },
  'GET /api/appointments/{id}/record': { ids: appointmentIds },
  'GET /api/appointments/{id}/rating': { ids: appointmentIds },
  // The fixture's visit is not completed: a valid rating is refused (409) and writes nothing.
  'PUT /api/appointments/{id}/rating': { body: { stars: 'number', comment: 'string' }, ids: appointmentIds },
  'POST /api/doctor/ratings/{ratingId}/reply': { body: { text: 'string' } },
  'POST /api/appointments/{id}/cancel': { body: { reason: 'string' }, ids: appointmentIds },
  'POST /api/appointments/{id}/reschedule': {
    body: { slotId: 'string' },
    ids: appointmentIds,
    unknownIds: (f) => unknownSlotId(f).map((slotId) => JSON.stringify({ slotId })),
  },
  'GET /api/appointments/{id}/calendar.ics': { ids: appointmentIds },
  'POST /api/appointments/{id}/payment': {},
  'POST /api/payments/verify': {
    body: { orderId: 'string', paymentId: 'string', signature: 'string' },
    unknownIds: () =>
      fc.tuple(alnum(6, 40), alnum(6, 40), fc.stringMatching(/^[0-9a-f]{64}$/)).map(([o, p, signature]) => JSON.stringify({ orderId: `order_${o}`, paymentId: `pay_${p}`, signature })),
  },
  'POST /api/payments/webhook': {},
  'GET /api/receipts/{id}': { ids: appointmentIds },
  'GET /api/receipts/{id}/pdf': { ids: appointmentIds },
  'POST /api/appointments/{id}/join': {},
  'GET /api/appointments/{id}/messages': { query: { before: badUlid, limit: badLimit }, ids: appointmentIds },
  'POST /api/appointments/{id}/recordings': {
    body: { recordingId: 'string', seq: 'number' },
    ids: appointmentIds,
    unknownIds: () => fc.tuple(fc.ulid(), fc.integer({ min: 0, max: 3 })).map(([recordingId, seq]) => JSON.stringify({ recordingId, seq })),
  },
  'POST /api/appointments/{id}/recording-consent': { body: { consent: 'string' }, ids: appointmentIds },
  'POST /api/appointments/{id}/recordings/{recordingId}/finish': {
    body: { durationMs: 'number' },
    ids: (f) => ({ id: f.appointmentId, recordingId: f.recordingId }),
  },
  'GET /api/appointments/{id}/transcription': { ids: appointmentIds },
  'GET /api/medicines': { query: { q: null, limit: badLimit } },
  'GET /api/appointments/{id}/prescriptions': { ids: appointmentIds },
  'PUT /api/appointments/{id}/prescriptions/draft': {
    body: { chiefComplaints: 'string', relevantFindings: 'string', provisionalDiagnosis: 'string', investigationsAdvised: 'string', medicines: 'array', advice: 'string', followUpDate: 'string' },
    ids: appointmentIds,
  },
  // No draft exists in the fixture, so even a well-formed signature stops at "no draft" before Cognito.
  'POST /api/appointments/{id}/prescriptions/issue': { body: { password: 'string', code: 'string' }, ids: appointmentIds },
  'GET /api/appointments/{id}/prescriptions/{version}': { ids: (f) => ({ id: f.appointmentId, version: '1' }) },
  'GET /api/appointments/{id}/prescriptions/{version}/pdf': { ids: (f) => ({ id: f.appointmentId, version: '1' }) },
  'GET /api/appointments/{id}/documents': { ids: appointmentIds },
  'POST /api/appointments/{id}/documents': { body: { fileName: 'string', contentType: 'string', size: 'number' }, ids: appointmentIds },
  'GET /api/appointments/{id}/documents/{documentId}/link': { ids: appointmentIds },
  // No live id: a valid DELETE of a document would be a real removal.
  'DELETE /api/appointments/{id}/documents/{documentId}': {},
  'GET /api/me/verification-documents': {},
  'POST /api/me/verification-documents': { body: { fileName: 'string', contentType: 'string', size: 'number', kind: 'string' } },
  'POST /api/me/photo-uploads': { body: { contentType: 'string', size: 'number' } },
  // No live upload id: a valid publish would be a real one. The fuzzing doctor has no photo, so a
  // removal has nothing to write.
  'POST /api/me/photo-uploads/{uploadId}/publish': {},
  'DELETE /api/me/photo': {},
  'GET /api/admin/doctors/{userId}/documents': { ids: (f) => ({ userId: f.doctorId }) },
  'GET /api/admin/doctors/{userId}/documents/{documentId}/link': { ids: (f) => ({ userId: f.doctorId }) },
  'GET /api/me/health-records': { query: { person: badUlid.filter((v) => v !== 'self'), ...page } },
  'GET /api/admin/stats': {},
  'GET /api/admin/users': { query: { directory: notIn(['patient', 'admin', 'doctor-pending', 'doctor-verified', 'doctor-rejected', 'doctor-disabled']), ...page } },
  'GET /api/admin/users/{userId}': { ids: (f) => ({ userId: f.bystanderId }) },
  'POST /api/admin/users/{userId}/status': { body: { disabled: 'boolean', cancelAppointments: 'boolean', reason: 'string' }, ids: (f) => ({ userId: f.bystanderId }) },
  'GET /api/admin/user-search': { query: { q: longer(254), ...page } },
  'PATCH /api/admin/users/{userId}': {
    body: { firstName: 'string', lastName: 'string', phone: 'string', address: 'string', locale: 'string', experienceYears: 'number', feeRupees: 'number', languages: 'array', available: 'boolean' },
    ids: (f) => ({ userId: f.bystanderId }),
  },
  'POST /api/admin/doctors/{userId}/featured': { body: { featured: 'boolean' }, ids: (f) => ({ userId: f.doctorId }) },
  'POST /api/admin/doctors/{userId}/verification': { body: { decision: 'string', note: 'string' }, ids: (f) => ({ userId: f.doctorId }) },
  'GET /api/admin/appointments': {
    query: { status: notIn(['REQUESTED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW']), from: badInstant, to: badInstant, ...page },
  },
  'GET /api/admin/appointments/{appointmentId}': { ids: (f) => ({ appointmentId: f.appointmentId }) },
  'POST /api/admin/appointments/{appointmentId}/cancel': { body: { reason: 'string' }, ids: (f) => ({ appointmentId: f.appointmentId }) },
  'GET /api/admin/contact-messages': { query: page },
  'GET /api/admin/payments': { query: { status: notIn(['PENDING', 'COMPLETED', 'FAILED', 'REFUNDED']), ...page } },
  'GET /api/admin/services': {},
  'POST /api/admin/services': { body: { name: 'string', description: 'string', nameHi: 'string', descriptionHi: 'string', icon: 'string', active: 'boolean' } },
  'POST /api/admin/services/order': {
    body: { ids: 'array' },
    unknownIds: () => fc.array(fc.ulid(), { minLength: 1, maxLength: 8 }).map((ids) => JSON.stringify({ ids })),
  },
  'PATCH /api/admin/services/{serviceId}': {
    body: { name: 'string', description: 'string', nameHi: 'string', descriptionHi: 'string', icon: 'string', active: 'boolean' },
    ids: (f) => ({ serviceId: f.serviceId }),
  },
  'DELETE /api/admin/services/{serviceId}': {},
  'GET /api/admin/health-tips': {},
  'POST /api/admin/health-tips': { body: { title: 'string', content: 'string', titleHi: 'string', contentHi: 'string', imageUrl: 'string', featured: 'boolean' } },
  'PATCH /api/admin/health-tips/{tipId}': {
    body: { title: 'string', content: 'string', titleHi: 'string', contentHi: 'string', imageUrl: 'string', featured: 'boolean' },
    ids: (f) => ({ tipId: f.tipId }),
  },
  'DELETE /api/admin/health-tips/{tipId}': {},
  'GET /api/admin/ratings': { query: page },
  'PATCH /api/admin/ratings/{ratingId}': { body: { decision: 'string', revision: 'number' } },
  'GET /api/admin/testimonials': { query: { state: notIn(['pending', 'approved']) } },
  'POST /api/admin/testimonials': { body: { name: 'string', content: 'string', rating: 'number', imageUrl: 'string', featured: 'boolean' } },
  'PATCH /api/admin/testimonials/{testimonialId}': {
    body: { approved: 'boolean', featured: 'boolean', imageUrl: 'string' },
    ids: (f) => ({ testimonialId: f.testimonialId }),
  },
  'DELETE /api/admin/testimonials/{testimonialId}': {},
  'GET /api/admin/transcriptions': { query: { status: notIn(['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED']), ...page } },
  'POST /api/admin/transcriptions/{appointmentId}/retry': {},
  'POST /api/admin/payments/{appointmentId}/refund': {},
  'GET /api/admin/audit': { query: { ...auditFilters, ...page } },
  'GET /api/admin/audit.csv': { query: auditFilters },
};

/**
 * The only write a READ may make: its own audit event, on the routes the route table audits
 * (functions/contract/routes.ts `audit`), by one of the fixture's callers. Nothing else may change in the table while
 * a route is fuzzed, and a refused request writes no event at all.
 */
const writesOnRead = (route: HttpRoute, item: TableItem) =>
  route.method === 'GET' &&
  'action' in route.audit &&
  entityOf(item) === 'auditEvent' &&
  item.action === route.audit.action &&
  Object.values(fixture.sessions).some((s) => s.userId === item.actorId);

/** Who calls: a valid session of the route's role (a party of the fixture's appointment on party routes). */
const callersFor: Record<AuthRule, readonly (keyof Fixture['sessions'] | null)[]> = {
  public: [null, 'patient'],
  webhook: [null],
  user: ['patient', 'doctor', 'admin'],
  patient: ['patient'],
  doctor: ['doctor'],
  admin: ['admin'],
  party: ['patient', 'doctor'],
  patientParty: ['patient'],
  doctorParty: ['doctor'],
};

interface Case {
  caller: keyof Fixture['sessions'] | null;
  url: string;
  body: Body;
  headers: Record<string, string>;
  /** Why this request must be refused; empty when it may succeed. */
  invalid: string[];
}

function caseFor(route: HttpRoute, spec: Spec, f: Fixture): fc.Arbitrary<Case> {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const live = spec.ids?.(f) ?? {};
  const isRead = route.method === 'GET';
  // A live id may be combined only with a request that is invalid in another way: a write that reads
  // no body would otherwise simply succeed (delete a slot, start a payment, retry a transcription).
  const mayUseLive = isRead || Boolean(spec.body);
  const segment = (name: string) =>
    mayUseLive && live[name]
      ? fc.oneof(
          fc.constant({ text: encode(live[name]!), bad: false }),
          badSegment.map((text) => ({ text, bad: true })),
        )
      : badSegment.map((text) => ({ text, bad: true }));

  const known = Object.entries(spec.query ?? {});
  const queryPair = fc.oneof(
    ...known.map(([k, bad]) =>
      bad
        ? fc.oneof(
            bad.map((v) => ({ pair: `${encode(k)}=${encode(v)}`, bad: k })),
            queryValue.map((v) => ({ pair: `${encode(k)}=${encode(v)}`, bad: '' })),
          )
        : queryValue.map((v) => ({ pair: `${encode(k)}=${encode(v)}`, bad: '' })),
    ),
    fc
      .tuple(foreignKey(spec.query ?? {}), queryValue)
      .map(([k, v]) => ({ pair: `${encode(k)}=${encode(v)}`, bad: '' })),
    fc
      .constantFrom('', '&', '=', '==', '%zz=%', 'a=%ED%A0%80', '%FF', 'a', 'a[]=1', 'a[b]=2')
      .map((pair) => ({ pair, bad: '' })),
  );
  const unknown = spec
    .unknownIds?.(f)
    .map((text): Body => ({ text, contentType: JSON_TYPE, label: 'an id in the body that names nothing' }));
  const body: fc.Arbitrary<Body> = isRead
    ? fc.constant({ label: 'none' })
    : spec.body
      ? unknown
        ? fc.oneof(badBody(spec.body), unknown)
        : badBody(spec.body)
      : anyBody;
  const signature = fc.oneof(
    fc.stringMatching(/^[0-9a-f]{64}$/),
    fc.string({ unit: 'grapheme-ascii', maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  );

  return fc
    .record({
      caller: fc.constantFrom(...callersFor[route.auth]),
      segments: fc.tuple(...params.map(segment)),
      query: fc.array(queryPair, { maxLength: 4 }),
      body,
      signature,
      eventId: fc
        .string({ unit: 'grapheme-ascii', maxLength: 40 })
        .map((s) => s.replace(/[^\x21-\x7e]/g, '')),
    })
    .map(({ caller, segments, query, body, signature, eventId }): Case => {
      let i = 0;
      const path = route.path.replace(/\{\w+\}/g, () => segments[i++]!.text);
      // Keep the request line well under the server's header limit (see badSegment).
      const pairs = [...query];
      while (pairs.map((p) => p.pair).join('&').length > 6000) pairs.pop();
      const invalid = [
        ...(segments.some((s) => s.bad) ? ['an id that names nothing'] : []),
        ...pairs.filter((p) => p.bad).map((p) => `a bad ${p.bad}`),
        ...(spec.body ? [body.label] : []),
        ...(route.auth === 'webhook' ? ['no valid signature'] : []),
        ...(route.operation === 'refresh' ? ['no refresh cookie'] : []),
      ];
      const headers: Record<string, string> = {};
      if (route.auth === 'webhook') {
        headers['x-razorpay-signature'] = signature;
        if (eventId) headers['x-razorpay-event-id'] = eventId;
      }
      const c: Case = {
        caller,
        url: pairs.length ? `${path}?${pairs.map((p) => p.pair).join('&')}` : path,
        body,
        headers,
        invalid,
      };
      return Object.assign(c, {
        // fast-check prints counterexamples with this: keep 100 KB bodies out of the report.
        [fc.toStringMethod]: () =>
          `${route.method} ${c.url.slice(0, 300)} as ${caller ?? 'anonymous'}; body (${body.label}, ${body.contentType ?? 'no type'}, ${body.text?.length ?? 0} chars): ${JSON.stringify(body.text?.slice(0, 300) ?? null)}`,
      });
    });
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

let twin: Twin;
let fixture: Fixture;
let own: OwnTwin | undefined;
let signedInAt = 0;

beforeAll(async () => {
  own = await startOwnTwin('fuzz');
  twin = own.twin;

  const booked = await recordableAppointment(5, { doctor: 'Fuzz', patient: 'Fuzz' });
  const presigned = await booked.doctor.client.post(`/api/appointments/${booked.appointmentId}/recordings`, {
    seq: 0,
  });
  expect(presigned.status, presigned.text).toBe(200);
  const admin = await signIn(demoPeople.admin.email);
  const bystander = await registerAndSignIn('patient');
  const family = await booked.patient.client.post('/api/me/dependants', {
    name: 'फ़ज़ बच्चा',
    dateOfBirth: '2020-01-02',
    sex: 'other',
    relationship: 'child',
  });
  expect(family.status, family.text).toBe(201);
  const firstId = async (path: string, key: string) =>
    ((await admin.client.get(path)).body[key] as { id: string }[] | undefined)?.[0]?.id;
  fixture = {
    sessions: { patient: booked.patient, doctor: booked.doctor, admin },
    appointmentId: booked.appointmentId,
    recordingId: presigned.body.recordingId,
    doctorId: booked.doctor.userId,
    bystanderId: bystander.userId,
    tipId: await firstId('/api/admin/health-tips', 'healthTips'),
    serviceId: await firstId('/api/admin/services', 'services'),
    testimonialId: await firstId('/api/admin/testimonials?state=approved', 'testimonials'),
    dependantId: family.body.dependant.id,
  };
  signedInAt = Date.now();
}, 180_000);

afterAll(async () => {
  await own?.stop();
});

/** Id tokens live 15 minutes; a long soak signs everyone in again now and then (outside any snapshot). */
async function freshSessions() {
  if (Date.now() - signedInAt < 8 * 60_000) return;
  for (const user of Object.values(fixture.sessions)) await signIn(user.email, user.password, user.client);
  signedInAt = Date.now();
}

async function send(c: Case, method: string) {
  const headers: Record<string, string> = { origin: twin.url, ...c.headers };
  const user = c.caller ? fixture.sessions[c.caller] : null;
  if (user) headers.cookie = `${SESSION_COOKIE}=${user.client.cookies.get(SESSION_COOKIE)!.value}`;
  if (c.body.contentType) headers['content-type'] = c.body.contentType;
  const res = await fetch(twin.url + c.url, { method, headers, body: c.body.text, redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** The fields of `details` without a known issue code in `issues`, said as a problem, or null. */
function untranslatableFields(details: unknown, issues: unknown): string | null {
  if (details === undefined) return null;
  const known = new Set<string>(fieldIssueCodes);
  const coded = (issues ?? {}) as Record<string, { code?: unknown }[] | undefined>;
  const missing = Object.keys(details as object).filter(
    (field) => !coded[field]?.length || !coded[field].every((issue) => known.has(String(issue.code))),
  );
  return missing.length ? `fields without issue codes: ${missing.join(', ')}` : null;
}

/** What is wrong with an answer, or null. */
function judge(route: HttpRoute, c: Case, res: { status: number; type: string; text: string }) {
  if (res.status >= 500) return `server error ${res.status}`;
  if (res.status < 400) {
    if (c.invalid.length) return `accepted (${res.status}) a request with ${c.invalid.join(', ')}`;
    return null;
  }
  let body:
    | { error?: { code?: unknown; message?: unknown; details?: unknown; issues?: unknown } }
    | undefined;
  try {
    body = res.type.includes('application/json') ? JSON.parse(res.text) : undefined;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  if (typeof error?.code !== 'string' || !error.code || typeof error.message !== 'string' || !error.message)
    return `${res.status} without the {error:{code,message}} shape`;
  // Every refused field is also said as codes, so a page in another language can say it (not the English).
  const unphrased = untranslatableFields(error.details, error.issues);
  if (unphrased) return `${res.status} ${error.code}: ${unphrased}`;
  // The caller had a valid session of the right role and our Origin: the route must not refuse it as such.
  if ((res.status === 401 || res.status === 403) && !['public', 'webhook'].includes(route.auth))
    return `refused a valid caller (${res.status} ${error.code})`;
  return null;
}

describe('fuzzing every route', () => {
  it('has a fuzz spec for every route in the table, and none for routes that are gone', () => {
    const keys = httpRoutes.map(routeKey);
    expect(
      keys.filter((k) => !specs[k]),
      'routes without a fuzz spec',
    ).toEqual([]);
    expect(
      Object.keys(specs).filter((k) => !keys.includes(k)),
      'specs for routes that do not exist',
    ).toEqual([]);
  });

  it('keeps refusing the inputs it once found answered with a 500 or accepted', async () => {
    // Each of these was a 500 (tampered page cursors reached the SDK or DynamoDB as ExclusiveStartKey)
    // or a 200 (Feb 30 passed the search's date check) before the fixes that came with this file.
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    const tampered = [
      '"\t"',
      '{"pk":[123456789012345678901234567890]}',
      '{"pk":"x","sk":"y"}',
      '{"gsi1pk":1}',
      '[]',
    ];
    const requests: [keyof Fixture['sessions'] | null, string][] = [
      [null, '/api/doctors?date=2026-02-30'],
      [null, '/api/doctors?minFee=60000&maxFee=50000'],
      [null, '/api/doctors?today=true&date=2026-12-31'],
      ...tampered.flatMap((t): [keyof Fixture['sessions'] | null, string][] => [
        [null, `/api/doctors?cursor=${b64(JSON.stringify({ n: b64(t) }))}`],
        [null, `/api/doctors?specialty=cardiology&cursor=${b64(JSON.stringify({ n: b64(t) }))}`],
        ['patient', `/api/appointments?cursor=${b64(t)}`],
        ...['users', 'appointments', 'payments', 'transcriptions'].map(
          (list): [keyof Fixture['sessions'], string] => ['admin', `/api/admin/${list}?cursor=${b64(t)}`],
        ),
        ['admin', `/api/admin/audit?subjectId=${fixture.appointmentId}&cursor=${b64(t)}`],
      ]),
    ];
    const wrong: string[] = [];
    for (const [caller, url] of requests) {
      const res = await send({ caller, url, body: { label: 'none' }, headers: {}, invalid: [] }, 'GET');
      if (res.status !== 400)
        wrong.push(`${url} as ${caller ?? 'anonymous'}: ${res.status} ${res.text.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const route of httpRoutes as readonly HttpRoute[]) {
    const key = routeKey(route);
    it(
      `${key} never answers 5xx, refuses what is invalid, and writes nothing`,
      async () => {
        const spec = specs[key];
        expect(spec, `no fuzz spec for ${key}`).toBeDefined();
        await freshSessions();
        const before = await settledTable();
        const answers = new Map<string, number>();
        await fc.assert(
          fc.asyncProperty(caseFor(route, spec!, fixture), async (c) => {
            const res = await send(c, route.method);
            const code = /"code":"(\w+)"/.exec(res.text)?.[1] ?? '';
            answers.set(`${res.status} ${code}`, (answers.get(`${res.status} ${code}`) ?? 0) + 1);
            const problem = judge(route, c, res);
            if (problem) throw new Error(`${problem}: ${res.text.slice(0, 300)}`);
          }),
          { numRuns: RUNS, seed: SEED },
        );
        if (STATS) console.log(key, Object.fromEntries([...answers].sort((a, b) => b[1] - a[1])));
        const after = await scanTable();
        const diff = diffItems(before, after);
        const legit = (i: TableItem) => writesOnRead(route, i);
        const show = (i: TableItem) => `${entityOf(i)} ${i.pk} ${i.sk}`;
        expect(diff.added.filter((i) => !legit(i)).map(show), 'items added').toEqual([]);
        expect(diff.removed.map(show), 'items removed').toEqual([]);
        expect(
          diff.changed.map((d) => show(d.after)),
          'items changed',
        ).toEqual([]);
      },
      60_000 + RUNS * 1_500,
    );
  }
});

// ---------------------------------------------------------------------------------------------
// Stored values back through every renderer; cookies, Origin and validly signed webhooks
// ---------------------------------------------------------------------------------------------

/**
 * Text as it may be STORED, not only as the API accepts it today: records written before a rule
 * existed, or through a path that skipped it (a SignUp straight to Cognito did, issue 14). Any
 * Unicode, markup, CR/LF and header-injection attempts, long runs.
 */
const storedText: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  fc.constantFrom(
    'Asha\r\nBcc: victim@evil.example',
    'Asha\nSubject: you won',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'प्रिया शर्मा',
    'பிரியா',
    'প্রিয়া',
    'ప్రియ',
    '王小明',
    'Nguyễn Łukasz',
    'a\u0000b',
    '\u202Eevil',
    'A'.repeat(1500),
    'क्ष'.repeat(300),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const nonEmpty = (s: string) => (s.length ? s : 'x');

describe('stored values through every renderer', () => {
  /** The fixture's appointment and receipt as stored, put back after each test. */
  async function withStoredValues(run: (set: (values: StoredValues) => Promise<void>) => Promise<void>) {
    const { entities } = await import('../../functions/core/db/index.ts');
    const id = { appointmentId: fixture.appointmentId };
    const appointment = (await entities().appointment.get(id).go()).data!;
    const receipt = (await entities().receipt.get(id).go()).data!;
    const set = async (v: StoredValues) => {
      await entities()
        .appointment.patch(id)
        .set({ patientName: v.patientName, doctorName: v.doctorName, reason: v.reason, notes: v.notes })
        .go();
      await entities().receipt.patch(id).set({ patientName: v.patientName, doctorName: v.doctorName }).go();
    };
    try {
      await run(set);
    } finally {
      // ElectroDB's put of the items as read restores every attribute (and drops a note that was not there).
      await entities().appointment.put(appointment).go();
      await entities().receipt.put(receipt).go();
    }
  }

  interface StoredValues {
    patientName: string;
    doctorName: string;
    reason: string;
    notes: string;
  }
  const storedValues = fc.record({
    patientName: storedText.map(nonEmpty),
    doctorName: storedText.map(nonEmpty),
    reason: storedText.map(nonEmpty),
    notes: storedText,
  });
  const runs = Math.min(RUNS, 15);

  it(
    'renders receipt PDFs and the API views of any stored name, reason or note, without a 5xx',
    async () => {
      const { readPdf } = await import('../helpers/pdf.ts');
      await withStoredValues(async (set) => {
        await fc.assert(
          fc.asyncProperty(storedValues, async (v) => {
            await set(v);
            const { patient, doctor, admin } = fixture.sessions;
            const pdf = await patient.client.get(`/api/receipts/${fixture.appointmentId}/pdf`);
            expect(pdf.status, pdf.text.slice(0, 200)).toBe(200);
            const facts = await readPdf(pdf.bytes);
            expect(facts.pages).toBe(1);
            for (const f of facts.fonts) expect(f.embedded, f.baseFont).toBe(true);
            // What the PDF says it shows is the stored text (a lone surrogate cannot survive UTF-16 text).
            if (v.patientName.isWellFormed()) expect(facts.texts).toContain(v.patientName);

            const views = [
              await patient.client.get(`/api/receipts/${fixture.appointmentId}`),
              await patient.client.get(`/api/appointments/${fixture.appointmentId}`),
              await doctor.client.get(`/api/appointments/${fixture.appointmentId}`),
              await admin.client.get(`/api/admin/appointments/${fixture.appointmentId}`),
              await patient.client.get('/api/appointments?scope=upcoming'),
              await doctor.client.get('/api/appointments?scope=upcoming'),
            ];
            for (const view of views) expect(view.status, view.text.slice(0, 200)).toBe(200);
            expect(views[0]!.body.receipt.patientName).toBe(v.patientName);
          }),
          { numRuns: runs, seed: SEED },
        );
      });
    },
    120_000 + RUNS * 4_000,
  );

  it(
    'renders prescription PDFs of any stored text in every field, with the text extractable',
    async () => {
      const { readPdf } = await import('../helpers/pdf.ts');
      const { prescriptionPdf } = await import('../../functions/prescriptions/pdf.ts');
      const medicineOf = fc.record({
        name: storedText.map(nonEmpty),
        generic: storedText,
        strength: storedText,
        form: storedText,
        dose: storedText,
        frequency: storedText,
        duration: storedText,
        instructions: storedText,
        inCatalogue: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            text: storedText,
            name: storedText.map(nonEmpty),
            status: fc.constantFrom('DRAFT', 'ISSUED', 'SUPERSEDED' as const),
            medicines: fc.array(medicineOf, { minLength: 1, maxLength: 4 }),
            locale: fc.constantFrom('en', 'hi' as const),
            sex: fc.constantFrom('female', 'male', 'other', null),
          }),
          async (v) => {
            const bytes = await prescriptionPdf(
              {
                appointmentId: fixture.appointmentId,
                version: 2,
                number: 'RX-2026-000001',
                status: v.status as 'DRAFT' | 'ISSUED' | 'SUPERSEDED',
                issuedAt: new Date().toISOString(),
                supersedes: 1,
                supersededBy: 3,
                consultation: 'first',
                chiefComplaints: v.text,
                relevantFindings: v.text,
                provisionalDiagnosis: v.text,
                investigationsAdvised: v.text,
                medicines: v.medicines.map((m) => ({ ...m, catalogueId: null, tpgList: null })),
                advice: v.text,
                followUpDate: null,
                doctor: { name: v.name, qualification: v.text, registrationNumber: v.text, council: v.text },
                patient: { name: v.name, ageMonths: 34 * 12 + 5, sex: v.sex },
                consultedAt: new Date().toISOString(),
                timeZone: 'Asia/Kolkata',
                updatedAt: new Date().toISOString(),
              },
              v.locale,
            );
            const facts = await readPdf(bytes);
            for (const f of facts.fonts) expect(f.embedded, f.baseFont).toBe(true);
            if (v.name.isWellFormed() && !/\s/.test(v.name)) expect(facts.texts).toContain(v.name);
          },
        ),
        { numRuns: runs, seed: SEED },
      );
    },
    120_000 + RUNS * 4_000,
  );

  it(
    'emails any stored name or reason with one recipient, a one-line subject and the markup escaped',
    async () => {
      const { entities } = await import('../../functions/core/db/index.ts');
      const { sendBookingReceived } = await import('../../functions/appointments/notifications.ts');
      const { sendPaymentConfirmation } = await import('../../functions/payments/notifications.ts');
      const { readMailbox } = await import('../../lib/local/ses.ts');
      const id = { appointmentId: fixture.appointmentId };
      const stored = (await entities().appointment.get(id).go()).data!;
      const receipt = (await entities().receipt.get(id).go()).data!;
      const patient = (await entities().user.get({ userId: stored.patientId }).go()).data!;
      const doctor = (await entities().user.get({ userId: stored.doctorId }).go()).data!;
      let n = 0;
      await fc.assert(
        fc.asyncProperty(storedValues, async (v) => {
          n += 1;
          const to = (who: string) => `render-${who}-${n}-${Date.now()}@test.chikitsa360.local`;
          const people = {
            patient: { ...patient, email: to('patient'), firstName: v.patientName },
            doctor: { ...doctor, email: to('doctor'), lastName: v.doctorName },
          };
          const a = { ...stored, ...v };
          await sendBookingReceived(a, people.patient, people.doctor);
          await sendPaymentConfirmation(
            a,
            { ...receipt, patientName: v.patientName, doctorName: v.doctorName },
            people.doctor,
            people.patient,
          );
          const mails = (await readMailbox(twin.mailboxUrl)).filter((m) =>
            [people.patient.email, people.doctor.email].some((address) => m.destination.to.includes(address)),
          );
          // Two emails each: every one arrived (SES refuses a subject with a line break; the send is not fatal, the email would be lost).
          expect(mails).toHaveLength(4);
          for (const mail of mails) {
            expect(mail.destination.to).toHaveLength(1);
            expect(mail.destination.cc ?? []).toEqual([]);
            expect(mail.destination.bcc ?? []).toEqual([]);
            expect(mail.subject).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
            for (const value of Object.values(v))
              if (value.includes('<')) expect(mail.body.html ?? '').not.toContain(value);
          }
        }),
        { numRuns: runs, seed: SEED },
      );
    },
    120_000 + RUNS * 4_000,
  );
});

describe('cookies, Origin and validly signed webhooks', () => {
  const cookieValue = fc.oneof(
    nastyString,
    fc.constantFrom(
      '',
      ' ',
      ';',
      '=',
      '"',
      '\\',
      'a'.repeat(8000),
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      'x.y.z',
    ),
    jsonText.map((t) => Buffer.from(t).toString('base64url')),
  );
  const cookieHeader = fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(SESSION_COOKIE, 'c360_refresh', '__proto__', '', ' '), nastyString),
        cookieValue,
      ),
      { maxLength: 6 },
    )
    .map((pairs) =>
      pairs.map(([k, v]) => `${k}=${v}`).join(fc.sample(fc.constantFrom('; ', ';', ', ', ';;'), 1)[0]!),
    )
    // Header values are Latin-1 without control characters on the wire: anything else never reaches a server.
    .map((h) =>
      Buffer.from(h, 'utf8')
        .toString('latin1')
        .replace(/\p{Cc}/gu, ''),
    )
    .filter((h) => h.length < 14_000);

  it('answers any Cookie header below 500, and never as a signed-in user', async () => {
    await fc.assert(
      fc.asyncProperty(
        cookieHeader,
        fc.constantFrom('/api/me', '/api/appointments', '/api/home', '/api/admin/stats'),
        async (cookie, path) => {
          const res = await fetch(twin.url + path, { headers: { cookie } });
          const text = await res.text();
          expect(res.status, text.slice(0, 200)).toBeLessThan(500);
          if (path !== '/api/home') expect(res.status, text.slice(0, 200)).toBe(401);
        },
      ),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('refuses every write whose Origin is not exactly the site, and writes nothing', async () => {
    const origin = fc
      .oneof(
        nastyString,
        fc.constantFrom(
          'null',
          '',
          `${twin.url}/`,
          twin.url.replace('127.0.0.1', 'localhost'),
          twin.url.replace('http:', 'https:'),
          `${twin.url}.evil.example`,
          `${twin.url}@evil.example`,
          twin.url.toUpperCase(),
          `${twin.url} `,
          'https://evil.example',
          'file://',
          `${twin.url}, ${twin.url}`,
        ),
      )
      .map((h) =>
        Buffer.from(h, 'utf8')
          .toString('latin1')
          .replace(/\p{Cc}/gu, ''),
      )
      // HTTP trims a header's surrounding whitespace: `${twin.url} ` arrives as the site's own origin.
      .filter((h) => h.trim() !== twin.url);
    const writes: [keyof Fixture['sessions'], string, string, string][] = [
      ['patient', 'PATCH', '/api/me', '{"firstName":"Origin"}'],
      ['patient', 'POST', `/api/appointments/${fixture.appointmentId}/cancel`, '{"reason":"x"}'],
      ['doctor', 'POST', '/api/doctor/slots', '{}'],
      ['admin', 'POST', '/api/admin/services', '{"name":"x","description":"y","icon":"heart","active":true}'],
      ['patient', 'POST', '/api/auth/logout', '{}'],
    ];
    const before = await settledTable();
    await fc.assert(
      fc.asyncProperty(origin, fc.constantFrom(...writes), async (o, [who, method, path, body]) => {
        const user = fixture.sessions[who];
        const res = await fetch(twin.url + path, {
          method,
          headers: {
            origin: o,
            'content-type': JSON_TYPE,
            cookie: `${SESSION_COOKIE}=${user.client.cookies.get(SESSION_COOKIE)!.value}`,
          },
          body,
        });
        const text = await res.text();
        expect(res.status, text.slice(0, 200)).toBe(403);
        expect(JSON.parse(text).error.code).toBe('forbidden');
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
    expect(diffItems(before, await scanTable())).toEqual({ added: [], removed: [], changed: [] });
  });

  it('handles validly signed webhooks with any body below 500, writing at most the event-id marker', async () => {
    const { signWebhook } = await import('../../functions/payments/signatures.ts');
    const entity = fc.record(
      {
        id: fc.oneof(
          nastyString,
          alnum(6, 20).map((s) => `pay_${s}`),
          fc.integer().map(String),
        ),
        order_id: fc.oneof(
          nastyString,
          alnum(6, 20).map((s) => `order_${s}`),
          fc.constant(null),
        ),
        payment_id: fc.oneof(
          nastyString,
          alnum(6, 20).map((s) => `pay_${s}`),
        ),
        amount: fc.oneof(fc.integer(), fc.double(), nastyString, fc.constant(null)),
        status: nastyString,
        error_description: fc.oneof(nastyString, fc.constant(null)),
        notes: fc.oneof(
          fc.constant(undefined),
          fc.record({ appointmentId: fc.oneof(fc.uuid(), nastyString) }),
        ),
      },
      { requiredKeys: [] },
    );
    const event = fc.oneof(
      fc
        .record(
          {
            event: fc.oneof(
              fc.constantFrom(
                'payment.captured',
                'payment.failed',
                'refund.processed',
                'refund.failed',
                'order.paid',
              ),
              nastyString,
            ),
            payload: fc.oneof(
              fc.record({ payment: fc.record({ entity }, { requiredKeys: [] }) }, { requiredKeys: [] }),
              fc.record({ refund: fc.record({ entity }, { requiredKeys: [] }) }, { requiredKeys: [] }),
              fc.constant(null),
              fc.constant('x'),
            ),
          },
          { requiredKeys: [] },
        )
        .map((e) => JSON.stringify(e)),
      jsonText,
      nastyString,
    );
    const before = await settledTable();
    await fc.assert(
      fc.asyncProperty(
        event,
        fc.oneof(
          fc.constant(undefined),
          fc.uuid().map((u) => `evt_${u}`),
        ),
        async (body, eventId) => {
          const headers: Record<string, string> = {
            'content-type': JSON_TYPE,
            'x-razorpay-signature': signWebhook(body, twin.env.RAZORPAY_WEBHOOK_SECRET!),
          };
          if (eventId) headers['x-razorpay-event-id'] = eventId;
          const res = await fetch(`${twin.url}/api/payments/webhook`, { method: 'POST', headers, body });
          const text = await res.text();
          expect(res.status, `${text.slice(0, 200)} for ${body.slice(0, 200)}`).toBeLessThan(500);
          if (res.status >= 400) expect(JSON.parse(text).error.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: RUNS * 2, seed: SEED },
    );
    const diff = diffItems(before, await scanTable());
    expect(diff.added.filter((i) => entityOf(i) !== 'marker').map((i) => `${entityOf(i)} ${i.pk}`)).toEqual(
      [],
    );
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((d) => `${entityOf(d.after)} ${d.after.pk}`)).toEqual([]);
  });
});
