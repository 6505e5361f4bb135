/** A panel docked to the right (full width on a phone): the Dialog system with a close button, focused on open. */
import type { ComponentChildren } from 'preact';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Dialog } from './Dialog.tsx';
import { Icon } from './Icon.tsx';

export interface DrawerProps {
  open: boolean;
  onClose: () => void;
  title: ComponentChildren;
  children: ComponentChildren;
  testid?: string;
}

export function Drawer({ open, onClose, title, children, testid }: DrawerProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      testid={testid}
      class="drawer m-0 ml-auto h-dvh max-h-none w-full max-w-xl overflow-y-auto bg-white p-6 shadow-lift backdrop:bg-slate-900/40"
      titleClass="pr-12 text-xl font-semibold text-slate-900"
    >
      <button
        type="button"
        class="btn-ghost absolute top-4 right-4 px-2.5"
        data-testid="drawer-close"
        data-autofocus
        onClick={onClose}
      >
        <Icon shape={I.x} class="size-5" />
        <span class="sr-only">{m.close()}</span>
      </button>
      <div class="mt-4">{children}</div>
    </Dialog>
  );
}
