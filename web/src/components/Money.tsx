/** An amount of money: integer paise in, "₹1,41,600.00" out (en-IN grouping). */
import { formatInr } from '../lib/format.ts';

export function Money({ paise, testid, class: cls }: { paise: number; testid?: string; class?: string }) {
  return (
    <span class={cls} data-testid={testid}>
      {formatInr(paise)}
    </span>
  );
}
