/** A button in one of the site's looks; while `busy` it is disabled and shows a spinner and `busyLabel`. */
import type { ComponentChildren, JSX, Ref } from 'preact';

const VARIANTS = {
  primary: 'btn-primary',
  secondary: 'btn-secondary',
  ghost: 'btn-ghost',
  danger: 'btn bg-red-700 text-white hover:bg-red-800',
} as const;

export interface ButtonProps extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'ref'> {
  variant?: keyof typeof VARIANTS;
  busy?: boolean;
  busyLabel?: ComponentChildren;
  testid?: string;
  class?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
}

export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  testid,
  class: cls,
  type = 'button',
  disabled,
  buttonRef,
  children,
  ...attrs
}: ButtonProps) {
  return (
    <button
      {...attrs}
      ref={buttonRef}
      type={type}
      class={`${VARIANTS[variant]} ${cls ?? ''}`.trim()}
      disabled={busy || disabled}
      aria-busy={busy ? 'true' : undefined}
      data-testid={testid}
    >
      {busy && <span class="spinner" aria-hidden="true" />}
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
