/** The server's price of a consultation (fee, 18% GST, total) as a `<dl>`; the web never computes it. */
import type { Price } from '../../../functions/contract/api.ts';
import { formatInr } from '../lib/format.ts';
import { m } from '../paraglide/messages.js';

export function PriceBreakdown({
  price,
  testids,
  totalLabel = m.pay_total(),
  class: cls,
  strongClass,
}: {
  price: Price;
  testids: readonly [fee: string, gst: string, total: string];
  totalLabel?: string;
  class: string;
  strongClass: string;
}) {
  const rows = [
    [m.doctor_fee_label(), price.basePaise, testids[0]],
    [m.pay_gst(), price.gstPaise, testids[1]],
    [totalLabel, price.totalPaise, testids[2]],
  ] as const;
  return (
    <dl class={cls}>
      {rows.map(([label, paise, testid], i) => (
        <div key={testid} class={`flex justify-between gap-4 ${i === 2 ? strongClass : 'text-slate-700'}`}>
          <dt>{label}</dt>
          <dd class="tabular-nums" data-testid={testid}>
            {formatInr(paise)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
