/**
 * The one place the web computes a price: the doctor's public page, whose view (GET /api/doctors/{id})
 * has only `feePaise`, no `price` (asked of the server). The fee plus 18% GST rounded half-up to the
 * paisa, exactly as functions/payments/money.ts charges it. Appointments and receipts carry the
 * server's own numbers. Remove this when the doctor's view gains `price`.
 */
export function priceWithGst(feePaise: number) {
  const gstPaise = Math.floor((feePaise * 18 + 50) / 100);
  return { basePaise: feePaise, gstPaise, totalPaise: feePaise + gstPaise };
}
