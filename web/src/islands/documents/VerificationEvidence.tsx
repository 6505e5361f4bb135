/**
 * A doctor applying: what is being checked and how long it usually takes, and the two proofs they
 * upload (registration certificate, photo ID) through the document pipeline.
 */
import { useSignal } from '@preact/signals';
import { VERIFICATION_WORKING_DAYS } from '../../../../functions/contract/api.ts';
import { api } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';
import { DocumentList } from './DocumentList.tsx';

export function VerificationEvidence() {
  const days = useSignal(VERIFICATION_WORKING_DAYS);
  const start =
    (kind: 'registrationCertificate' | 'photoId') =>
    (file: File, contentType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/heic') =>
      api.call('startVerificationUpload', {
        body: { kind, fileName: file.name, contentType, size: file.size },
      });
  return (
    <section class="card p-5" aria-labelledby="evidence-heading" data-testid="verification-evidence">
      <h2 id="evidence-heading" class="text-lg font-semibold text-slate-900">
        {m.verify_title()}
      </h2>
      <p class="mt-2 text-slate-700" data-testid="verification-explained">
        {m.verify_body({ days: days.value })}
      </p>
      <DocumentList
        testid="evidence-documents"
        emptyText={m.admin_docs_empty()}
        load={async () => {
          const answer = await api.call('listVerificationDocuments');
          days.value = answer.usualWorkingDays;
          return answer.documents;
        }}
        // A doctor's own proofs are for the admin: the server offers no link here (`actions.view`).
        open={() => Promise.reject(new Error('not offered'))}
        uploads={[
          {
            label: m.verify_upload_certificate(),
            testid: 'certificate-input',
            start: start('registrationCertificate'),
          },
          {
            label: m.verify_upload_photo_id(),
            testid: 'photo-id-input',
            start: start('photoId'),
          },
        ]}
      />
    </section>
  );
}
