/**
 * The contact form's route, POST /api/contact (public): a valid message is stored and emailed to the
 * support inbox (read back from the SES emulator's mailbox); an invalid one is a 400 that stores and
 * sends nothing; a sender over the per-address limit gets a 429 and nothing is stored or sent. The
 * admins read the messages newest first, page by page, at GET /api/admin/contact-messages.
 *
 * The limit counts the client's IP address, and every test client is on loopback: each test sends from
 * an address of its own in 127.0.0.0/8 (Linux routes all of it to lo), so no other file's messages
 * count against it, and the other files never hit this file's limits.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_MESSAGES_PER_WINDOW,
  contactWindowKey,
  senderKey,
  submitContact,
} from '../../functions/content/contact.ts';
import { siteContacts } from '../../functions/contract/site-contacts.ts';
import { entities } from '../../functions/core/db/index.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { currentTwin } from '../helpers/api.ts';
import { latestEmailTo, newAdmin } from '../helpers/users.ts';

/** A loopback address no other test uses. */
const freshAddress = () =>
  `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

/** POST /api/contact from `localAddress`, as the site's page does (JSON, our Origin). */
function postFrom(localAddress: string, body: unknown): Promise<{ status: number; body: any }> {
  const url = new URL('/api/contact', currentTwin().url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          origin: currentTwin().url,
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const valid = (marker: string) => ({
  name: 'प्रिया शर्मा',
  email: 'priya@example.in',
  topic: 'payment' as const,
  message: `My refund has not arrived yet (${marker}).`,
  locale: 'hi' as const,
});

/** Every stored message whose text carries `marker`. */
async function storedWith(marker: string) {
  const { data } = await entities().contactMessage.query.byTime({}).go({ pages: 'all' });
  return data.filter((c) => c.message.includes(marker));
}

const mailsWith = async (marker: string) =>
  (await readMailbox(currentTwin().mailboxUrl)).filter((e) => JSON.stringify(e.body).includes(marker));

describe('POST /api/contact', () => {
  it('stores a valid message and emails it to the support inbox', { timeout: 90_000 }, async () => {
    const marker = randomUUID();
    const res = await postFrom(freshAddress(), valid(marker));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.contact.id as string;
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

    const { data: stored } = await entities().contactMessage.get({ messageId: id }).go();
    expect(stored).toMatchObject({
      name: 'प्रिया शर्मा',
      email: 'priya@example.in',
      topic: 'payment',
      locale: 'hi',
    });
    expect(stored!.message).toContain(marker);
    // Kept a year (DynamoDB TTL), give or take the test's own minute.
    const year = Date.now() / 1000 + 365 * 86_400;
    expect(Math.abs(stored!.expiresAt - year)).toBeLessThan(120);

    const mail = await latestEmailTo(siteContacts.supportInbox, 'प्रिया शर्मा');
    expect(mail.subject).toContain('A payment or refund');
    expect(mail.body.text).toContain(marker);
    expect(mail.body.text).toContain('priya@example.in');
    expect(mail.body.text).toContain(id);
  });

  it.each([
    ['no name', { name: '' }, 'name'],
    ['a name of digits', { name: '12345' }, 'name'],
    ['a bad email', { email: 'priya@' }, 'email'],
    ['an unknown topic', { topic: 'billing' }, 'topic'],
    ['a message too short', { message: 'Help' }, 'message'],
    ['a message too long', { message: 'x'.repeat(3001) }, 'message'],
    ['an unknown field', { admin: true }, ''],
  ])('refuses %s with a 400, storing and sending nothing', async (_what, change, field) => {
    const marker = randomUUID();
    const address = freshAddress();
    const body = { ...valid(marker), ...change };
    const res = await postFrom(address, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    if (field) expect(res.body.error.details[field]?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
    expect(await storedWith(marker)).toEqual([]);
    expect(await mailsWith(marker)).toEqual([]);
    // A refused message does not count against its sender.
    const window = contactWindowKey(address, new Date());
    const { data: counter } = await entities().counter.get({ name: window.name, bucket: window.bucket }).go();
    expect(counter).toBeNull();
  });

  it('refuses a sender over the limit with a 429, storing and sending nothing', async () => {
    const address = freshAddress();
    // This address has already sent its messages in this window (and in the next, should the clock
    // turn the hour between here and the request).
    const now = Date.now();
    for (const at of [now, now + 3_600_000]) {
      const window = contactWindowKey(address, new Date(at));
      await entities()
        .counter.put({ name: window.name, bucket: window.bucket, value: CONTACT_MESSAGES_PER_WINDOW })
        .go();
    }
    const marker = randomUUID();
    const res = await postFrom(address, valid(marker));
    expect(res.status, JSON.stringify(res.body)).toBe(429);
    expect(res.body.error.code).toBe('too_many_requests');
    expect(res.body.error.message).toContain(siteContacts.supportInbox);
    expect(await storedWith(marker)).toEqual([]);
    expect(await mailsWith(marker)).toEqual([]);
    // Another address is not affected.
    expect((await postFrom(freshAddress(), valid(randomUUID()))).status).toBe(201);
  });

  it('lets exactly the limit through when one address sends a burst at once', async () => {
    const address = freshAddress();
    const at = new Date('2026-06-01T10:30:00Z');
    const marker = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: CONTACT_MESSAGES_PER_WINDOW + 3 }, (_, i) =>
        submitContact({ ...valid(`${marker} #${i}`), topic: 'other', locale: 'en' }, address, at),
      ),
    );
    const sent = results.filter((r) => r.status === 'fulfilled');
    // Refused ones are 429 (over the limit) or 409 (lost a race on the counter): never a 500.
    for (const r of results)
      if (r.status === 'rejected') expect([409, 429]).toContain((r.reason as { status: number }).status);
    expect(sent.length).toBeLessThanOrEqual(CONTACT_MESSAGES_PER_WINDOW);
    expect((await storedWith(marker)).length).toBe(sent.length);
    // Sent one by one, the next message is the first refused: the limit is exact.
    while ((await storedWith(marker)).length < CONTACT_MESSAGES_PER_WINDOW)
      await submitContact({ ...valid(`${marker} more`), topic: 'other', locale: 'en' }, address, at);
    await expect(submitContact({ ...valid(marker), locale: 'en' }, address, at)).rejects.toMatchObject({
      status: 429,
    });
    expect((await storedWith(marker)).length).toBe(CONTACT_MESSAGES_PER_WINDOW);
  });
});

describe('GET /api/admin/contact-messages', () => {
  it('lists the messages newest first, page by page', { timeout: 90_000 }, async () => {
    const marker = randomUUID();
    const ids: string[] = [];
    for (const name of ['Asha Rao', 'Bina Das', 'Chitra Iyer']) {
      const res = await postFrom(freshAddress(), { ...valid(`${marker} ${name}`), name });
      expect(res.status).toBe(201);
      ids.push(res.body.contact.id);
    }
    const admin = await newAdmin();
    const first = await admin.client.get('/api/admin/contact-messages?limit=2');
    expect(first.status, first.text).toBe(200);
    expect(first.body.messages).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    // Other files may post too; ours are in the order they were sent, newest first.
    const all = [...first.body.messages];
    let cursor = first.body.nextCursor as string | null;
    while (cursor && !ids.every((id) => all.some((m) => m.id === id))) {
      const next = await admin.client.get(
        `/api/admin/contact-messages?limit=2&cursor=${encodeURIComponent(cursor)}`,
      );
      expect(next.status, next.text).toBe(200);
      all.push(...next.body.messages);
      cursor = next.body.nextCursor;
    }
    const ours = all.filter((m) => ids.includes(m.id));
    expect(ours.map((m) => m.id)).toEqual([...ids].reverse());
    expect(ours[0]).toMatchObject({
      name: 'Chitra Iyer',
      email: 'priya@example.in',
      topic: 'payment',
      locale: 'hi',
    });
    const created = all.map((m) => m.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });
});

describe('senderKey', () => {
  it('counts IPv4 addresses one by one and IPv6 ones by their /64', () => {
    expect(senderKey('203.0.113.9')).toBe('203.0.113.9');
    expect(senderKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(senderKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(senderKey('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(senderKey('')).toBe('unknown');
  });
});
