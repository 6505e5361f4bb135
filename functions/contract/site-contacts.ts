/**
 * The addresses the site publishes, in ONE place: the support inbox (the contact form's messages are
 * emailed there, and the contact page shows it) and the Grievance Officer that the privacy policy
 * names (DPDP Act 2023, s. 8(10) and s. 13: a published contact who answers data questions and
 * grievances). The web build reads these into the pages and the content function into its emails, so a
 * change here changes both. The officer below is a PLACEHOLDER until the operator appoints one.
 */
export const siteContacts = {
  supportInbox: 'support@chikitsa360.in',
  grievanceOfficer: {
    name: 'Grievance Officer (placeholder name)',
    email: 'grievance@chikitsa360.in',
  },
} as const;
