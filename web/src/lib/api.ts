/**
 * The API as the current pages call it: by path (`api.get<T>('/api/…')`). New code calls operations by
 * name through the typed client (lib/client.ts), which this is built on, so both share one transport
 * and one ApiError. The payload types are the contract's (functions/contract/api.ts), re-exported here
 * under the names the pages use.
 */
import { sendRequest } from './client.ts';

export { ApiError, type FieldErrors, setUnauthorizedHandler, type UnauthorizedHandler } from './client.ts';

export const api = {
  get: <T>(path: string, init?: RequestInit) => sendRequest<T>('GET', path, undefined, init),
  post: <T>(path: string, body?: unknown, init?: RequestInit) =>
    sendRequest<T>('POST', path, body ?? {}, init),
  patch: <T>(path: string, body: unknown, init?: RequestInit) => sendRequest<T>('PATCH', path, body, init),
  del: <T = void>(path: string, init?: RequestInit) => sendRequest<T>('DELETE', path, undefined, init),
};

export type {
  AppointmentPayload,
  AppointmentStatus,
  AppointmentsPage,
  AppointmentView,
  CreateSlotsResult,
  DoctorCard,
  DoctorDetail,
  DoctorPagePayload,
  DoctorSlot,
  DoctorSlotsPayload,
  DoctorsPage,
  HealthTip,
  HomePayload,
  PaymentOrder,
  PaymentStatus,
  PaymentSummary,
  Price,
  PublicSlot,
  Receipt,
  Service,
  SlotState,
  SpecialtiesPayload,
  Specialty,
  Testimonial,
  Transcription,
  TranscriptionStatus,
  Utterance,
  VerifyPaymentResult,
} from '../../../functions/contract/api.ts';
