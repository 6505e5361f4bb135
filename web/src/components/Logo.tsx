/** The Chikitsa360 mark: a near-full circle (care all round) with a medical cross, plus the word mark. */
export function Logo({ tone = 'dark', class: cls = '' }: { tone?: 'dark' | 'light'; class?: string }) {
  const dark = tone === 'dark';
  return (
    <span class={`inline-flex items-center gap-2.5 ${cls}`.trim()}>
      <svg viewBox="0 0 32 32" class="size-9 shrink-0" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="9" fill={dark ? '#0f6e66' : '#ffffff'} />
        <path
          d="M16 6.5a9.5 9.5 0 1 0 9.2 11.9"
          fill="none"
          stroke={dark ? '#ffffff' : '#0f6e66'}
          stroke-width="2.6"
          stroke-linecap="round"
        />
        <path
          d="M25.6 12.9a9.6 9.6 0 0 0-1.5-2.9"
          fill="none"
          stroke="#f59e0b"
          stroke-width="2.6"
          stroke-linecap="round"
        />
        <path
          d="M16 11.5v9M11.5 16h9"
          stroke={dark ? '#ffffff' : '#0f6e66'}
          stroke-width="2.8"
          stroke-linecap="round"
        />
      </svg>
      <span class={`text-xl font-bold tracking-tight ${dark ? 'text-slate-900' : 'text-white'}`}>
        Chikitsa<span class={dark ? 'text-brand-700' : 'text-brand-200'}>360</span>
      </span>
    </span>
  );
}
