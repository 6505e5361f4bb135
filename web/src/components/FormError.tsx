/** A form's error summary (role="alert"), hidden while there is nothing to say; focus moves to it on failure. */
import type { ComponentChildren, Ref } from 'preact';
import * as I from '../lib/icons/index.ts';
import { Icon } from './Icon.tsx';

export interface FormErrorProps {
  message: string | null;
  testid?: string;
  class?: string;
  boxRef?: Ref<HTMLDivElement>;
  /** Said after the message (e.g. a link to the way out). */
  children?: ComponentChildren;
}

export function FormError({ message, testid = 'form-error', class: cls, boxRef, children }: FormErrorProps) {
  return (
    <div
      ref={boxRef}
      data-form-error
      data-testid={testid}
      role="alert"
      tabIndex={-1}
      hidden={!message}
      class={`flex gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm leading-6 text-red-900 ${cls ?? ''}`.trim()}
    >
      <Icon shape={I.alertCircle} class="mt-0.5 size-5 shrink-0 text-red-700" />
      <div data-form-error-text>
        {message}
        {children}
      </div>
    </div>
  );
}
