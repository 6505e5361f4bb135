/**
 * Messages: what visitors sent through the contact form (POST /api/contact), newest first, each with
 * its topic, the page's language and a reply link to the sender's address. Reading the list is audited.
 */
import type { AdminContactMessage } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { Icon } from '../../components/Icon.tsx';
import { api } from '../../lib/client.ts';
import { topicLabel } from '../../lib/contact-topics.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { AdminList, Badge, Header, PAGE, rowClass, useList } from './ui.tsx';

function MessageRow({ item: c }: { item: AdminContactMessage }) {
  const subject = `Re: ${topicLabel[c.topic]()}`;
  return (
    <li class={`${rowClass} flex flex-col gap-3`} data-testid="contact-row" data-message-id={c.id}>
      <div class="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div class="min-w-0">
          <p class="font-semibold text-slate-900" data-testid="contact-name">
            {c.name}
          </p>
          <p class="text-sm break-all text-slate-600">{c.email}</p>
        </div>
        <div class="flex flex-wrap items-center gap-1.5 text-xs text-slate-500 sm:justify-end">
          <Badge tone="sky" testid="contact-topic">
            {topicLabel[c.topic]()}
          </Badge>
          <Badge>{c.locale.toUpperCase()}</Badge>
          {m.admin_message_sent({ when: formatInstant({ iso: c.createdAt, format: 'datetime' }) })}
        </div>
      </div>
      <p
        class="text-[0.9375rem] leading-6 break-words whitespace-pre-line text-slate-800"
        data-testid="contact-message"
      >
        {c.message}
      </p>
      <div>
        <a
          class="btn-secondary min-h-9 gap-1.5 px-3 text-[0.8125rem]"
          href={`mailto:${encodeURIComponent(c.email)}?subject=${encodeURIComponent(subject)}`}
          data-testid="contact-reply"
        >
          <Icon shape={I.mail} class="size-4 shrink-0" />
          {m.admin_message_reply()}
          <span class="sr-only"> {m.admin_message_reply_to({ name: c.name })}</span>
        </a>
      </div>
    </li>
  );
}

export default function Messages() {
  const list = useList<AdminContactMessage>(
    'contact-list',
    [m.admin_n_messages, m.admin_messages_noun],
    (c) => c.id,
    (cursor, signal) =>
      api
        .call('adminListContactMessages', { query: { cursor, limit: PAGE } }, { signal })
        .then((p) => ({ items: p.messages, nextCursor: p.nextCursor })),
  );
  return (
    <>
      <Header title={m.admin_nav_messages()} intro={m.admin_messages_intro()} />
      <div class="mt-6">
        <AdminList
          list={list}
          empty={{ icon: I.inbox, title: m.admin_messages_empty(), text: m.admin_messages_empty_text() }}
          renderItem={(c) => <MessageRow item={c} />}
        />
      </div>
    </>
  );
}
