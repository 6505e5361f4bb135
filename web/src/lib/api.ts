/**
 * The typed client for our own HTTP API (same origin, cookie session). Every failure, including
 * "the network is down", surfaces as an ApiError so callers handle one kind of error.
 */
import type { AppointmentView as ServerAppointmentView } from '../../../functions/appointments/views.ts';
import type { MessageView } from '../../../functions/chat/messages.ts';
import type { DoctorCard as ServerDoctorCard } from '../../../functions/discovery/doctor-card.ts';
import type { ServiceIconName } from './icons/service.ts';

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldErrors,
  ) {
    super(message);
  }

  /** The first message for a form field, if the API rejected it. */
  fieldError(field: string): string | undefined {
    return this.details?.[field]?.[0];
  }
}

const NETWORK_MESSAGE = 'We could not reach Chikitsa360. Check your internet connection and try again.';

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Some details need another look.',
  401: 'Please sign in to continue.',
  403: 'You do not have access to this.',
  404: 'We could not find what you were looking for.',
  409: 'That changed while you were looking. Please refresh and try again.',
  429: 'Too many requests. Please wait a moment and try again.',
};

function fallbackMessage(status: number): string {
  return (
    FALLBACK_MESSAGES[status] ??
    (status >= 500 ? 'Something went wrong on our side. Please try again shortly.' : 'Request failed.')
  );
}

function isErrorBody(v: unknown): v is { error: { code?: unknown; message?: unknown; details?: unknown } } {
  return (
    typeof v === 'object' && v !== null && 'error' in v && typeof (v as { error: unknown }).error === 'object'
  );
}

function toDetails(v: unknown): FieldErrors | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(v)) {
    if (Array.isArray(messages)) out[field] = messages.map(String);
    else if (typeof messages === 'string') out[field] = [messages];
  }
  return out;
}

/**
 * Asked once when a request answers 401 (lib/session.ts installs it): resolve true when the session
 * was renewed, and the request is sent again, once. The auth endpoints themselves are never retried.
 */
export type UnauthorizedHandler = () => Promise<boolean>;
let onUnauthorized: UnauthorizedHandler | null = null;

export function setUnauthorizedHandler(handler: UnauthorizedHandler | null) {
  onUnauthorized = handler;
}

const isAuthEndpoint = (path: string) => path.startsWith('/api/auth/');

async function request<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> {
  try {
    return await send<T>(method, path, body, init);
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401 || !onUnauthorized || isAuthEndpoint(path))
      throw err;
    if (init?.signal?.aborted || !(await onUnauthorized())) throw err;
    return send<T>(method, path, body, init);
  }
}

async function send<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  headers.set('accept', 'application/json');
  if (body !== undefined) headers.set('content-type', 'application/json');

  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE);
  }

  const text = await res.text().catch(() => '');
  let data: unknown;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!res.ok) {
    if (isErrorBody(data)) {
      const { code, message, details } = data.error;
      throw new ApiError(
        res.status,
        typeof code === 'string' ? code : `http_${res.status}`,
        typeof message === 'string' && message ? message : fallbackMessage(res.status),
        toDetails(details),
      );
    }
    throw new ApiError(res.status, `http_${res.status}`, fallbackMessage(res.status));
  }
  if (text && data === undefined)
    throw new ApiError(res.status, 'bad_response', 'The server sent a response we could not read.');
  return data as T;
}

const get = <T>(path: string, init?: RequestInit) => request<T>('GET', path, undefined, init);
const post = <T>(path: string, body?: unknown, init?: RequestInit) =>
  request<T>('POST', path, body ?? {}, init);
const id = encodeURIComponent;

/**
 * THE way to the API. Components and islands call the named operations; the raw verbs remain for the
 * page scripts not yet moved to components. (When the typed client generated from the route table
 * lands, these names map onto it one to one.)
 */
export const api = {
  get,
  post,
  patch: <T>(path: string, body: unknown, init?: RequestInit) => request<T>('PATCH', path, body, init),
  del: <T = void>(path: string, init?: RequestInit) => request<T>('DELETE', path, undefined, init),

  home: (init?: RequestInit) => get<HomePayload>('/api/home', init),
  specialties: (init?: RequestInit) => get<SpecialtiesPayload>('/api/specialties', init),
  searchDoctors: (query: URLSearchParams, init?: RequestInit) =>
    get<DoctorsPage>(`/api/doctors?${query.toString()}`, init),
  doctor: (doctorId: string, init?: RequestInit) =>
    get<DoctorPagePayload>(`/api/doctors/${id(doctorId)}`, init),
  healthTips: (init?: RequestInit) => get<{ healthTips: HealthTip[] }>('/api/health-tips', init),
  healthTip: (tipId: string, init?: RequestInit) =>
    get<{ healthTip: HealthTip }>(`/api/health-tips/${id(tipId)}`, init),
  appointments: (
    q: { scope: 'today' | 'upcoming' | 'past'; limit: number; tz: string; cursor?: string | null },
    init?: RequestInit,
  ) => {
    const query = new URLSearchParams({ scope: q.scope, limit: String(q.limit), tz: q.tz });
    if (q.cursor) query.set('cursor', q.cursor);
    return get<AppointmentsPage>(`/api/appointments?${query}`, init);
  },
  appointment: (appointmentId: string) => get<AppointmentPayload>(`/api/appointments/${id(appointmentId)}`),
  cancelAppointment: (appointmentId: string, reason: string) =>
    post<{ appointment: AppointmentView }>(
      `/api/appointments/${id(appointmentId)}/cancel`,
      reason ? { reason } : {},
    ),
  updateAppointment: (
    appointmentId: string,
    body: { notes?: string; status?: 'COMPLETED' | 'NO_SHOW'; recordingEnabled?: boolean },
  ) => request<{ appointment: AppointmentView }>('PATCH', `/api/appointments/${id(appointmentId)}`, body),
  transcription: (appointmentId: string) =>
    get<{ transcription: Transcription }>(`/api/appointments/${id(appointmentId)}/transcription`),
  sendFeedback: (body: { appointmentId: string; rating: number; content: string }) =>
    post<{ testimonial: { message: string } }>('/api/testimonials', body),
  paymentOrder: (appointmentId: string) =>
    post<PaymentOrder>(`/api/appointments/${id(appointmentId)}/payment`),
  verifyPayment: (body: { orderId: string; paymentId: string; signature: string }) =>
    post<VerifyPaymentResult>('/api/payments/verify', body),
  receipt: (appointmentId: string) => get<{ receipt: Receipt }>(`/api/receipts/${id(appointmentId)}`),
  doctorSlots: (from: string, to: string) =>
    get<DoctorSlotsPayload>(`/api/doctor/slots?from=${from}&to=${to}`),
  publishSlots: (body: { dates: string[]; startTime: string; endTime: string; durationMinutes: number }) =>
    post<CreateSlotsResult>('/api/doctor/slots', body),
  deleteSlot: (slotId: string) => request<void>('DELETE', `/api/doctor/slots/${id(slotId)}`),
  updateMe: (body: {
    firstName: string;
    lastName: string;
    phone: string;
    dateOfBirth: string;
    address: string;
    timeZone: string;
  }) => request<unknown>('PATCH', '/api/me', body),
  updateDoctorProfile: (body: {
    specialty: string;
    registrationNumber: string;
    experienceYears: number;
    feeRupees: number;
    languages: string[];
    education: string;
    hospital: string;
    bio: string;
    available: boolean;
  }) => request<unknown>('PATCH', '/api/me/doctor-profile', body),
  book: (slotId: string, reason: string) =>
    post<{ appointment: AppointmentView }>('/api/appointments', { slotId, reason }),
};

// ---- Payload types -------------------------------------------------------------------------

export interface Service {
  id: string;
  name: string;
  description: string;
  /** One of the known service icons; an unknown name renders as a stethoscope. */
  icon: ServiceIconName | (string & {});
  displayOrder: number;
}

export interface Testimonial {
  id: string;
  name: string;
  imageUrl: string | null;
  content: string;
  /** 1 to 5. */
  rating: number;
  featured: boolean;
  createdAt: string;
}

export interface HealthTip {
  id: string;
  title: string;
  /** Markdown source. Show it as plain text (see `plainTextExcerpt`), never as HTML. */
  content: string;
  imageUrl: string | null;
  authorName: string | null;
  featured: boolean;
  createdAt: string;
}

/** A verified doctor as lists show it: the server's own type (functions/discovery/doctor-card.ts). */
export type DoctorCard = ServerDoctorCard;

export interface HomePayload {
  services: Service[];
  testimonials: Testimonial[];
  healthTips: HealthTip[];
  featuredDoctors: DoctorCard[];
}

export interface Specialty {
  id: string;
  name: string;
  description: string;
}

export interface SpecialtiesPayload {
  specialties: Specialty[];
}

export interface DoctorsPage {
  doctors: DoctorCard[];
  nextCursor: string | null;
}

/** A free slot on a doctor's public page. */
export interface PublicSlot {
  /** Used to book it (POST /api/appointments). */
  id: string;
  startAt: string;
  endAt: string;
  /** The calendar date in the doctor's zone (YYYY-MM-DD). */
  localDate: string;
  timeZone: string;
}

export interface DoctorDetail extends DoctorCard {
  bio: string;
  education: string;
  registrationNumber: string;
}

export interface DoctorPagePayload {
  doctor: DoctorDetail;
  /** Free slots for the next 7 days, soonest first. */
  slots: PublicSlot[];
}

export type AppointmentStatus = AppointmentView['status'];
export type Price = AppointmentView['price'];

/** An appointment as one of its two parties sees it: the server's own type (functions/appointments/views.ts). */
export type AppointmentView = ServerAppointmentView;

/** A chat message as the API and the room's frames carry it (functions/chat/messages.ts). */
export type { MessageView };

export interface AppointmentsPage {
  appointments: AppointmentView[];
  nextCursor: string | null;
}

export type PaymentStatus = 'PENDING' | 'COMPLETED' | 'FAILED' | 'REFUNDED';

export interface PaymentSummary {
  status: PaymentStatus;
  amountPaise: number;
  hasReceipt: boolean;
  /** The refund decided (or made) for a cancelled paid appointment. */
  refundPaise: number | null;
  failureReason: string | null;
}

export interface AppointmentPayload {
  appointment: AppointmentView;
  payment: PaymentSummary | null;
}

/** POST /api/appointments/{id}/payment: the order to pay. */
export interface PaymentOrder {
  provider: 'razorpay' | 'simulated';
  keyId: string;
  orderId: string;
  currency: 'INR';
  basePaise: number;
  gstPaise: number;
  amountPaise: number;
  holdExpiresAt: string;
  description: string;
  prefill: { name: string; email: string };
  /** The local twin's test-payment page (simulated provider only). */
  checkoutUrl: string | null;
}

export interface Receipt {
  /** The appointment id. */
  id: string;
  receiptNumber: string;
  patientName: string;
  doctorName: string;
  doctorRegistrationNumber: string;
  appointmentStartAt: string;
  timeZone: string;
  basePaise: number;
  gstPercent: number;
  gstPaise: number;
  totalPaise: number;
  currency: string;
  providerPaymentId: string;
  paidAt: string;
  refund: { amountPaise: number; refundId: string; refundedAt: string } | null;
  issuer: { name: string; address: string[]; email: string };
}

export interface VerifyPaymentResult {
  appointmentId: string;
  receipt: Receipt;
}

export type TranscriptionStatus = 'PENDING' | 'PROCESSING' | 'COMPLETED' | 'FAILED';

export interface Utterance {
  speaker: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  text: string;
}

export interface Transcription {
  status: TranscriptionStatus;
  provider: string | null;
  language: string | null;
  durationSec: number | null;
  text: string | null;
  utterances: Utterance[];
  /** The whole transcript as text, ready to copy or download (COMPLETED only). */
  plainText: string | null;
  error: string | null;
  updatedAt: string;
}

export type SlotState = 'free' | 'held' | 'booked';

/** One of the doctor's own slots (GET /api/doctor/slots). */
export interface DoctorSlot {
  id: string;
  startAt: string;
  endAt: string;
  timeZone: string;
  localDate: string;
  status: SlotState;
  appointmentId: string | null;
}

export interface DoctorSlotsPayload {
  from: string;
  to: string;
  timeZone: string;
  slots: DoctorSlot[];
}

export interface CreateSlotsResult {
  created: number;
  slots: { id: string; startAt: string; endAt: string; localDate: string }[];
}
