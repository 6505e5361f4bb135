/**
 * The room's chat panel (lib/room/chat.ts holds its state): our own messages' state (sending →
 * delivered ✓ → read ✓✓, or not sent with retry), read receipts for what is actually on screen, and a
 * scroll area that follows new messages while the reader is at the bottom.
 * Message text is only ever text: what people type can never become markup.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Icon } from '../../components/Icon.tsx';
import { formatDateTime } from '../../lib/format-app.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { type ChatEntry, type ChatSession, MAX_MESSAGE_LENGTH, type OwnStatus } from '../../lib/room/chat.ts';
import { formatTime } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

/** Within this many pixels of the bottom counts as "at the bottom" (keep following new messages). */
const STICKY_PX = 48;
const MARKS: Record<OwnStatus, [IconShapes, () => string, string]> = {
  sending: [I.clock, m.room_chat_sending, 'text-current opacity-70'],
  failed: [I.alertCircle, m.room_chat_not_sent, 'text-red-700'],
  delivered: [I.check, m.room_chat_delivered, 'text-slate-500'],
  read: [I.checkCheck, m.room_chat_read, 'text-brand-600'],
};
const CONNECTION = {
  connecting: ['animate-pulse bg-accent-500', m.room_chat_connecting],
  connected: ['bg-emerald-500', m.room_chat_connected],
  reconnecting: ['animate-pulse bg-accent-500', m.room_chat_reconnecting],
  closed: ['bg-slate-400', m.room_chat_closed],
} as const;

export function Message({ entry, peer, chat }: { entry: ChatEntry; peer: string; chat: ChatSession }) {
  const mark = entry.status && MARKS[entry.status];
  const failed = entry.status === 'failed';
  const bubble = entry.own
    ? `rounded-br-md shadow-sm ${failed ? 'bg-red-50 text-red-950 ring-1 ring-red-200' : 'bg-brand-700 text-white'}`
    : 'rounded-bl-md bg-slate-100 text-slate-900';
  return (
    <li
      class={`flex flex-col ${entry.own ? 'items-end' : 'items-start'}`}
      data-testid="chat-message"
      data-own={String(entry.own)}
      data-status={entry.status ?? ''}
      data-message-id={entry.id ?? undefined}
    >
      <div class={`max-w-[85%] rounded-2xl px-3.5 py-2 ${bubble}`}>
        <p class="text-[0.9375rem] leading-6 break-words whitespace-pre-wrap" data-testid="chat-text">
          {entry.text}
        </p>
      </div>
      <p class="mt-1 flex items-center gap-1 px-1 text-xs text-slate-500" data-testid="chat-meta">
        <span class="font-medium text-slate-600" data-testid="chat-sender">
          {entry.own ? m.room_you() : peer}
        </span>
        <span aria-hidden="true">·</span>
        <time dateTime={entry.createdAt} title={formatDateTime(entry.createdAt)} data-testid="chat-time">
          {formatTime(entry.createdAt)}
        </time>
        {mark && entry.status && (
          <span
            class={`inline-flex items-center ${mark[2]}`}
            title={mark[1]()}
            data-testid="chat-status"
            data-status={entry.status}
          >
            <Icon shape={mark[0]} class="size-3.5" />
            <span class="sr-only">{mark[1]()}</span>
          </span>
        )}
      </p>
      {failed && entry.clientMsgId && (
        <p class="mt-1 flex flex-wrap items-center gap-2 px-1 text-xs text-red-800" role="alert">
          <span>
            {entry.problem
              ? m.room_chat_not_sent_because({ problem: entry.problem })
              : m.room_chat_not_sent_dot()}
          </span>
          {(
            [
              ['chat-retry', m.try_again(), () => chat.retry(entry.clientMsgId ?? '')],
              ['chat-discard', m.room_chat_delete(), () => chat.discard(entry.clientMsgId ?? '')],
            ] as const
          ).map(([testid, label, act]) => (
            <button
              key={testid}
              type="button"
              class="font-semibold underline underline-offset-2"
              data-testid={testid}
              onClick={act}
            >
              {label}
            </button>
          ))}
        </p>
      )}
    </li>
  );
}

export function ChatPanel({ chat, peer }: { chat: ChatSession; peer: string }) {
  const scroll = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const anchor = useRef<number | null>(null);
  const last = useRef<string | undefined>(undefined);
  const [text, setText] = useState('');
  const [newBelow, setNewBelow] = useState(false);
  const entries = chat.entries.value;
  const connection = chat.connection.value;
  const closed = connection === 'closed';
  const [dot, label] = CONNECTION[connection];

  const atBottom = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight <= STICKY_PX;
  const toBottom = (smooth = false) => {
    scroll.current?.scrollTo({ top: scroll.current.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    pinned.current = true;
    setNewBelow(false);
  };

  // A message counts as read when most of it is on screen (the viewport, inside the scroll area).
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    const seen = new IntersectionObserver(
      (found) => {
        for (const e of found)
          if (e.isIntersecting) chat.seen((e.target as HTMLElement).dataset.messageId ?? '');
      },
      { threshold: 0.6 },
    );
    observer.current = seen;
    const el = scroll.current;
    // The area shrinks when a phone's keyboard opens or the screen turns: keep following if we were.
    const resize = new ResizeObserver(() => {
      if (pinned.current && el) el.scrollTop = el.scrollHeight;
    });
    if (el) resize.observe(el);
    document.addEventListener('visibilitychange', chat.sendRead);
    return () => {
      seen.disconnect();
      resize.disconnect();
      document.removeEventListener('visibilitychange', chat.sendRead);
    };
  }, []);
  useEffect(() => {
    if (closed) observer.current?.disconnect();
    const list = scroll.current?.querySelectorAll<HTMLElement>('[data-own="false"][data-message-id]') ?? [];
    for (const li of list) observer.current?.observe(li);
  }, [entries, closed]);
  useLayoutEffect(() => {
    const el = scroll.current;
    const newest = entries[entries.length - 1];
    if (!el) return;
    if (anchor.current !== null) {
      // Earlier messages went in above: keep the reader's place.
      el.scrollTop += el.scrollHeight - anchor.current;
      anchor.current = null;
    } else if (newest && newest.key !== last.current) {
      if (newest.own || pinned.current) toBottom();
      else setNewBelow(true);
    }
    last.current = newest?.key;
  }, [entries]);

  const send = () => {
    if (chat.submit(text.trim())) {
      setText('');
      pinned.current = true;
    }
  };
  const earlier = () => {
    anchor.current = scroll.current?.scrollHeight ?? null;
    void chat.loadEarlier();
  };

  return (
    <section
      class="flex min-h-0 flex-[4] flex-col border-slate-200 bg-white lg:h-full lg:border-l"
      data-testid="chat"
      aria-labelledby="chat-heading"
    >
      <header class="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <h2 id="chat-heading" class="flex items-center gap-2 font-semibold text-slate-900">
          <Icon shape={I.messageSquare} class="size-5 text-brand-700" /> {m.room_chat()}
          {entries.length > 0 && (
            <span class="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-600">
              {entries.length}
            </span>
          )}
        </h2>
        <p
          class="flex items-center gap-1.5 text-xs text-slate-600"
          data-testid="chat-connection"
          data-state={connection}
        >
          <span class={`inline-block size-2 rounded-full ${dot}`} aria-hidden="true" />
          {label()}
        </p>
      </header>
      {chat.notice.value && (
        <p
          class="border-b border-red-200 bg-red-50 px-4 py-2 text-xs text-red-900"
          role="alert"
          data-testid="chat-notice"
        >
          {chat.notice.value}
        </p>
      )}
      <div class="relative min-h-0 flex-1 overflow-hidden">
        {/* Positioned, so screen-reader-only labels inside stay within the scrolling area. */}
        <div
          ref={scroll}
          class="relative h-full overflow-y-auto overscroll-contain px-4 py-4"
          role="log"
          aria-label={m.room_chat_messages()}
          onScroll={(e) => {
            pinned.current = atBottom(e.currentTarget);
            if (pinned.current) setNewBelow(false);
          }}
        >
          {chat.hasEarlier.value && (
            <button
              type="button"
              class="btn-ghost mx-auto mb-3 flex min-h-9 text-xs"
              data-testid="chat-load-earlier"
              disabled={chat.loadingEarlier.value}
              onClick={earlier}
            >
              {m.room_chat_earlier()}
            </button>
          )}
          {entries.length === 0 && (
            <div class="grid h-full place-items-center text-center">
              <p class="max-w-56 text-sm text-slate-500">{m.room_chat_empty()}</p>
            </div>
          )}
          <ol class="space-y-3" data-testid="chat-list">
            {entries.map((entry) => (
              <Message key={entry.key} entry={entry} peer={peer} chat={chat} />
            ))}
          </ol>
        </div>
        {newBelow && (
          <button
            type="button"
            class="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-brand-700 px-3.5 py-1.5 text-xs font-semibold text-white shadow-lift"
            data-testid="chat-new-pill"
            onClick={() => toBottom(true)}
          >
            {m.room_chat_new()}
          </button>
        )}
      </div>
      <form
        class="border-t border-slate-200 p-3"
        data-testid="chat-form"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <div class="flex items-end gap-2">
          <label for="chat-input" class="sr-only">
            {m.room_chat_message()}
          </label>
          <textarea
            id="chat-input"
            rows={1}
            class="field-input mt-0 field-sizing-content max-h-32 min-h-11 flex-1 resize-none py-2.5 leading-6"
            placeholder={m.room_chat_placeholder()}
            autocomplete="off"
            maxLength={MAX_MESSAGE_LENGTH}
            disabled={closed}
            data-testid="chat-input"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter sends; Shift+Enter is a new line (and Enter while composing, e.g. Hindi input, is not a send).
              if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                e.preventDefault();
                send();
              }
            }}
          />
          <button
            type="submit"
            class="btn-primary size-11 shrink-0 rounded-full p-0"
            data-testid="chat-send"
            disabled={closed}
          >
            <Icon shape={I.send} class="size-5" />
            <span class="sr-only">{m.room_chat_send()}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
