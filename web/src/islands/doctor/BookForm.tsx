/**
 * The booking form on a doctor's page, once a time is chosen: who the consultation is for (the
 * account holder or one of their family members), the reason, and the teleconsultation statement to
 * tick (TPG 2020 §3.3: booking implies consent; ticking makes it explicit, and the appointment's
 * consent record says which). A holder whose profile lacks the date of birth or sex gives them here,
 * and they are saved to the profile before booking: a doctor must know the age and sex of the person
 * they treat, so the API refuses a booking without them (422 patient_details_required).
 */
import { useSignal } from '@preact/signals';
import type { Ref } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Dependant, PublicSlot, Sex } from '../../../../functions/contract/api.ts';
import { TELECONSULTATION_TERMS_VERSION } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { CharCount, Field } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { ageOn, ageText, relationshipName, sexName } from '../../lib/person.ts';
import { loginUrl, type Me } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';
import { PersonFields } from '../account/PersonFields.tsx';

const REASON_MAX = 1000;
const SELF = 'self';

export function BookForm({
  slot,
  me,
  reasonRef,
  backHere,
  onSlotLost,
}: {
  slot: PublicSlot;
  me: Me;
  reasonRef: Ref<HTMLTextAreaElement>;
  backHere: (slotId?: string) => string;
  onSlotLost: (message: string) => void;
}) {
  const reason = useSignal('');
  const forWhom = useSignal(SELF);
  const family = useSignal<Dependant[]>([]);
  const profile = useSignal({ dateOfBirth: me.dateOfBirth, sex: me.sex });
  const askDetails = useSignal(!me.dateOfBirth || !me.sex);
  const loadFamily = async () => {
    try {
      family.value = (await api.call('listDependants')).dependants;
    } catch {
      // Booking for oneself still works; the family list is only a choice.
      family.value = [];
    }
  };
  useEffect(() => void loadFamily(), []);

  /** A refusal said in the summary box, which takes the focus (as useForm does for the API's message). */
  const say = (message: string) => {
    form.setFormError(message);
    requestAnimationFrame(() => form.summary.current?.focus());
    return true;
  };
  const form = useForm({
    validate: () => {
      const text = reason.value.trim();
      if (!text) return { reason: [m.book_reason_missing()] };
      if (text.length < 3) return { reason: [m.book_reason_short()] };
      return undefined;
    },
    submit: async (f) => {
      const data = new FormData(f);
      if (!dependantId() && askDetails.value) {
        // Saved to the profile first: they are the account holder's own details, kept for next time.
        const { user } = await api.call('updateMe', {
          body: {
            dateOfBirth: String(data.get('dateOfBirth') ?? ''),
            sex: String(data.get('sex') ?? '') as Sex,
          },
        });
        profile.value = { dateOfBirth: user.dateOfBirth, sex: user.sex };
        askDetails.value = !user.dateOfBirth || !user.sex;
      }
      const { appointment } = await api.call('book', {
        body: {
          slotId: slot.id,
          reason: reason.value.trim(),
          ...(dependantId() ? { dependantId: dependantId() } : {}),
          ...(data.get('consent') ? { consent: { termsVersion: TELECONSULTATION_TERMS_VERSION } } : {}),
        },
      });
      window.location.assign(
        pageHref(`/appointments/view/?id=${encodeURIComponent(appointment.id)}&booked=1`),
      );
      return 'navigating';
    },
    onError: (err) => {
      if (err.status === 401) {
        window.location.assign(loginUrl(backHere(slot.id)));
        return true;
      }
      if (err.code === 'patient_details_required') {
        askDetails.value = true;
        return say(m.error_patient_details_required());
      }
      if (err.code === 'patient_under_18') return say(m.error_patient_under_18());
      const chosen = dependantId();
      if (err.status === 404 && chosen) {
        // The family member was removed meanwhile (another tab), or the slot is gone: tell which.
        void loadFamily().then(() => {
          if (family.value.some((d) => d.id === chosen)) onSlotLost(m.book_slot_taken());
          else {
            forWhom.value = SELF;
            say(m.family_gone());
          }
        });
        return true;
      }
      if (err.code === 'slot_taken' || err.code === 'slot_past' || err.status === 404) {
        onSlotLost(err.code === 'slot_past' ? m.book_slot_past() : m.book_slot_taken());
        return true;
      }
      return false;
    },
  });
  const dependantId = () => (forWhom.value === SELF ? undefined : forWhom.value);

  const self = forWhom.value === SELF;
  const people = [
    { id: SELF, label: m.book_for_self({ name: `${me.firstName} ${me.lastName}` }), facts: '' },
    ...family.value.map((d) => ({
      id: d.id,
      label: d.name,
      facts: m.family_facts({
        relationship: relationshipName(d.relationship),
        age: ageText(ageOn(d.dateOfBirth, slot.startAt)),
        sex: sexName(d.sex),
      }),
    })),
  ];
  return (
    <form id="book-form" class="mt-4 grid gap-4" data-testid="book-form" noValidate onSubmit={form.onSubmit}>
      <FormError message={form.formError} boxRef={form.summary} />
      <fieldset data-testid="book-for">
        <legend class="field-label">{m.book_for_label()}</legend>
        <div class="mt-2 grid gap-2">
          {people.map((p) => (
            <label
              key={p.id}
              class="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              data-testid="book-for-option"
            >
              <input
                type="radio"
                name="forWhom"
                value={p.id}
                class="mt-1 size-4 accent-brand-700"
                checked={forWhom.value === p.id}
                onChange={() => {
                  forWhom.value = p.id;
                  form.setFormError(null);
                }}
              />
              <span class="min-w-0">
                <span class="block font-medium break-words text-slate-900">{p.label}</span>
                {p.facts && <span class="block text-sm text-slate-600">{p.facts}</span>}
              </span>
            </label>
          ))}
        </div>
        <a
          href={pageHref('/account/family/')}
          class="mt-2 inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800"
          data-testid="book-add-family"
        >
          <Icon shape={I.plus} class="size-4" /> {m.book_add_family()}
        </a>
      </fieldset>
      {self && askDetails.value && (
        <fieldset
          class="grid gap-2 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200"
          data-testid="book-self-details"
        >
          <legend class="sr-only">{m.book_self_details()}</legend>
          <p class="text-sm text-slate-700">{m.book_self_details_hint()}</p>
          <PersonFields
            idPrefix="book-"
            errors={form.errors}
            dateOfBirth={profile.value.dateOfBirth}
            sex={profile.value.sex}
          />
        </fieldset>
      )}
      <Field
        id="reason"
        name="reason"
        as="textarea"
        label={m.book_reason_label()}
        hint={m.book_reason_hint()}
        maxLength={REASON_MAX}
        rows={4}
        testid="reason"
        error={form.errors.reason}
        describedBy="reason-count"
        controlRef={reasonRef}
        value={reason.value}
        onInput={(e) => {
          reason.value = e.currentTarget.value;
        }}
        after={
          <CharCount id="reason-count" testid="reason-count" length={reason.value.length} max={REASON_MAX} />
        }
      />
      <label class="flex cursor-pointer gap-3 text-sm leading-6 text-slate-700" data-testid="book-consent">
        <input type="checkbox" name="consent" value="yes" class="mt-1 size-4 shrink-0 accent-brand-700" />
        <span>
          <span class="font-semibold text-slate-900">{m.book_consent_label()}</span>{' '}
          <span id="book-consent-statement">{m.consent_statement()}</span>
        </span>
      </label>
      <Button type="submit" class="w-full" testid="book-submit" busy={form.busy} busyLabel={m.book_busy()}>
        {m.book_submit()}
      </Button>
      <p class="flex gap-2 text-sm text-slate-600">
        <Icon shape={I.clock} class="mt-0.5 size-4 shrink-0 text-slate-500" />
        <span>{m.book_hold_note()}</span>
      </p>
    </form>
  );
}
