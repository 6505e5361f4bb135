/**
 * Every string a person sees comes from the message catalog (issue 16): a static scan of the web's
 * pages, components and islands (web/src: .tsx, .astro and .ts, not the compiled catalog) and of the server
 * code that writes emails and PDFs finds no hard-coded text (tests/helpers/visible-strings.ts says
 * what counts). Part of `npm run check`. The scanner is checked first on code that has such text, so
 * a scanner that finds nothing cannot pass for a clean tree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, scanAstro, scanFile, scanTs } from '../helpers/visible-strings.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const relative = (file: string) => path.relative(ROOT, file);
const report = (findings: { file: string; line: number; text: string }[]) =>
  findings.map((f) => `${relative(f.file)}:${f.line} ${JSON.stringify(f.text)}`);

/** The server code that writes what people read: it speaks through the catalog, an email or a PDF. */
const serverRenderers = () =>
  filesUnder(path.join(ROOT, 'functions'), ['.ts'], ['paraglide', 'contract']).filter((file) =>
    /paraglide\/messages|core\/email|from '\.\/email|pdf-engine|pdf-text/.test(readFileSync(file, 'utf8')),
  );

describe('text people see comes from the catalog', () => {
  it('finds hard-coded text in JSX, attributes, props, data and Astro templates', () => {
    const tsx = `
      const tabs = [{ id: 'a', label: 'Upcoming' }, { id: 'b', label: m.tab_past() }];
      export const A = ({ busy }) => (
        <div aria-label="Main menu" data-testid="menu" class="p-4">
          <h1>Hello there</h1>
          <p>{busy ? 'Saving…' : m.save()}</p>
          <Field label={m.name()} hint={'Your full name'} placeholder={m.name_hint()} />
          <img alt="" src="/x.png" />
          <p>{m.count({ n: 3 })} · Chikitsa360</p>
        </div>
      );`;
    expect(scanTs('a.tsx', tsx).map((f) => f.text)).toEqual([
      'Upcoming',
      'Main menu',
      'Hello there',
      'Saving…',
      'Your full name',
    ]);
    const astro = `---
const links = [{ href: '/a/', label: 'About us' }];
---
<Base title="Doctors">
  <p class="x">{m.lead()}</p>
  <a href="/x/" title={cond ? m.t() : 'Go there'}>Read more</a>
  {show && <span>Shown</span>}
  <script>document.title = 'not text of the page';</script>
</Base>`;
    expect(
      scanAstro('a.astro', astro)
        .map((f) => `${f.line}:${f.text}`)
        .sort(),
    ).toEqual(['2:About us', '4:Doctors', '6:Go there', '6:Read more', '7:Shown']);
    const server = `
      const content = { subject: 'Your booking', paragraphs: [m.p1({}, l), 'See you soon.'] };
      await text(page, 'RECEIPT', 10, 10);
      await text(page, m.receipt_heading({}, l), 10, 10);
      const html = \`<p style="color:red">\${escapeHtml(name)}</p><p>Thanks</p>\`;
      throw badRequest('Logged, not shown', { note: ['x'] });`;
    expect(scanTs('a.ts', server, { server: true }).map((f) => f.text)).toEqual([
      'Your booking',
      'See you soon.',
      'RECEIPT',
      'Thanks',
    ]);
  });

  it('has none in the web pages, components and islands', () => {
    // .ts too: data a page renders later (navigation labels, a store's messages) lives there.
    const files = filesUnder(path.join(ROOT, 'web/src'), ['.tsx', '.astro', '.ts'], ['paraglide']);
    expect(files.length).toBeGreaterThan(50);
    expect(report(files.flatMap((file) => scanFile(file)))).toEqual([]);
  });

  it('has none in the emails and PDFs the server writes', () => {
    const files = serverRenderers();
    // The renderers known today are among them (a renderer that stops using the catalog stays scanned).
    for (const known of [
      'functions/core/email.ts',
      'functions/payments/receipts.ts',
      'functions/prescriptions/pdf.ts',
      'functions/appointments/notifications.ts',
      'functions/payments/notifications.ts',
    ])
      expect(files.map(relative)).toContain(known);
    expect(report(files.flatMap((file) => scanFile(file, { server: true })))).toEqual([]);
  });
});
