/**
 * Branded transactional email through SES v2 (the SES emulator locally). Every mail has an HTML and a
 * plain-text part built from the same content; all dynamic text is escaped.
 */
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ses } from './clients.ts';
import { config } from './config.ts';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);

export interface EmailContent {
  subject: string;
  /** Greeting line, e.g. "Hello Priya,". */
  greeting?: string;
  paragraphs: string[];
  /** Label/value rows shown as a small table (appointment details, amounts). */
  details?: [string, string][];
  /** Pre-formatted block (a code, a transcript). */
  block?: string;
  action?: { label: string; url: string };
  footnote?: string;
}

export function renderEmail(c: EmailContent): { html: string; text: string } {
  const rows = (c.details ?? [])
    .map(
      ([k, v]) =>
        `<tr><td style="padding:6px 12px 6px 0;color:#475569;white-space:nowrap;vertical-align:top">${escapeHtml(k)}</td><td style="padding:6px 0;color:#0f172a;font-weight:600">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const html = `<!doctype html><html lang="en"><body style="margin:0;background:#f1f5f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;padding:24px 0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:12px;overflow:hidden">
<tr><td style="background:#0f766e;padding:20px 28px;color:#ffffff;font-size:20px;font-weight:700">Chikitsa360</td></tr>
<tr><td style="padding:28px;color:#0f172a;font-size:15px;line-height:1.6">
${c.greeting ? `<p style="margin:0 0 16px">${escapeHtml(c.greeting)}</p>` : ''}
${c.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n')}
${rows ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 20px;font-size:14px">${rows}</table>` : ''}
${c.block ? `<pre style="white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace;background:#f8fafc;border:1px solid #e2e8f0;border-radius:8px;padding:16px;font-size:14px">${escapeHtml(c.block)}</pre>` : ''}
${c.action ? `<p style="margin:24px 0"><a href="${escapeHtml(c.action.url)}" style="background:#0f766e;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600;display:inline-block">${escapeHtml(c.action.label)}</a></p>` : ''}
${c.footnote ? `<p style="margin:24px 0 0;color:#64748b;font-size:13px">${escapeHtml(c.footnote)}</p>` : ''}
</td></tr>
<tr><td style="padding:16px 28px;background:#f8fafc;color:#64748b;font-size:12px">Chikitsa360 · Online consultations with verified doctors. Not for emergencies: call 112.</td></tr>
</table></td></tr></table></body></html>`;
  const text = [
    c.greeting,
    ...c.paragraphs,
    ...(c.details ?? []).map(([k, v]) => `${k}: ${v}`),
    c.block,
    c.action ? `${c.action.label}: ${c.action.url}` : undefined,
    c.footnote,
    '—\nChikitsa360 · Online consultations with verified doctors. Not for emergencies: call 112.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { html, text };
}

/**
 * A subject is one header line: stored names reach it (a name saved before today's rules, or sent
 * straight to Cognito, may hold CR/LF), and SES refuses a subject with a line break, so the email
 * would be lost. Control and line-separator characters become spaces; the length stays readable.
 */
export const subjectLine = (subject: string) =>
  subject
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, 200);

export async function sendEmail(to: string | string[], content: EmailContent): Promise<void> {
  const { html, text } = renderEmail(content);
  await ses().send(
    new SendEmailCommand({
      FromEmailAddress: config().EMAIL_FROM,
      Destination: { ToAddresses: Array.isArray(to) ? to : [to] },
      Content: {
        Simple: {
          Subject: { Data: subjectLine(content.subject), Charset: 'UTF-8' },
          Body: { Html: { Data: html, Charset: 'UTF-8' }, Text: { Data: text, Charset: 'UTF-8' } },
        },
      },
    }),
  );
}

/** A link into the site, e.g. appUrl('/appointments/view/', { id }). */
export function appUrl(path: string, query?: Record<string, string>): string {
  const url = new URL(path, config().APP_ORIGIN);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  return url.toString();
}
