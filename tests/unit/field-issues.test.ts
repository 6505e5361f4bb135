/**
 * A refused field is sent twice: the schema's English sentence in `details`, and a code in `issues`
 * that a page in another language phrases (functions/core/field-issues.ts). Real schemas of our
 * routes, run through the HTTP stack's error answer.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { registerBody } from '../../functions/accounts/schemas.ts';
import { bookBody } from '../../functions/appointments/schemas.ts';
import { badRequest, validationFailed } from '../../functions/core/errors.ts';
import { fieldErrorsOf, toErrorResponse } from '../../functions/core/http.ts';

const refusal = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('accepted');
  const response = toErrorResponse(validationFailed(...fieldErrorsOf(result.error)), 'r1');
  return JSON.parse(String(response.body)).error;
};

describe('field issues', () => {
  it('names every refused field with a code beside its English sentence', () => {
    const error = refusal(registerBody(), {
      email: 'not-an-email',
      password: 'short',
      firstName: '',
      role: 'nurse',
    });
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.issues).sort()).toEqual(Object.keys(error.details).sort());
    expect(error.details.password).toContain('Add a number.');
    expect(error.issues.password).toEqual([
      { code: 'password_length', min: 8 },
      { code: 'password_upper' },
      { code: 'password_digit' },
      { code: 'password_symbol' },
    ]);
    expect(error.issues.email).toEqual([{ code: 'invalid' }]);
    expect(error.issues.role).toEqual([{ code: 'not_in_list' }]);
    expect(error.issues.lastName).toEqual([{ code: 'required' }]);
  });

  it('gives lengths and bounds as numbers', () => {
    const error = refusal(bookBody(), { slotId: 'x'.repeat(500), reason: 'r'.repeat(5000) });
    expect(error.issues.slotId).toEqual([{ code: 'too_long', max: 120 }]);
    expect(error.issues.reason[0]).toMatchObject({ code: 'too_long', max: expect.any(Number) });
    const numbers = refusal(
      z.object({ n: z.number().int().min(1).max(5), list: z.array(z.string()).min(1) }),
      {
        n: 9,
        list: [],
      },
    );
    expect(numbers.issues).toEqual({ n: [{ code: 'too_big', max: 5 }], list: [{ code: 'too_few', min: 1 }] });
  });

  it('marks the fields a domain refusal names as invalid (its message says why)', () => {
    const response = toErrorResponse(
      badRequest('That code has expired.', { code: ['That code has expired.'] }),
      'r2',
    );
    expect(JSON.parse(String(response.body)).error.issues).toEqual({ code: [{ code: 'invalid' }] });
  });
});
