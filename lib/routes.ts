/**
 * THE route table. The CDK api stack builds the HTTP and WebSocket APIs from it, the local gateway
 * dispatches with it, and each context's handler routes internally from it. It is plain data on
 * purpose: CDK must never import handler code.
 *
 * Auth rules:
 * - public        anyone
 * - user          any signed-in user
 * - patient | doctor | admin   that Cognito group
 * - party         the appointment's own patient or doctor (`{id}` is the appointment id); others get 404
 * - patientParty  party, and the caller is the appointment's patient
 * - doctorParty   party, and the caller is the appointment's doctor
 * - webhook       no user; the handler verifies the provider's signature over the raw body
 */
export const contexts = [
  'accounts',
  'discovery',
  'appointments',
  'payments',
  'chat',
  'recordings',
  'content',
  'admin',
] as const;
export type ContextName = (typeof contexts)[number];

export type AuthRule =
  | 'public'
  | 'user'
  | 'patient'
  | 'doctor'
  | 'admin'
  | 'party'
  | 'patientParty'
  | 'doctorParty'
  | 'webhook';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpRoute {
  readonly method: HttpMethod;
  readonly path: string;
  readonly context: ContextName;
  readonly auth: AuthRule;
  /** Operation name, unique; the context's handler implements exactly these. */
  readonly operation: string;
}

// biome-ignore format: the route table reads best as one route per line
export const httpRoutes = [
  { method: 'GET', path: '/api/health', context: 'content', auth: 'public', operation: 'health' },
  { method: 'GET', path: '/api/home', context: 'content', auth: 'public', operation: 'home' },
  { method: 'GET', path: '/api/services', context: 'content', auth: 'public', operation: 'listServices' },
  { method: 'GET', path: '/api/testimonials', context: 'content', auth: 'public', operation: 'listTestimonials' },
  { method: 'GET', path: '/api/health-tips', context: 'content', auth: 'public', operation: 'listHealthTips' },
  { method: 'GET', path: '/api/health-tips/{tipId}', context: 'content', auth: 'public', operation: 'getHealthTip' },
  { method: 'POST', path: '/api/testimonials', context: 'content', auth: 'patient', operation: 'submitTestimonial' },
  { method: 'GET', path: '/api/specialties', context: 'discovery', auth: 'public', operation: 'listSpecialties' },
  { method: 'GET', path: '/api/doctors', context: 'discovery', auth: 'public', operation: 'searchDoctors' },
  { method: 'GET', path: '/api/doctors/{id}', context: 'discovery', auth: 'public', operation: 'getDoctor' },

  { method: 'POST', path: '/api/auth/register', context: 'accounts', auth: 'public', operation: 'register' },
  { method: 'POST', path: '/api/auth/confirm', context: 'accounts', auth: 'public', operation: 'confirm' },
  { method: 'POST', path: '/api/auth/resend-code', context: 'accounts', auth: 'public', operation: 'resendCode' },
  { method: 'POST', path: '/api/auth/login', context: 'accounts', auth: 'public', operation: 'login' },
  { method: 'POST', path: '/api/auth/refresh', context: 'accounts', auth: 'public', operation: 'refresh' },
  { method: 'POST', path: '/api/auth/logout', context: 'accounts', auth: 'public', operation: 'logout' },
  { method: 'POST', path: '/api/auth/forgot-password', context: 'accounts', auth: 'public', operation: 'forgotPassword' },
  { method: 'POST', path: '/api/auth/reset-password', context: 'accounts', auth: 'public', operation: 'resetPassword' },
  { method: 'POST', path: '/api/auth/mfa', context: 'accounts', auth: 'public', operation: 'completeMfa' },
  { method: 'POST', path: '/api/auth/mfa/setup', context: 'accounts', auth: 'user', operation: 'startMfaSetup' },
  { method: 'POST', path: '/api/auth/mfa/verify', context: 'accounts', auth: 'user', operation: 'finishMfaSetup' },
  { method: 'GET', path: '/api/me', context: 'accounts', auth: 'user', operation: 'getMe' },
  { method: 'PATCH', path: '/api/me', context: 'accounts', auth: 'user', operation: 'updateMe' },
  { method: 'PATCH', path: '/api/me/doctor-profile', context: 'accounts', auth: 'doctor', operation: 'updateDoctorProfile' },

  { method: 'GET', path: '/api/doctor/slots', context: 'appointments', auth: 'doctor', operation: 'listMySlots' },
  { method: 'POST', path: '/api/doctor/slots', context: 'appointments', auth: 'doctor', operation: 'createSlots' },
  { method: 'DELETE', path: '/api/doctor/slots/{slotId}', context: 'appointments', auth: 'doctor', operation: 'deleteSlot' },
  { method: 'POST', path: '/api/appointments', context: 'appointments', auth: 'patient', operation: 'book' },
  { method: 'GET', path: '/api/appointments', context: 'appointments', auth: 'user', operation: 'listAppointments' },
  { method: 'GET', path: '/api/appointments/{id}', context: 'appointments', auth: 'party', operation: 'getAppointment' },
  { method: 'PATCH', path: '/api/appointments/{id}', context: 'appointments', auth: 'doctorParty', operation: 'updateAppointment' },
  { method: 'POST', path: '/api/appointments/{id}/cancel', context: 'appointments', auth: 'party', operation: 'cancelAppointment' },

  { method: 'POST', path: '/api/appointments/{id}/payment', context: 'payments', auth: 'patientParty', operation: 'startPayment' },
  { method: 'POST', path: '/api/payments/verify', context: 'payments', auth: 'patient', operation: 'verifyPayment' },
  { method: 'POST', path: '/api/payments/webhook', context: 'payments', auth: 'webhook', operation: 'razorpayWebhook' },
  { method: 'GET', path: '/api/receipts/{id}', context: 'payments', auth: 'party', operation: 'getReceipt' },
  { method: 'GET', path: '/api/receipts/{id}/pdf', context: 'payments', auth: 'party', operation: 'getReceiptPdf' },

  { method: 'POST', path: '/api/appointments/{id}/join', context: 'chat', auth: 'party', operation: 'joinRoom' },
  { method: 'GET', path: '/api/appointments/{id}/messages', context: 'chat', auth: 'party', operation: 'chatHistory' },

  { method: 'POST', path: '/api/appointments/{id}/recordings', context: 'recordings', auth: 'doctorParty', operation: 'presignRecordingChunk' },
  { method: 'POST', path: '/api/appointments/{id}/recordings/{recordingId}/finish', context: 'recordings', auth: 'doctorParty', operation: 'finishRecording' },
  { method: 'GET', path: '/api/appointments/{id}/transcription', context: 'recordings', auth: 'party', operation: 'getTranscription' },

  { method: 'GET', path: '/api/admin/stats', context: 'admin', auth: 'admin', operation: 'adminStats' },
  { method: 'GET', path: '/api/admin/users', context: 'admin', auth: 'admin', operation: 'adminListUsers' },
  { method: 'GET', path: '/api/admin/users/{userId}', context: 'admin', auth: 'admin', operation: 'adminGetUser' },
  { method: 'POST', path: '/api/admin/users/{userId}/status', context: 'admin', auth: 'admin', operation: 'adminSetUserStatus' },
  { method: 'POST', path: '/api/admin/doctors/{userId}/verification', context: 'admin', auth: 'admin', operation: 'adminDecideVerification' },
  { method: 'GET', path: '/api/admin/appointments', context: 'admin', auth: 'admin', operation: 'adminListAppointments' },
  { method: 'GET', path: '/api/admin/appointments/{appointmentId}', context: 'admin', auth: 'admin', operation: 'adminGetAppointment' },
  { method: 'POST', path: '/api/admin/appointments/{appointmentId}/cancel', context: 'admin', auth: 'admin', operation: 'adminCancelAppointment' },
  { method: 'GET', path: '/api/admin/payments', context: 'admin', auth: 'admin', operation: 'adminListPayments' },
  { method: 'GET', path: '/api/admin/services', context: 'admin', auth: 'admin', operation: 'adminListServices' },
  { method: 'POST', path: '/api/admin/services', context: 'admin', auth: 'admin', operation: 'adminCreateService' },
  { method: 'POST', path: '/api/admin/services/order', context: 'admin', auth: 'admin', operation: 'adminReorderServices' },
  { method: 'PATCH', path: '/api/admin/services/{serviceId}', context: 'admin', auth: 'admin', operation: 'adminUpdateService' },
  { method: 'DELETE', path: '/api/admin/services/{serviceId}', context: 'admin', auth: 'admin', operation: 'adminDeleteService' },
  { method: 'GET', path: '/api/admin/health-tips', context: 'admin', auth: 'admin', operation: 'adminListHealthTips' },
  { method: 'POST', path: '/api/admin/health-tips', context: 'admin', auth: 'admin', operation: 'adminCreateHealthTip' },
  { method: 'PATCH', path: '/api/admin/health-tips/{tipId}', context: 'admin', auth: 'admin', operation: 'adminUpdateHealthTip' },
  { method: 'DELETE', path: '/api/admin/health-tips/{tipId}', context: 'admin', auth: 'admin', operation: 'adminDeleteHealthTip' },
  { method: 'GET', path: '/api/admin/testimonials', context: 'admin', auth: 'admin', operation: 'adminListTestimonials' },
  { method: 'PATCH', path: '/api/admin/testimonials/{testimonialId}', context: 'admin', auth: 'admin', operation: 'adminModerateTestimonial' },
  { method: 'DELETE', path: '/api/admin/testimonials/{testimonialId}', context: 'admin', auth: 'admin', operation: 'adminDeleteTestimonial' },
  { method: 'GET', path: '/api/admin/transcriptions', context: 'admin', auth: 'admin', operation: 'adminListTranscriptions' },
  { method: 'POST', path: '/api/admin/transcriptions/{appointmentId}/retry', context: 'admin', auth: 'admin', operation: 'adminRetryTranscription' },
  { method: 'GET', path: '/api/admin/audit', context: 'admin', auth: 'admin', operation: 'adminAuditLog' },
] as const satisfies readonly HttpRoute[];

export type Operation = (typeof httpRoutes)[number]['operation'];
export type OperationsOf<C extends ContextName> = Extract<
  (typeof httpRoutes)[number],
  { context: C }
>['operation'];

/** WebSocket routes all belong to the chat context. */
export const wsRoutes = ['$connect', '$disconnect', '$default'] as const;
export const wsContext: ContextName = 'chat';

/** `GET /api/doctors/{id}` → `GET /api/doctors/{id}` as an API Gateway route key. */
export const routeKey = (r: Pick<HttpRoute, 'method' | 'path'>) => `${r.method} ${r.path}`;

/** The HTTP/WebSocket entry point of each context (exported as `handler`). */
export const contextEntry = (c: ContextName) => `functions/${c}/handler.ts`;

/** Contexts that render PDFs: CDK puts the PDF engine and fonts beside their bundles (functions/core/pdf-assets.ts). */
export const pdfContexts: ReadonlySet<ContextName> = new Set<ContextName>(['payments']);

/**
 * Entry points that are not behind an API (each exports `handler`). CDK bundles these paths; the local
 * twin imports the same files.
 */
export const workerEntries = {
  /** Cognito PreSignUp / PostConfirmation / CustomMessage triggers. */
  cognitoTriggers: 'functions/accounts/triggers.ts',
  /**
   * Scheduled every minute: cancels unpaid holds whose 15 minutes have passed (freeing their slots),
   * and closes recordings whose browser stopped uploading.
   */
  sweeper: 'functions/appointments/sweeper.ts',
  /** S3 ObjectCreated on a recording's final marker → StartExecution. */
  recordingStarter: 'functions/recordings/starter.ts',
  /** Every task state of the transcription state machine (the state name selects the step). */
  transcriptionSteps: 'functions/transcription/steps.ts',
} as const;
export type WorkerName = keyof typeof workerEntries;

/** THE state machine: CDK deploys this file and the local twin runs the very same one. */
export const transcriptionDefinition = 'lib/pipeline/transcription.asl.json';

/** The S3 notification that starts a transcription: a recording's final marker object (written last). */
export const recordingTrigger = { prefix: 'recordings/', suffix: '/final.json' } as const;

export const contextsWithRoutes = (): ContextName[] => {
  const used = new Set<ContextName>(httpRoutes.map((r) => r.context));
  used.add(wsContext);
  return contexts.filter((c) => used.has(c));
};

/** Matches a concrete path against the table; returns the route and its path parameters. */
export function matchRoute(
  method: string,
  path: string,
): { route: HttpRoute; pathParameters: Record<string, string> } | { allowed: HttpMethod[] } | null {
  const allowed: HttpMethod[] = [];
  for (const route of httpRoutes as readonly HttpRoute[]) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method) return { route, pathParameters: params };
    allowed.push(route.method);
  }
  return allowed.length ? { allowed } : null;
}

function matchPath(template: string, path: string): Record<string, string> | null {
  const t = template.split('/');
  const p = path.replace(/\/+$/, '').split('/');
  if (t.length !== p.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!;
    const value = p[i]!;
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (!value) return null;
      try {
        params[seg.slice(1, -1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (seg !== value) return null;
  }
  return params;
}
