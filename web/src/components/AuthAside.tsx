/** The panel beside the sign-in and registration forms: what an account gives you (static: no JS). */
import type { IconShapes } from '../lib/icons/index.ts';
import { Icon } from './Icon.tsx';

export interface AuthAsideProps {
  heading: string;
  text: string;
  points: { icon: IconShapes; title: string; text: string }[];
  class?: string;
}

export function AuthAside({ heading, text, points, class: cls }: AuthAsideProps) {
  return (
    <div class={cls}>
      <h2 class="text-3xl leading-tight font-bold tracking-tight text-slate-900">{heading}</h2>
      <p class="mt-4 max-w-lg text-lg leading-8 text-slate-600">{text}</p>
      <ul class="mt-8 grid max-w-lg gap-4">
        {points.map((point) => (
          <li key={point.title} class="flex gap-3 rounded-xl border border-brand-100 bg-white/85 p-4">
            <span class="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">
              <Icon shape={point.icon} class="size-5" />
            </span>
            <span>
              <span class="block font-semibold text-slate-900">{point.title}</span>
              <span class="mt-0.5 block text-sm leading-5 text-slate-600">{point.text}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
