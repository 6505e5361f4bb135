/**
 * The admin's view of a doctor's verification evidence: the uploaded certificate and photo ID (each
 * opened through an audited one-minute link) beside the National Medical Commission's public register,
 * with the registration number to search for. Loaded when the admin asks (each load is audited).
 */
import { useSignal } from '@preact/signals';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { DocumentList } from './DocumentList.tsx';

export function AdminEvidence({ userId, name }: { userId: string; name: string }) {
  const shown = useSignal(false);
  const register = useSignal<{ url: string; number: string | null } | null>(null);
  if (!shown.value)
    return (
      <Button variant="secondary" class="mt-3" testid="show-evidence" onClick={() => (shown.value = true)}>
        <Icon shape={I.fileText} class="size-4" />
        {m.admin_docs_title()}
        <span class="sr-only">{name}</span>
      </Button>
    );
  return (
    <section
      class="mt-3 rounded-xl border border-slate-200 p-4"
      aria-label={m.admin_docs_title()}
      data-testid="evidence"
    >
      <h3 class="font-semibold text-slate-900">{m.admin_docs_title()}</h3>
      {register.value && (
        <div class="mt-2 grid gap-1 text-sm text-slate-700">
          <p data-testid="evidence-number">
            {register.value.number
              ? m.admin_docs_reg_number({ number: register.value.number })
              : m.admin_docs_no_number()}
          </p>
          <a
            href={register.value.url}
            target="_blank"
            rel="noopener noreferrer"
            class="font-semibold text-brand-700 underline underline-offset-2"
            data-testid="evidence-register"
          >
            {m.admin_docs_register()}
          </a>
        </div>
      )}
      <DocumentList
        testid="evidence-list"
        emptyText={m.admin_docs_empty()}
        load={async () => {
          const answer = await api.call('adminListVerificationDocuments', { params: { userId } });
          register.value = { url: answer.registerUrl, number: answer.registrationNumber };
          return answer.documents;
        }}
        open={async (documentId) =>
          (await api.call('adminReadVerificationDocument', { params: { userId, documentId } })).link
        }
      />
    </section>
  );
}
