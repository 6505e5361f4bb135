import { describe, expect, it } from 'vitest';
import { toCsv } from '../../functions/admin/audit.ts';
import { type HttpRoute, httpRoutes } from '../../functions/contract/routes.ts';
import { type AuditEventInput, type AuditStore, AuditTrail } from '../../functions/core/audit.ts';
import { AppError } from '../../functions/core/errors.ts';
import { auditActions, auditSubjects } from '../../web/src/lib/audit-actions.ts';

const actor = { userId: 'u-1', role: 'admin' as const, email: 'a@x.in' };
const context = {
  actor,
  sourceIp: '203.0.113.9',
  userAgent: 'Mozilla/5.0',
  requestId: 'req-1',
  write: false,
};

function memoryStore(fail = false) {
  const puts: AuditEventInput[] = [];
  const txItems: AuditEventInput[] = [];
  const store: AuditStore = {
    async put(event) {
      if (fail) throw new Error('DynamoDB is down');
      puts.push(event);
    },
    inTransaction: (_tx, event) => {
      txItems.push(event);
      return event as never;
    },
  };
  return { store, puts, txItems };
}

describe('the audit trail of a request', () => {
  it('writes one event with who, what, which record, when and from where', async () => {
    const { store, puts } = memoryStore();
    const trail = new AuditTrail(
      { action: 'admin.user.read', subject: 'user', subjectParam: 'userId' },
      store,
      {
        ...context,
        subjectId: 'u-2',
      },
    );
    trail.note('first').note('second');
    await trail.settle();
    await trail.settle();
    expect(puts).toEqual([
      expect.objectContaining({
        action: 'admin.user.read',
        subjectType: 'user',
        subjectId: 'u-2',
        actorId: 'u-1',
        actorRole: 'admin',
        sourceIp: '203.0.113.9',
        userAgent: 'Mozilla/5.0',
        requestId: 'req-1',
        detail: 'first; second',
      }),
    ]);
    expect(Date.parse(puts[0]!.at)).not.toBeNaN();
  });

  it('writes nothing more once the event went into the operation’s transaction', async () => {
    const { store, puts, txItems } = memoryStore();
    const trail = new AuditTrail({ action: 'admin.service.reorder', subject: 'services' }, store, context);
    trail.about('order');
    expect(trail.items({} as never)).toHaveLength(1);
    await trail.settle();
    expect(txItems).toHaveLength(1);
    expect(puts).toEqual([]);
  });

  it('fails closed: a failed write becomes a 503 audit_unavailable', async () => {
    const { store } = memoryStore(true);
    const trail = new AuditTrail({ action: 'receipt.read', subject: 'receipt', subjectParam: 'id' }, store, {
      ...context,
      subjectId: 'a-1',
    });
    const error = await trail.settle().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 503, code: 'audit_unavailable' });
  });

  it('does nothing on a route that is not audited', async () => {
    const { store, puts } = memoryStore();
    const trail = new AuditTrail({ skip: 'public' }, store, context);
    expect(trail.items({} as never)).toEqual([]);
    await trail.settle();
    expect(puts).toEqual([]);
  });

  it('refuses to write an event that names no record (a bug, never a silent gap)', async () => {
    const { store } = memoryStore();
    const trail = new AuditTrail({ action: 'admin.user.list', subject: 'users' }, store, context);
    await expect(trail.settle()).rejects.toThrow(/did not name its record/);
  });
});

describe('the CSV export', () => {
  it('quotes every cell, doubles quotes, keeps line breaks inside cells and ends lines with CRLF', () => {
    const csv = toCsv([
      ['a', 'b,c'],
      ['say "hi"', 'two\nlines'],
      [null, undefined],
    ]);
    expect(csv).toBe('\uFEFF"a","b,c"\r\n"say ""hi""","two\nlines"\r\n"",""\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'plain', 'a=b'];
    const line = toCsv([cells]).slice(1).trimEnd();
    expect(line.split(',')).toEqual([
      '"\'=HYPERLINK(""http://evil"")"',
      '"\'+1+2"',
      '"\'-2+3"',
      '"\'@SUM(A1)"',
      '"\'\t=1"',
      '"\'\r=1"',
      '"plain"',
      '"a=b"',
    ]);
  });

  it('keeps names in Indian scripts intact (UTF-8 with a byte order mark)', () => {
    const csv = toCsv([['प्रिया', 'தமிழ்']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"प्रिया","தமிழ்"');
  });
});

describe('the console’s names for audit events', () => {
  it('has a label for every audited action and record kind of the route table, and none for others', () => {
    const audited = (httpRoutes as readonly HttpRoute[]).flatMap((r) =>
      'action' in r.audit ? [r.audit] : [],
    );
    expect(Object.keys(auditActions).sort()).toEqual(audited.map((a) => a.action).sort());
    const kinds = new Set(audited.map((a) => a.subject));
    expect([...kinds].filter((k) => !auditSubjects[k])).toEqual([]);
  });
});
