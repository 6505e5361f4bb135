/**
 * A list of uploaded files (reports, verification evidence) with their states, and the upload that adds
 * one: checked here for type and size first (a clear message instead of a refused upload), then a
 * presigned POST straight to the bucket with its progress, then "checking" until the server's checker
 * has read the bytes (ready, or refused and deleted). Opening a file asks the server for a one-minute
 * link (the server audits it). Used by the appointment page, a doctor's verification and the admin.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import {
  type DocumentContentType,
  type DocumentLink,
  type DocumentUploadPermit,
  type DocumentView,
  documentContentTypes,
  MAX_DOCUMENT_BYTES,
} from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';

/** HEIC photos often arrive without a type from the browser: their name says it. */
export function contentTypeOf(file: File): DocumentContentType | null {
  const declared = file.type === 'image/heif' ? 'image/heic' : file.type;
  if ((documentContentTypes as readonly string[]).includes(declared)) return declared as DocumentContentType;
  return /\.(heic|heif)$/i.test(file.name) && !file.type ? 'image/heic' : null;
}

/** Posts the file to the presigned URL (a document, or a doctor's photo), reporting progress (0–100). */
export function postUpload(
  permit: Pick<DocumentUploadPermit, 'url' | 'fields'>,
  file: Blob,
  onProgress: (pct: number) => void = () => undefined,
) {
  return new Promise<void>((resolve, reject) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(permit.fields)) form.append(k, v);
    form.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', permit.url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(String(xhr.status))));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(form);
  });
}

const STATUS = {
  pending: ['bg-accent-50 text-accent-900', () => m.docs_status_pending()],
  ready: ['bg-emerald-50 text-emerald-900', () => m.docs_status_ready()],
  rejected: ['bg-red-50 text-red-900', () => m.docs_status_rejected()],
} as const;

const REJECTION = {
  type_mismatch: () => m.docs_rejected_type_mismatch(),
  too_large: () => m.docs_rejected_too_large(),
  empty: () => m.docs_rejected_empty(),
} as const;

const kindLabel = (d: DocumentView) =>
  d.kind === 'report'
    ? null
    : d.kind === 'photoId'
      ? m.docs_kind_photoId()
      : m.docs_kind_registrationCertificate();

export interface DocumentListProps {
  testid: string;
  load: () => Promise<DocumentView[]>;
  open: (documentId: string) => Promise<DocumentLink>;
  emptyText: string;
  /** Upload targets: one button each (a report; or a certificate and a photo ID). */
  uploads?: {
    label: string;
    testid: string;
    start: (file: File, type: DocumentContentType) => Promise<DocumentUploadPermit>;
  }[];
  remove?: (documentId: string) => Promise<void>;
}

export function DocumentList({ testid, load, open, emptyText, uploads = [], remove }: DocumentListProps) {
  const docs = useSignal<DocumentView[] | null>(null);
  const error = useSignal<string | null>(null);
  const progress = useSignal<{ name: string; pct: number } | null>(null);
  const removing = useSignal<DocumentView | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  const refresh = async () => {
    try {
      docs.value = await load();
    } catch (err) {
      error.value = errorText(err);
    }
  };
  useEffect(() => {
    void refresh();
  }, []);
  // While a file is being checked, ask again now and then (the checker takes a moment).
  const checking = docs.value?.some((d) => d.status === 'pending') ?? false;
  useEffect(() => {
    if (!checking) return;
    const timer = setInterval(() => void refresh(), 1500);
    return () => clearInterval(timer);
  }, [checking]);

  const upload = async (index: number, file: File | undefined) => {
    const target = uploads[index];
    if (!file || !target) return;
    error.value = null;
    const type = contentTypeOf(file);
    if (!type) {
      error.value = m.docs_wrong_type();
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      error.value = m.docs_too_big();
      return;
    }
    progress.value = { name: file.name, pct: 0 };
    try {
      const permit = await target.start(file, type);
      await postUpload(permit, file, (pct) => {
        progress.value = { name: file.name, pct };
      });
    } catch (err) {
      error.value =
        err instanceof Error && /^\d+$|^network$/.test(err.message) ? m.docs_upload_failed() : errorText(err);
    } finally {
      progress.value = null;
      const input = inputs.current[index];
      if (input) input.value = '';
      await refresh();
    }
  };

  const openFile = async (d: DocumentView) => {
    // Opened at once (a window opened after the request would be blocked), filled when the link comes.
    const win = window.open('', '_blank');
    try {
      const link = await open(d.id);
      if (win) {
        win.opener = null;
        win.location.href = link.url;
      } else window.location.href = link.url;
    } catch (err) {
      win?.close();
      error.value = errorText(err);
    }
  };

  const list = docs.value;
  return (
    <div data-testid={testid}>
      {error.value && (
        <Notice tone="error" class="mt-4" testid="docs-error">
          {error.value}
        </Notice>
      )}
      {list === null && !error.value && (
        <p class="mt-4 text-sm text-slate-600" role="status">
          {m.docs_loading()}
        </p>
      )}
      {list?.length === 0 && (
        <p class="mt-4 text-slate-700" data-testid="docs-empty">
          {emptyText}
        </p>
      )}
      {list && list.length > 0 && (
        <ul class="mt-4 grid gap-2">
          {list.map((d) => {
            const [tone, label] = STATUS[d.status];
            return (
              <li
                key={d.id}
                class="grid gap-3 rounded-xl border border-slate-200 p-3"
                data-testid="doc-row"
                data-status={d.status}
              >
                <div class="flex items-start gap-3">
                  <Icon shape={I.fileText} class="mt-0.5 size-5 shrink-0 text-brand-700" />
                  <div class="min-w-0 flex-1">
                    <p class="font-medium break-words text-slate-900" data-testid="doc-name">
                      {d.fileName}
                    </p>
                    {kindLabel(d) && <p class="text-sm text-slate-600">{kindLabel(d)}</p>}
                    {d.rejection && <p class="text-sm text-red-800">{REJECTION[d.rejection]()}</p>}
                  </div>
                  <span
                    class={`shrink-0 rounded-full px-2.5 py-0.5 text-sm font-medium ${tone}`}
                    data-testid="doc-status"
                  >
                    {label()}
                  </span>
                </div>
                {(d.actions.view || (remove && d.actions.remove)) && (
                  <div class="flex flex-wrap gap-2 pl-8">
                    {d.actions.view && (
                      <Button variant="secondary" testid="doc-open" onClick={() => void openFile(d)}>
                        <Icon shape={I.eye} class="size-4" />
                        {m.docs_open({ name: d.fileName })}
                      </Button>
                    )}
                    {remove && d.actions.remove && (
                      <Button variant="ghost" testid="doc-remove" onClick={() => (removing.value = d)}>
                        <Icon shape={I.trash} class="size-4" />
                        {m.docs_remove({ name: d.fileName })}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {progress.value && (
        <div class="mt-4" data-testid="doc-progress">
          <p class="text-sm text-slate-700">{m.docs_uploading({ name: progress.value.name })}</p>
          <progress
            class="mt-1 w-full"
            max={100}
            value={progress.value.pct}
            aria-label={m.docs_uploading({ name: progress.value.name })}
          />
        </div>
      )}
      {uploads.length > 0 && (
        <div class="mt-4 flex flex-wrap gap-3">
          {uploads.map((u, i) => (
            <label
              key={u.testid}
              class="btn-secondary cursor-pointer focus-within:ring-2 focus-within:ring-brand-600"
            >
              <Icon shape={I.plus} class="size-4" />
              {u.label}
              <input
                ref={(el) => {
                  inputs.current[i] = el;
                }}
                type="file"
                class="sr-only"
                accept=".pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic"
                data-testid={u.testid}
                disabled={progress.value !== null}
                onChange={(e) => void upload(i, (e.currentTarget as HTMLInputElement).files?.[0])}
              />
            </label>
          ))}
        </div>
      )}
      {remove && (
        <ConfirmDialog
          open={removing.value !== null}
          onClose={() => (removing.value = null)}
          title={m.docs_remove({ name: removing.value?.fileName ?? '' })}
          body={<p>{m.docs_remove_confirm({ name: removing.value?.fileName ?? '' })}</p>}
          confirmLabel={m.docs_remove({ name: removing.value?.fileName ?? '' })}
          tone="danger"
          testid="doc-remove-dialog"
          onConfirm={async () => {
            const d = removing.value;
            if (d) await remove(d.id);
            removing.value = null;
            await refresh();
          }}
        />
      )}
    </div>
  );
}
