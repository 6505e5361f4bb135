/**
 * What each audit action means, for the admin console's audit log: a label and an icon per action of
 * the route table (functions/contract/routes.ts `audit`). tests/unit/audit.test.ts checks that every audited action has
 * one, so a new audited route cannot show up as a bare code.
 */
export const auditActions: Record<string, { label: string; icon: string }> = {
  'appointment.list': { label: 'Listed their appointments', icon: 'calendar' },
  'appointment.read': { label: 'Read an appointment', icon: 'calendar' },
  'appointment.update': { label: 'Changed notes or outcome', icon: 'pencil' },
  'appointment.cancel': { label: 'Cancelled an appointment', icon: 'x-circle' },
  'receipt.read': { label: 'Read a receipt', icon: 'receipt' },
  'receipt.download': { label: 'Downloaded a receipt PDF', icon: 'download' },
  'chat.history.read': { label: 'Read the chat history', icon: 'message-square' },
  'transcript.read': { label: 'Read the transcript', icon: 'file-text' },
  'admin.user.list': { label: 'Listed users', icon: 'user-search' },
  'admin.user.read': { label: 'Read a user’s profile', icon: 'user' },
  'admin.user.status': { label: 'Disabled or enabled an account', icon: 'lock' },
  'admin.doctor.verification': { label: 'Verified or rejected a doctor', icon: 'badge-check' },
  'admin.appointment.list': { label: 'Listed appointments', icon: 'calendar' },
  'admin.appointment.read': { label: 'Read an appointment', icon: 'calendar' },
  'admin.appointment.cancel': { label: 'Cancelled (and refunded) an appointment', icon: 'x-circle' },
  'admin.payment.list': { label: 'Listed payments', icon: 'credit-card' },
  'admin.service.create': { label: 'Created a service', icon: 'plus' },
  'admin.service.reorder': { label: 'Reordered the services', icon: 'layout-dashboard' },
  'admin.service.update': { label: 'Changed a service', icon: 'pencil' },
  'admin.service.delete': { label: 'Deleted a service', icon: 'trash' },
  'admin.tip.create': { label: 'Created a health tip', icon: 'plus' },
  'admin.tip.update': { label: 'Changed a health tip', icon: 'pencil' },
  'admin.tip.delete': { label: 'Deleted a health tip', icon: 'trash' },
  'admin.testimonial.list': { label: 'Listed testimonials', icon: 'quote' },
  'admin.testimonial.moderate': { label: 'Moderated a testimonial', icon: 'check-circle' },
  'admin.testimonial.delete': { label: 'Deleted a testimonial', icon: 'trash' },
  'admin.transcription.retry': { label: 'Retried a transcription', icon: 'refresh-cw' },
  'admin.audit.export': { label: 'Exported the audit log', icon: 'download' },
};

/** Record kinds as the console names them. */
export const auditSubjects: Record<string, string> = {
  appointment: 'Appointment',
  appointments: 'Appointment list',
  chat: 'Chat of appointment',
  transcript: 'Transcript of appointment',
  receipt: 'Receipt of appointment',
  user: 'User',
  users: 'User list',
  payments: 'Payment list',
  service: 'Service',
  services: 'Services',
  healthTip: 'Health tip',
  testimonial: 'Testimonial',
  testimonials: 'Testimonial list',
  transcription: 'Transcription of appointment',
  auditLog: 'Audit log',
};

/** The record kinds whose id is an appointment's: the console can open that appointment. */
export const appointmentSubjects = new Set(['appointment', 'chat', 'transcript', 'receipt', 'transcription']);
