/**
 * The admin console's view of /api/admin/* (functions/admin): payload types and one function per
 * call, on top of the shared typed client. Every call needs the `admins` group.
 */
import {
  type AppointmentStatus,
  type AppointmentView,
  api,
  type HealthTip,
  type PaymentStatus,
  type TranscriptionStatus,
} from './api.ts';
import type { Me } from './session.ts';

export interface Page {
  nextCursor: string | null;
}

/** The console's tab orders. */
export const appointmentStatuses: readonly AppointmentStatus[] = [
  'REQUESTED',
  'CONFIRMED',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
];
export const paymentStatuses: readonly PaymentStatus[] = ['COMPLETED', 'PENDING', 'FAILED', 'REFUNDED'];
export const transcriptionStatuses: readonly TranscriptionStatus[] = [
  'FAILED',
  'PENDING',
  'PROCESSING',
  'COMPLETED',
];

export const directories = [
  'patient',
  'doctor-pending',
  'doctor-verified',
  'doctor-rejected',
  'doctor-disabled',
  'admin',
] as const;
export type Directory = (typeof directories)[number];

export interface AdminStats {
  users: { total: number; patients: number; doctors: number; admins: number };
  doctors: { verified: number; pending: number; rejected: number };
  appointments: { today: number; byStatus: Record<AppointmentStatus, number> };
  revenue: { todayPaise: number; monthPaise: number };
  transcriptions: { failed: number };
  bookingsPerDay: { date: string; count: number }[];
  asOf: string;
}

export type AdminUser = Me & { disabled: boolean };

/** An account with the appointments it still has ahead (REQUESTED or CONFIRMED, not started). */
export interface AdminUserDetail {
  user: AdminUser;
  futureAppointments: AppointmentView[];
}

/** POST …/status answers with the account, what is still ahead of it, and what this call cancelled. */
export interface StatusChangeResult extends AdminUserDetail {
  cancelled: AppointmentView[];
}

/** An admin sees every appointment the way the API's AppointmentView describes it. */
export type AdminAppointment = AppointmentView;

export interface AppointmentDetail {
  appointment: AdminAppointment;
  payment: { status: PaymentStatus; amountPaise: number; refundPaise: number | null; orderId: string } | null;
  transcription: { status: string; error: string | null } | null;
}

export interface AdminPayment {
  appointmentId: string;
  status: PaymentStatus;
  provider: string;
  orderId: string;
  providerPaymentId: string | null;
  amountPaise: number;
  refundPaise: number | null;
  failureReason: string | null;
  createdAt: string;
  paidAt: string | null;
  refundedAt: string | null;
}

export interface AdminService {
  id: string;
  name: string;
  description: string;
  icon: string;
  displayOrder: number;
  active: boolean;
}

export type AdminHealthTip = HealthTip & { authorId?: string; updatedAt?: string };

export interface AdminTestimonial {
  id: string;
  name: string;
  content: string;
  rating: number;
  approved: boolean;
  featured: boolean;
  createdAt: string;
  appointmentId?: string;
}

export interface AdminTranscription {
  appointmentId: string;
  recordingId: string;
  status: TranscriptionStatus;
  error: string | null;
  attempts: number;
  updatedAt: string;
}

/** One audit event (functions/admin/audit.ts): who did what to which record, when and from where. */
export interface AuditEvent {
  id: string;
  at: string;
  action: string;
  actorId: string;
  actorRole: string;
  actorName: string | null;
  subjectType: string;
  subjectId: string;
  sourceIp: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: string | null;
}

/** The audit log's filters; `from` is inclusive and `to` exclusive, both ISO instants. */
export interface AuditQuery {
  actorId?: string;
  subjectId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const qs = (params: Record<string, string | number | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};
const id = (value: string) => encodeURIComponent(value);

/** Rows per "Load more". */
export const PAGE_SIZE = 20;

export const adminApi = {
  stats: (init?: RequestInit) => api.get<AdminStats>('/api/admin/stats', init),

  users: (directory: Directory, cursor?: string | null, init?: RequestInit) =>
    api.get<Page & { users: AdminUser[] }>(
      `/api/admin/users${qs({ directory, cursor, limit: PAGE_SIZE })}`,
      init,
    ),
  user: (userId: string, init?: RequestInit) =>
    api.get<AdminUserDetail>(`/api/admin/users/${id(userId)}`, init),
  /** Disables or enables; with cancelAppointments, also cancels the account's future appointments (refunded in full). */
  setDisabled: (userId: string, disabled: boolean, options: { cancelAppointments?: boolean } = {}) =>
    api.post<StatusChangeResult>(`/api/admin/users/${id(userId)}/status`, { disabled, ...options }),
  decide: (userId: string, decision: 'verify' | 'reject', note?: string) =>
    api.post<{ doctorId: string; verificationStatus: string }>(
      `/api/admin/doctors/${id(userId)}/verification`,
      note === undefined ? { decision } : { decision, note },
    ),

  appointments: (
    q: { status: AppointmentStatus; from?: string; to?: string },
    cursor?: string | null,
    init?: RequestInit,
  ) =>
    api.get<Page & { appointments: AdminAppointment[] }>(
      `/api/admin/appointments${qs({ ...q, cursor, limit: PAGE_SIZE })}`,
      init,
    ),
  appointment: (appointmentId: string, init?: RequestInit) =>
    api.get<AppointmentDetail>(`/api/admin/appointments/${id(appointmentId)}`, init),
  cancelAppointment: (appointmentId: string, reason: string) =>
    api.post<{ appointment: AdminAppointment }>(`/api/admin/appointments/${id(appointmentId)}/cancel`, {
      reason,
    }),

  payments: (status: PaymentStatus, cursor?: string | null, init?: RequestInit) =>
    api.get<Page & { payments: AdminPayment[] }>(
      `/api/admin/payments${qs({ status, cursor, limit: PAGE_SIZE })}`,
      init,
    ),

  services: (init?: RequestInit) => api.get<{ services: AdminService[] }>('/api/admin/services', init),
  createService: (body: Pick<AdminService, 'name' | 'description' | 'icon' | 'active'>) =>
    api.post<{ service: AdminService }>('/api/admin/services', body),
  updateService: (serviceId: string, body: Partial<Omit<AdminService, 'id' | 'displayOrder'>>) =>
    api.patch<{ service: AdminService }>(`/api/admin/services/${id(serviceId)}`, body),
  deleteService: (serviceId: string) => api.del(`/api/admin/services/${id(serviceId)}`),
  reorderServices: (ids: string[]) =>
    api.post<{ services: AdminService[] }>('/api/admin/services/order', { ids }),

  tips: (init?: RequestInit) => api.get<{ healthTips: AdminHealthTip[] }>('/api/admin/health-tips', init),
  createTip: (body: { title: string; content: string; imageUrl?: string; featured?: boolean }) =>
    api.post<{ healthTip: AdminHealthTip }>('/api/admin/health-tips', body),
  updateTip: (
    tipId: string,
    body: Partial<{ title: string; content: string; imageUrl: string; featured: boolean }>,
  ) => api.patch<{ healthTip: AdminHealthTip }>(`/api/admin/health-tips/${id(tipId)}`, body),
  deleteTip: (tipId: string) => api.del(`/api/admin/health-tips/${id(tipId)}`),

  testimonials: (state: 'pending' | 'approved', init?: RequestInit) =>
    api.get<{ testimonials: AdminTestimonial[] }>(`/api/admin/testimonials${qs({ state })}`, init),
  moderateTestimonial: (testimonialId: string, body: { approved?: boolean; featured?: boolean }) =>
    api.patch<{ testimonial: AdminTestimonial }>(`/api/admin/testimonials/${id(testimonialId)}`, body),
  deleteTestimonial: (testimonialId: string) => api.del(`/api/admin/testimonials/${id(testimonialId)}`),

  transcriptions: (status: TranscriptionStatus, cursor?: string | null, init?: RequestInit) =>
    api.get<Page & { transcriptions: AdminTranscription[] }>(
      `/api/admin/transcriptions${qs({ status, cursor, limit: PAGE_SIZE })}`,
      init,
    ),
  retryTranscription: (appointmentId: string) =>
    api.post<{ retried: boolean; execution: string }>(`/api/admin/transcriptions/${id(appointmentId)}/retry`),

  audit: (q: AuditQuery, cursor?: string | null, init?: RequestInit) =>
    api.get<Page & { events: AuditEvent[] }>(
      `/api/admin/audit${qs({ ...q, cursor, limit: PAGE_SIZE })}`,
      init,
    ),
  /** A plain link: the browser downloads the CSV (Content-Disposition: attachment) with the session cookie. */
  auditExportUrl: (q: AuditQuery) => `/api/admin/audit.csv${qs({ ...q })}`,
};
