/**
 * Money is integer paise everywhere. GST is 18% of the consultation fee, rounded half-up to the
 * nearest paisa: gst = floor((fee × 18 + 50) / 100). The total charged is fee + gst, and the receipt
 * shows exactly these three numbers, so the receipt total is always what was charged.
 */
export const GST_PERCENT = 18;

export function gstOn(basePaise: number): number {
  if (!Number.isSafeInteger(basePaise) || basePaise < 0) throw new Error(`Invalid amount: ${basePaise}`);
  return Math.floor((basePaise * GST_PERCENT + 50) / 100);
}

export function priceOf(basePaise: number) {
  const gstPaise = gstOn(basePaise);
  return { basePaise, gstPaise, totalPaise: basePaise + gstPaise };
}
