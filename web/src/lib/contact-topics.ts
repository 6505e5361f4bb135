/** What a contact-form message is about, in the page's language (the form's choices, the console's badge). */
import type { ContactTopic } from '../../../functions/contract/api.ts';
import { m } from '../paraglide/messages.js';

export const topicLabel: Record<ContactTopic, () => string> = {
  appointment: m.contact_topic_appointment,
  payment: m.contact_topic_payment,
  account: m.contact_topic_account,
  doctor: m.contact_topic_doctor,
  privacy: m.contact_topic_privacy,
  other: m.contact_topic_other,
};
