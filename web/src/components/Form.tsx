/**
 * An island form wired to useForm: the browser's checks off (ours speak our words), its error summary
 * first, then the fields given as children; `Submit` is its busy-aware submit button.
 */
import type { ComponentChildren, JSX } from 'preact';
import { Button, type ButtonProps } from './Button.tsx';
import { FormError } from './FormError.tsx';
import type { useForm } from './useForm.ts';

export type FormApi = ReturnType<typeof useForm>;

export function Form({
  form,
  errorExtra,
  class: cls = 'mt-6 grid gap-5',
  children,
  ...attrs
}: { form: FormApi; errorExtra?: ComponentChildren; children: ComponentChildren } & Omit<
  JSX.HTMLAttributes<HTMLFormElement>,
  'ref' | 'onSubmit' | 'children' | 'form'
>) {
  return (
    <form {...attrs} class={cls} ref={form.ref} noValidate onSubmit={form.onSubmit}>
      <FormError message={form.formError} boxRef={form.summary}>
        {errorExtra}
      </FormError>
      {children}
    </form>
  );
}

export const Submit = ({
  form,
  class: cls = 'h-12 text-base',
  ...props
}: { form: FormApi } & Omit<ButtonProps, 'form'>) => (
  <Button type="submit" class={cls} busy={form.busy} {...props} />
);
