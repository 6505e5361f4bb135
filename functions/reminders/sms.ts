/**
 * SMS through Amazon SNS, off unless SMS_REMINDERS=true. Indian carriers drop commercial SMS that is not
 * registered on the DLT platform (TRAI TCCCPR 2018): SNS passes the registered entity (principal
 * entity id) and the template id as the AWS.MM.SMS.* attributes, and the text must match that template.
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import { sns } from '../core/clients.ts';
import { config } from '../core/config.ts';
import type { Locale } from '../core/i18n.ts';

export const smsEnabled = () => config().SMS_REMINDERS === 'true';

export async function sendSms(phoneNumber: string, message: string, locale: Locale): Promise<void> {
  const { SMS_ENTITY_ID, SMS_TEMPLATE_ID, SMS_TEMPLATE_ID_HI, SMS_SENDER_ID } = config();
  // A Hindi text is a template of its own on DLT; without one registered, no SMS rather than a dropped one.
  const templateId = locale === 'hi' ? SMS_TEMPLATE_ID_HI : SMS_TEMPLATE_ID;
  if (!SMS_ENTITY_ID || !templateId) return;
  const text = (value: string) => ({ DataType: 'String', StringValue: value });
  await sns().send(
    new PublishCommand({
      PhoneNumber: phoneNumber,
      Message: message,
      MessageAttributes: {
        'AWS.SNS.SMS.SMSType': text('Transactional'),
        'AWS.MM.SMS.EntityId': text(SMS_ENTITY_ID),
        'AWS.MM.SMS.TemplateId': text(templateId),
        ...(SMS_SENDER_ID ? { 'AWS.SNS.SMS.SenderID': text(SMS_SENDER_ID) } : {}),
      },
    }),
  );
}
