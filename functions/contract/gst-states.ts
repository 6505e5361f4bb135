/**
 * India's states and union territories with their GST state codes: the first two digits of every
 * GSTIN and the code an invoice gives for the place of supply. Source: the GST state code list
 * published by GSTN (Annexure to the GST registration FAQs, cbic-gst.gov.in; codes 25 Daman and Diu
 * and 28 old Andhra Pradesh are retired: Dadra and Nagar Haveli and Daman and Diu merged as 26 in 2020,
 * Andhra Pradesh registers as 37). Data, not messages: the names are proper nouns in each script.
 */
/** Each state's GST code (api.ts gstStateCodes, in the same order: a unit test holds them equal) and names. */
export const GST_STATES: readonly { gst: string; en: string; hi: string }[] = [
  { gst: '01', en: 'Jammu and Kashmir', hi: 'जम्मू और कश्मीर' },
  { gst: '02', en: 'Himachal Pradesh', hi: 'हिमाचल प्रदेश' },
  { gst: '03', en: 'Punjab', hi: 'पंजाब' },
  { gst: '04', en: 'Chandigarh', hi: 'चंडीगढ़' },
  { gst: '05', en: 'Uttarakhand', hi: 'उत्तराखंड' },
  { gst: '06', en: 'Haryana', hi: 'हरियाणा' },
  { gst: '07', en: 'Delhi', hi: 'दिल्ली' },
  { gst: '08', en: 'Rajasthan', hi: 'राजस्थान' },
  { gst: '09', en: 'Uttar Pradesh', hi: 'उत्तर प्रदेश' },
  { gst: '10', en: 'Bihar', hi: 'बिहार' },
  { gst: '11', en: 'Sikkim', hi: 'सिक्किम' },
  { gst: '12', en: 'Arunachal Pradesh', hi: 'अरुणाचल प्रदेश' },
  { gst: '13', en: 'Nagaland', hi: 'नागालैंड' },
  { gst: '14', en: 'Manipur', hi: 'मणिपुर' },
  { gst: '15', en: 'Mizoram', hi: 'मिज़ोरम' },
  { gst: '16', en: 'Tripura', hi: 'त्रिपुरा' },
  { gst: '17', en: 'Meghalaya', hi: 'मेघालय' },
  { gst: '18', en: 'Assam', hi: 'असम' },
  { gst: '19', en: 'West Bengal', hi: 'पश्चिम बंगाल' },
  { gst: '20', en: 'Jharkhand', hi: 'झारखंड' },
  { gst: '21', en: 'Odisha', hi: 'ओडिशा' },
  { gst: '22', en: 'Chhattisgarh', hi: 'छत्तीसगढ़' },
  { gst: '23', en: 'Madhya Pradesh', hi: 'मध्य प्रदेश' },
  { gst: '24', en: 'Gujarat', hi: 'गुजरात' },
  { gst: '26', en: 'Dadra and Nagar Haveli and Daman and Diu', hi: 'दादरा और नगर हवेली और दमन और दीव' },
  { gst: '27', en: 'Maharashtra', hi: 'महाराष्ट्र' },
  { gst: '29', en: 'Karnataka', hi: 'कर्नाटक' },
  { gst: '30', en: 'Goa', hi: 'गोवा' },
  { gst: '31', en: 'Lakshadweep', hi: 'लक्षद्वीप' },
  { gst: '32', en: 'Kerala', hi: 'केरल' },
  { gst: '33', en: 'Tamil Nadu', hi: 'तमिलनाडु' },
  { gst: '34', en: 'Puducherry', hi: 'पुडुचेरी' },
  { gst: '35', en: 'Andaman and Nicobar Islands', hi: 'अंडमान और निकोबार द्वीपसमूह' },
  { gst: '36', en: 'Telangana', hi: 'तेलंगाना' },
  { gst: '37', en: 'Andhra Pradesh', hi: 'आंध्र प्रदेश' },
  { gst: '38', en: 'Ladakh', hi: 'लद्दाख' },
];

export const isGstStateCode = (value: unknown): value is string =>
  typeof value === 'string' && GST_STATES.some((s) => s.gst === value);

/** The state's name in the reader's language ('29' → 'Karnataka' / 'कर्नाटक'); the code if unknown. */
export function gstStateName(code: string, locale: 'en' | 'hi'): string {
  return GST_STATES.find((s) => s.gst === code)?.[locale] ?? code;
}
