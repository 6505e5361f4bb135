/**
 * The server's price of a consultation as a `<dl>`: each line (the fee, a platform fee) with an
 * exempt line's reason, the GST, the total. The web never computes a figure of it.
 */
import type { Price } from '../../../functions/contract/api.ts';
import { formatInr } from '../lib/format.ts';
import { lineNote } from '../lib/invoice.ts';
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
  const rate = price.lines.find((l) => !l.exempt)?.ratePercent;
  const rows = [
    ...price.lines.map((line) => ({
      label: line.kind === 'consultation' ? m.doctor_fee_label() : m.invoice_line_platform(),
      note: line.exempt ? lineNote(line) : '',
      paise: line.valuePaise,
      testid: line.kind === 'consultation' ? testids[0] : `${testids[0]}-platform`,
    })),
    ...(rate
      ? [{ label: m.pay_gst({ percent: rate }), note: '', paise: price.gstPaise, testid: testids[1] }]
      : []),
  ];
  return (
    <dl class={cls}>
      {rows.map(({ label, note, paise, testid }) => (
        <div key={testid} class="flex justify-between gap-4 text-slate-700">
          <dt>
            {label}
            {note && <span class="block text-xs text-slate-500">{note}</span>}
          </dt>
          <dd class="tabular-nums" data-testid={testid}>
            {formatInr(paise)}
          </dd>
        </div>
      ))}
      <div class={`flex justify-between gap-4 ${strongClass}`}>
        <dt>{totalLabel}</dt>
        <dd class="tabular-nums" data-testid={testids[2]}>
          {formatInr(price.totalPaise)}
        </dd>
      </div>
    </dl>
  );
}
