/**
 * /contact/: the contact form (POST /api/contact). The browser's checks and ours mirror the API's
 * rules (a name in any script, an email, a topic, 10 to 3,000 characters), so a message is refused
 * here in the page's language before it is sent; a refusal by the API (the per-address limit) shows
 * above the form. Once sent, the form gives way to a confirmation with the message's reference, which
 * takes focus, and a way to write another.
 */
import { useRef, useState } from 'preact/hooks';
import { type ContactTopic, contactTopics } from '../../../../functions/contract/api.ts';
import { Field } from '../../components/Field.tsx';
import { Form, Submit } from '../../components/Form.tsx';
import { Notice } from '../../components/Notice.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { topicLabel } from '../../lib/contact-topics.ts';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { EmailField } from '../auth/parts.tsx';

/** The API's rule for a person's name (functions/accounts/schemas.ts): letters of any script first. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;

export default function ContactForm() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<{ id: string; name: string; email: string } | null>(null);
  const done = useRef<HTMLDivElement>(null);
  const form = useForm({
    validate: (f) => {
      const name = fieldValue(f, 'name');
      const message = fieldValue(f, 'message');
      const found: Record<string, string[]> = {};
      if (name && !NAME.test(name)) found.name = [m.contact_name_invalid()];
      if (message && message.length < 10) found.message = [m.contact_message_short()];
      return found;
    },
    submit: async (f) => {
      const body = {
        name: fieldValue(f, 'name'),
        email: fieldValue(f, 'email'),
        topic: fieldValue(f, 'topic') as ContactTopic,
        message: fieldValue(f, 'message'),
        locale: getLocale(),
      };
      const { contact } = await api.call('submitContact', { body });
      setSent({ id: contact.id, name: body.name, email: body.email });
      requestAnimationFrame(() => done.current?.focus());
    },
  });

  if (sent)
    return (
      <div ref={done} tabIndex={-1} class="focus:outline-none" data-testid="contact-sent">
        <Notice tone="success">
          <p class="font-semibold">{m.contact_sent_title()}</p>
          <p class="mt-1">{m.contact_sent_text({ name: sent.name, email: sent.email })}</p>
          <p class="mt-2 text-sm">
            {m.contact_sent_reference()}{' '}
            <code class="font-mono text-xs font-semibold break-all" data-testid="contact-reference">
              {sent.id}
            </code>
          </p>
        </Notice>
        <button
          type="button"
          class="btn-secondary mt-5"
          onClick={() => setSent(null)}
          data-testid="contact-again"
        >
          {m.contact_send_another()}
        </button>
      </div>
    );

  return (
    <Form form={form} id="contact-form" data-testid="contact-form" class="grid gap-5">
      <div class="grid gap-5 sm:grid-cols-2">
        <Field
          id="contact-name"
          name="name"
          label={m.contact_name()}
          hint={m.contact_name_hint()}
          autocomplete="name"
          maxLength={60}
          missing={m.contact_name_missing()}
          testid="contact-name"
          error={form.errors.name}
          onInput={() => form.clear('name')}
        />
        <EmailField
          value={email}
          onValue={(value) => {
            setEmail(value);
            form.clear('email');
          }}
          hint={m.contact_email_hint()}
          error={form.errors.email}
        />
      </div>
      <Field
        id="contact-topic"
        name="topic"
        as="select"
        label={m.contact_topic()}
        missing={m.contact_topic_missing()}
        testid="contact-topic"
        error={form.errors.topic}
        onChange={() => form.clear('topic')}
        defaultValue=""
      >
        <option value="" disabled>
          {m.contact_topic_choose()}
        </option>
        {contactTopics.map((t) => (
          <option key={t} value={t}>
            {topicLabel[t]()}
          </option>
        ))}
      </Field>
      <Field
        id="contact-message"
        name="message"
        as="textarea"
        rows={6}
        label={m.contact_message()}
        hint={m.contact_message_hint()}
        minLength={10}
        maxLength={3000}
        missing={m.contact_message_missing()}
        invalid={m.contact_message_short()}
        testid="contact-message"
        error={form.errors.message}
        onInput={() => form.clear('message')}
      />
      <Submit
        form={form}
        class="h-12 text-base sm:justify-self-start sm:px-8"
        testid="contact-submit"
        busyLabel={m.sending()}
      >
        {m.contact_submit()}
      </Submit>
    </Form>
  );
}
