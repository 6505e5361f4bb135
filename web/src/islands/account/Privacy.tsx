/**
 * /account/privacy/: the patient's rights under the DPDP Act 2023 (issue 18). Download everything kept
 * about them (GET /api/me/export, a ZIP), and delete the account (POST /api/me/erase), signed with the
 * password (and authenticator code) in a dialog that says once more that it cannot be undone. Both say
 * in plain words what the file holds, what is deleted and what is kept, without the name, and why.
 */
import { useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { Me } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog, SMALL_DIALOG } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { BackLink } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { SignatureFields, useSignature } from '../../components/SignatureFields.tsx';
import { ApiError, api, errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { forgetErasedAccount } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';

/** As the API limits it (functions/privacy/export.ts). */
const EXPORTS_PER_DAY = 3;

const card = 'card grid gap-4 p-6 sm:p-8';

function ExportCard() {
  const busy = useSignal(false);
  const done = useSignal(false);
  const error = useSignal('');
  const download = async () => {
    busy.value = true;
    done.value = false;
    error.value = '';
    try {
      const zip = await api.call('exportMyData');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(zip);
      link.download = `chikitsa360-${new Date().toISOString().slice(0, 10)}.zip`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      done.value = true;
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  };
  return (
    <section class={card} aria-labelledby="export-heading" data-testid="export-card">
      <h2 id="export-heading" class="text-lg font-semibold text-slate-900">
        {m.privacy_export_title()}
      </h2>
      <p class="text-slate-700">{m.privacy_export_body()}</p>
      <p class="text-sm text-slate-600">{m.privacy_export_limit({ max: EXPORTS_PER_DAY })}</p>
      {done.value && (
        <Notice tone="success" testid="export-done">
          {m.privacy_exported()}
        </Notice>
      )}
      {error.value && (
        <Notice tone="error" testid="export-error">
          {error.value}
        </Notice>
      )}
      <div>
        <Button testid="export-button" busy={busy.value} busyLabel={m.privacy_exporting()} onClick={download}>
          <Icon shape={I.download} class="size-4" /> {m.privacy_export_button()}
        </Button>
      </div>
    </section>
  );
}

function DeleteDialog({
  me,
  open,
  onClose,
  onErased,
}: {
  me: Me;
  open: boolean;
  onClose: () => void;
  onErased: () => void;
}) {
  const signature = useSignature(me.mfaEnabled, 'erase');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const erase = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const body = signature.body();
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('eraseMyAccount', { body });
      forgetErasedAccount();
      onErased();
    } catch (err) {
      // The shared phrase speaks of signing a prescription; here nothing was deleted.
      setError(
        err instanceof ApiError && err.code === 'signature_failed'
          ? m.privacy_wrong_password()
          : errorText(err),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={() => !busy && onClose()}
      title={m.privacy_confirm_title()}
      testid="erase-dialog"
      describedBy="erase-final"
      class={SMALL_DIALOG}
    >
      <form class="mt-3 grid gap-4" noValidate onSubmit={erase}>
        <div id="erase-final" class="flex gap-3 text-sm leading-6 text-slate-700">
          <Icon shape={I.alertTriangle} class="mt-0.5 size-5 shrink-0 text-red-700" />
          <p>{m.privacy_confirm_body()}</p>
        </div>
        <SignatureFields
          signature={signature}
          passwordLabel={m.privacy_password()}
          passwordHint={m.privacy_password_hint()}
        />
        {error && (
          <p
            class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
            role="alert"
            data-testid="erase-error"
          >
            {error}
          </p>
        )}
        <div class="mt-2 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="secondary" testid="erase-cancel" disabled={busy} onClick={onClose}>
            {m.go_back()}
          </Button>
          <Button
            type="submit"
            variant="danger"
            testid="erase-confirm"
            busy={busy}
            busyLabel={m.privacy_deleting()}
          >
            {m.privacy_delete_button()}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function Page({ me }: { me: Me }) {
  const asking = useSignal(false);
  const erased = useSignal(false);
  if (erased.value)
    return (
      <div class="container-page max-w-3xl py-8 sm:py-10">
        <section class={card} aria-labelledby="erased-heading" data-testid="erased">
          <h1 id="erased-heading" tabIndex={-1} class="text-2xl font-bold tracking-tight text-slate-900">
            {m.privacy_deleted_title()}
          </h1>
          <p class="text-slate-700">{m.privacy_deleted_body()}</p>
          <div>
            <a href={pageHref('/')} class="btn-primary" data-testid="erased-home">
              {m.privacy_home()}
            </a>
          </div>
        </section>
      </div>
    );
  return (
    <div class="container-page max-w-3xl py-8 sm:py-10">
      <BackLink href={pageHref('/account/')}>{m.profile_back()}</BackLink>
      <h1 class="mt-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{m.privacy_title()}</h1>
      <p class="mt-2 text-slate-600">{m.privacy_lead()}</p>
      <div class="mt-6 grid gap-6">
        <ExportCard />
        <section class={card} aria-labelledby="delete-heading" data-testid="delete-card">
          <h2 id="delete-heading" class="text-lg font-semibold text-slate-900">
            {m.privacy_delete_title()}
          </h2>
          <p class="text-slate-700" data-testid="delete-gone">
            {m.privacy_delete_gone()}
          </p>
          <p class="text-slate-700" data-testid="delete-kept">
            {m.privacy_delete_kept()}
          </p>
          <p class="text-slate-700">{m.privacy_delete_upcoming()}</p>
          <p class="text-sm text-slate-600">{m.privacy_delete_first()}</p>
          <div>
            <Button
              variant="danger"
              testid="erase-open"
              onClick={() => {
                asking.value = true;
              }}
            >
              <Icon shape={I.trash} class="size-4" /> {m.privacy_delete_button()}
            </Button>
          </div>
        </section>
      </div>
      <DeleteDialog
        me={me}
        open={asking.value}
        onClose={() => {
          asking.value = false;
        }}
        onErased={() => {
          asking.value = false;
          erased.value = true;
          requestAnimationFrame(() => document.getElementById('erased-heading')?.focus());
        }}
      />
    </div>
  );
}

export default function Privacy() {
  return <Protected roles={['patient']}>{(me) => <Page me={me} />}</Protected>;
}
