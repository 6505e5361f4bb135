/**
 * Date of birth and sex: the two details a doctor needs about the person treated (issue 17), asked in
 * the same words wherever they are asked (the profile, the family page, the booking form).
 */
import type { Sex } from '../../../../functions/contract/api.ts';
import { sexes } from '../../../../functions/contract/api.ts';
import { Field } from '../../components/Field.tsx';
import { sexName } from '../../lib/person.ts';
import { m } from '../../paraglide/messages.js';

/** Today in the viewer's calendar (a date of birth cannot be later). */
export const todayYmd = () => new Date().toLocaleDateString('en-CA');

export function PersonFields({
  idPrefix = '',
  errors,
  dateOfBirth,
  sex,
  optional = false,
  dobHint,
  sexHint,
}: {
  idPrefix?: string;
  errors: Record<string, string | undefined>;
  dateOfBirth: string;
  sex: Sex | '';
  optional?: boolean;
  dobHint?: string;
  sexHint?: string;
}) {
  return (
    <div class="grid gap-5 sm:grid-cols-2">
      <Field
        id={`${idPrefix}dateOfBirth`}
        name="dateOfBirth"
        type="date"
        label={m.profile_dob()}
        optional={optional}
        required={!optional}
        autocomplete={idPrefix ? 'off' : 'bday'}
        min="1900-01-01"
        max={todayYmd()}
        hint={dobHint}
        missing={m.person_dob_missing()}
        invalid={m.profile_dob_invalid()}
        testid={`${idPrefix}date-of-birth`}
        error={errors.dateOfBirth}
        defaultValue={dateOfBirth}
      />
      <Field
        id={`${idPrefix}sex`}
        name="sex"
        as="select"
        label={m.profile_sex()}
        optional={optional}
        required={!optional}
        hint={sexHint}
        missing={m.person_sex_missing()}
        testid={`${idPrefix}sex`}
        error={errors.sex}
        defaultValue={sex}
      >
        <option value="">{m.person_choose()}</option>
        {sexes.map((s) => (
          <option key={s} value={s}>
            {sexName(s)}
          </option>
        ))}
      </Field>
    </div>
  );
}
