/**
 * A refused field said as a code a client can phrase in any language (the contract's FieldIssue):
 * zod's issue kinds map to a handful of codes, and a schema's own refusal (a `custom` issue) names its
 * code in `params.fieldIssue`. The English sentence the schema wrote stays the API's `details`.
 */
import type { z } from 'zod';
import type { FieldIssue, FieldIssueCode, FieldIssues } from '../contract/errors.ts';

type Issue = z.core.$ZodIssue;

/** What a schema's own refusal puts in a custom issue's `params`, so the client can say it too. */
export const issueParams = (code: FieldIssueCode, bounds: Omit<FieldIssue, 'code'> = {}) => ({
  fieldIssue: { code, ...bounds } satisfies FieldIssue,
});

const bound = (value: number | bigint) => Number(value);

export function fieldIssueOf(issue: Issue): FieldIssue {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined || issue.input === null ? 'required' : 'invalid' };
    case 'too_small':
      if (issue.origin === 'string')
        return bound(issue.minimum) <= 1
          ? { code: 'required' }
          : { code: 'too_short', min: bound(issue.minimum) };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_few', min: bound(issue.minimum) };
      return { code: 'too_small', min: bound(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', max: bound(issue.maximum) };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_many', max: bound(issue.maximum) };
      return { code: 'too_big', max: bound(issue.maximum) };
    case 'invalid_value':
      return { code: 'not_in_list' };
    case 'custom': {
      const named = (issue.params as { fieldIssue?: FieldIssue } | undefined)?.fieldIssue;
      return named ?? { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

/** The issues of every field a domain refusal names in its `details` (it explains them in `message`). */
export const invalidFields = (fields: Iterable<string>): FieldIssues =>
  Object.fromEntries([...fields].map((field) => [field, [{ code: 'invalid' as const }]]));
