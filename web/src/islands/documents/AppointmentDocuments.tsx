/**
 * The appointment page's "Reports and images" card: the patient shares reports before or during the
 * visit (and removes one until it starts); the doctor opens the checked ones. What the caller may do
 * comes from the server (`canAdd`, each file's `actions`).
 */
import { useSignal } from '@preact/signals';
import { MAX_DOCUMENTS_PER_APPOINTMENT } from '../../../../functions/contract/api.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from '../appointment/parts.tsx';
import { DocumentList } from './DocumentList.tsx';

export function AppointmentDocuments({
  appointmentId,
  patient,
}: {
  appointmentId: string;
  patient: boolean;
}) {
  const canAdd = useSignal(false);
  const params = { id: appointmentId };
  return (
    <Card id="documents-heading" testid="documents" title={m.docs_title()} icon={I.fileText}>
      <p class="mt-2 text-slate-700">
        {patient ? m.docs_intro_patient({ max: MAX_DOCUMENTS_PER_APPOINTMENT }) : m.docs_intro_doctor()}
      </p>
      <DocumentList
        testid="appointment-documents"
        emptyText={patient ? m.docs_empty_patient() : m.docs_empty_doctor()}
        load={async () => {
          const answer = await api.call('listAppointmentDocuments', { params });
          canAdd.value = answer.canAdd;
          return answer.documents;
        }}
        open={async (documentId) =>
          (await api.call('readAppointmentDocument', { params: { ...params, documentId } })).link
        }
        uploads={
          patient && canAdd.value
            ? [
                {
                  label: m.docs_choose(),
                  testid: 'doc-input',
                  start: (file, contentType) =>
                    api.call('startAppointmentUpload', {
                      params,
                      body: { fileName: file.name, contentType, size: file.size },
                    }),
                },
              ]
            : []
        }
        remove={
          patient
            ? async (documentId) => {
                await api.call('removeAppointmentDocument', { params: { ...params, documentId } });
              }
            : undefined
        }
      />
    </Card>
  );
}
