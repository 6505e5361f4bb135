/**
 * The call: the other person's video (or who we are waiting for), your own tile, the status, timer
 * and recording pills, the recording notice, the controls, and the chat. Phones: the stage over the
 * chat, and your tile in the controls' row, never over the other person; from sm your tile floats
 * over the stage's corner.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { initials } from '../../lib/format.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import type { Consultation, ShownState } from '../../lib/room/consultation.ts';
import { formatCountdown } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { ChatPanel } from './ChatPanel.tsx';

const pill =
  'pointer-events-auto inline-flex max-w-full items-center gap-2 rounded-full bg-slate-900/70 px-3 py-1.5 text-xs font-medium text-white ring-1 ring-white/15 backdrop-blur';
const round =
  'grid size-12 shrink-0 place-items-center rounded-full bg-white/15 text-white ring-1 ring-white/20 backdrop-blur transition-colors hover:bg-white/25 aria-pressed:bg-white aria-pressed:text-slate-900 sm:size-13';
const DOTS: Record<string, string> = {
  connected: 'bg-emerald-400',
  connecting: 'animate-pulse bg-accent-400',
  reconnecting: 'animate-pulse bg-accent-400',
  on: 'animate-pulse bg-red-500',
  waiting: 'bg-slate-300',
  armed: 'bg-slate-300',
  saving: 'bg-slate-300',
};

/** What the status pill says, and the placeholder over the remote video: [status, title, sub]. */
function texts(call: Consultation, state: ShownState, streaming: boolean): [string, string, string] {
  const peer = call.session.peer.name;
  const left = call.peerLeft.value;
  if (streaming) {
    // Shown only while their camera is off.
    const sub = call.peerMic.value ? m.room_still_hear() : m.room_peer_muted_too();
    return [m.room_connected({ peer }), m.room_peer_camera_off({ peer }), sub];
  }
  if (state === 'waiting' && left === 'bye')
    return [m.room_peer_left({ peer }), m.room_peer_left({ peer }), m.room_peer_left_sub()];
  if (state === 'waiting' && left === 'lost')
    return [m.room_peer_dropped({ peer }), m.room_waiting_back({ peer }), m.room_peer_dropped_sub()];
  if (state === 'waiting')
    return [m.room_waiting_for({ peer }), m.room_waiting_short({ peer }), m.room_waiting_sub()];
  if (state === 'reconnecting')
    return [m.room_reconnecting(), m.room_reconnecting_short(), m.room_reconnecting_sub()];
  const status = {
    connecting: m.room_connecting({ peer }),
    connected: m.room_connected({ peer }),
    ended: m.room_call_ended(),
  }[state];
  return [status, m.room_connecting({ peer }), m.room_connecting_sub()];
}

/** The recording pill: [state, text], or null when there is nothing to say. */
function recordingPill(call: Consultation): [string, string] | null {
  const recorder = call.recorder;
  if (!recorder) {
    if (call.session.role === 'doctor' && call.session.recordingEnabled)
      return ['error', m.room_rec_unsupported()];
    const on = call.peerRecording.value;
    return on === null ? null : on ? ['on', m.room_rec_on()] : ['off', m.room_rec_off()];
  }
  const { state, problem } = recorder.status.value;
  const peer = call.session.peer.name;
  const consent = call.recordingConsent.value;
  if (recorder.enabled && consent !== 'given' && (state === 'off' || state === 'saved'))
    return consent === 'withdrawn'
      ? ['off', m.room_rec_consent_withdrawn()]
      : ['armed', m.room_rec_waiting_consent({ peer })];
  const text = {
    off: recorder.enabled ? m.room_rec_armed({ peer }) : m.room_rec_off(),
    starting: m.room_rec_starting(),
    on: problem ? m.room_rec_retrying() : m.room_rec_on(),
    saving: m.room_rec_saving(),
    saved: recorder.enabled ? m.room_rec_saved() : m.room_rec_off(),
    error: problem ? m.room_rec_stopped_because({ problem }) : m.room_rec_stopped(),
  }[state];
  return [state === 'off' && recorder.enabled ? 'armed' : state, text];
}

/** A switch for your microphone or camera: pressed while it is off, named for what a press does. */
function Toggle(props: {
  on: boolean;
  testid: string;
  shapes: [IconShapes, IconShapes];
  labels: [string, string];
  onClick: () => void;
}) {
  const label = props.labels[props.on ? 0 : 1];
  return (
    <button
      type="button"
      class={round}
      aria-pressed={!props.on}
      data-testid={props.testid}
      title={label}
      onClick={props.onClick}
    >
      <Icon shape={props.shapes[props.on ? 0 : 1]} class="size-5" />
      <span class="sr-only">{label}</span>
    </button>
  );
}

/** A recording switch: the doctor's (record or not) and the patient's (consent given or not); pressed while on. */
function RecordButton(props: {
  on: boolean;
  disabled?: boolean;
  title: string;
  label: string;
  testid: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class="group inline-flex size-12 shrink-0 items-center justify-center gap-2 rounded-full bg-white/15 text-sm font-semibold text-white ring-1 ring-white/20 backdrop-blur hover:bg-white/25 disabled:opacity-60 sm:h-13 sm:w-auto sm:px-4"
      aria-pressed={props.on}
      disabled={props.disabled}
      title={props.title}
      data-testid={props.testid}
      onClick={props.onClick}
    >
      <span
        class="size-2.5 rounded-full bg-white/70 ring-2 ring-white/20 group-aria-pressed:animate-pulse group-aria-pressed:bg-red-500 group-aria-pressed:ring-red-500/30"
        aria-hidden="true"
      />
      <span class="max-sm:sr-only">{props.label}</span>
    </button>
  );
}

function Timer({ since }: { since: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  return (
    <p
      class={`${pill} shrink-0 font-mono font-semibold tabular-nums`}
      data-testid="call-timer"
      role="timer"
      aria-label={m.room_call_duration()}
    >
      {formatCountdown(Math.floor((now - since) / 1000) * 1000)}
    </p>
  );
}

/**
 * A card over the video (the recording notice, the patient's consent question). On a phone the stage is
 * short: the card stays inside it, under the status row, and scrolls rather than covering the controls.
 */
function OverlayCard(props: {
  icon: IconShapes;
  title: string;
  text: string;
  testid: string;
  children: ComponentChildren;
  recording?: boolean;
}) {
  return (
    <section
      class="absolute inset-x-3 top-24 z-10 mx-auto max-w-md overflow-y-auto rounded-2xl bg-white/95 p-4 text-sm leading-6 text-slate-800 shadow-lift ring-1 ring-slate-200 backdrop-blur max-sm:top-14 max-sm:max-h-[calc(100%-4rem)] max-sm:p-3 max-sm:text-xs max-sm:leading-5"
      aria-labelledby={`${props.testid}-title`}
      data-testid={props.testid}
      data-recording={props.recording}
    >
      <div class="flex gap-3">
        <Icon shape={props.icon} class="mt-0.5 size-5 shrink-0 text-brand-700" />
        <div class="min-w-0">
          <p class="font-semibold text-slate-900" id={`${props.testid}-title`}>
            {props.title}
          </p>
          <p class="mt-0.5">{props.text}</p>
          {props.children}
        </div>
      </div>
    </section>
  );
}

export function CallStage({ call }: { call: Consultation }) {
  const remote = useRef<HTMLVideoElement>(null);
  const local = useRef<HTMLVideoElement>(null);
  const [needsSound, setNeedsSound] = useState(false);
  const [confirm, setConfirm] = useState<'end' | 'recording' | null>(null);
  const state = call.shown.value;
  const stream = call.remoteStream.value;
  const streaming = state === 'connected' && !!stream;
  const rec = recordingPill(call);
  const recorder = call.recorder;
  const recStatus = recorder?.status.value;
  const consent = call.consent.value;
  const peer = call.session.peer.name;
  // The patient is asked in the room whether the consultation may be recorded (until they answer or
  // put it off); while it is recorded they can stop it from the controls.
  const [askLater, setAskLater] = useState(false);
  const patientAsked = call.session.role === 'patient' && call.session.recordingEnabled;
  const recordingConsent = call.recordingConsent.value;
  const consentProblem = call.consentProblem.value;
  const askConsent = patientAsked && recordingConsent === 'pending' && !askLater && state === 'connected';
  const [status, title, sub] = texts(call, state, streaming);

  useEffect(() => {
    if (!local.current) return;
    local.current.srcObject = call.localStream;
    void local.current.play().catch(() => undefined);
  }, []);
  useEffect(() => {
    const video = remote.current;
    if (!video) return;
    if (video.srcObject !== stream) video.srcObject = stream;
    if (!stream || !video.paused) return;
    video.play().catch((error: DOMException) => {
      if (error?.name !== 'NotAllowedError') return;
      // Autoplay with sound was refused (no click on this page yet): play muted and offer the sound.
      video.muted = true;
      void video.play().catch(() => undefined);
      setNeedsSound(true);
    });
  }, [stream, state]);

  const unmute = () => {
    if (remote.current) {
      remote.current.muted = false;
      void remote.current.play().catch(() => undefined);
    }
    setNeedsSound(false);
  };
  const toggleRecording = () => {
    if (recorder?.enabled) setConfirm('recording');
    else void call.setRecording(true);
  };

  return (
    <section
      data-testid="call"
      class="flex h-[calc(100dvh-3.5rem)] flex-col bg-slate-950 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem]"
    >
      <div class="relative flex min-h-0 flex-[5] flex-col overflow-hidden lg:h-full">
        <div class="relative min-h-0 flex-1">
          {/* biome-ignore lint/a11y/useMediaCaption: a live call has no caption track; the chat is its text channel */}
          <video
            ref={remote}
            class="absolute inset-0 size-full object-contain"
            data-testid="remote-video"
            autoplay
            playsinline
            aria-label={m.room_remote_label()}
          />
          {!(streaming && call.peerCamera.value) && (
            <div
              class={`absolute inset-0 grid place-items-center p-6 text-center ${streaming ? 'bg-slate-900' : ''}`}
              data-remote-placeholder
            >
              <div class="flex flex-col items-center">
                <span
                  class="grid size-20 place-items-center rounded-full bg-brand-700 text-2xl font-semibold text-white ring-4 ring-white/10 sm:size-24 sm:text-3xl"
                  aria-hidden="true"
                >
                  {initials(peer)}
                </span>
                <p class="mt-4 max-w-xs text-base font-medium text-white" data-placeholder-text>
                  {title}
                </p>
                <p class="mt-1 max-w-xs text-sm text-slate-300" data-placeholder-sub>
                  {sub}
                </p>
              </div>
            </div>
          )}
          {/* Status and recording stack on the left, so a long recording text never covers the timer. */}
          <div class="pointer-events-none absolute inset-x-0 top-0 flex items-start gap-2 bg-linear-to-b from-slate-950/70 to-transparent p-3 sm:p-4">
            <div class="flex min-w-0 flex-1 flex-col items-start gap-1.5">
              <p class={pill} role="status" data-testid="call-status" data-state={state}>
                <span
                  class={`size-2 shrink-0 rounded-full ${DOTS[state] ?? 'bg-slate-400'}`}
                  aria-hidden="true"
                />
                <span class="truncate">{status}</span>
              </p>
              {rec && (
                <p class={pill} data-testid="recording-indicator" data-state={rec[0]}>
                  {rec[0] === 'error' ? (
                    <Icon shape={I.alertTriangle} class="size-3.5 shrink-0 text-accent-300" />
                  ) : (
                    <span
                      class={`size-2 shrink-0 rounded-full ${DOTS[rec[0]] ?? 'bg-slate-500'}`}
                      aria-hidden="true"
                    />
                  )}
                  <span class="truncate">{rec[1]}</span>
                </p>
              )}
            </div>
            {call.connectedAt.value > 0 && <Timer since={call.connectedAt.value} />}
          </div>
          {consent !== null && (
            <OverlayCard
              icon={I.fileText}
              title={consent ? m.room_recorded_title() : m.room_not_recorded_title()}
              text={
                !consent
                  ? m.room_not_recorded_text()
                  : call.session.role === 'doctor'
                    ? m.room_doctor_consent_text({ peer })
                    : m.room_recorded_text()
              }
              testid="consent-notice"
              recording={consent}
            >
              <Button
                variant="secondary"
                class="mt-3 min-h-9 px-3"
                testid="consent-dismiss"
                onClick={() => {
                  call.consent.value = null;
                }}
              >
                {m.room_got_it()}
              </Button>
            </OverlayCard>
          )}
          {askConsent && (
            <OverlayCard
              icon={I.mic}
              title={m.room_consent_ask_title({ doctor: peer })}
              text={m.room_consent_ask_text()}
              testid="recording-consent-ask"
            >
              {consentProblem && (
                <p class="mt-2 font-medium text-red-700" role="alert">
                  {consentProblem}
                </p>
              )}
              <div class="mt-3 flex flex-wrap gap-2">
                <Button
                  class="min-h-9 px-3"
                  testid="recording-consent-allow"
                  onClick={() => void call.answerRecording('given')}
                >
                  {m.room_consent_allow()}
                </Button>
                <Button
                  variant="secondary"
                  class="min-h-9 px-3"
                  testid="recording-consent-later"
                  onClick={() => setAskLater(true)}
                >
                  {m.room_consent_later()}
                </Button>
              </div>
            </OverlayCard>
          )}
          {needsSound && (
            <button
              type="button"
              class="btn absolute top-1/2 left-1/2 -translate-1/2 bg-white text-slate-900 shadow-lift hover:bg-slate-100"
              data-testid="unmute-remote"
              onClick={unmute}
            >
              <Icon shape={I.mic} class="size-5" /> {m.room_sound_on()}
            </button>
          )}
        </div>

        <div
          class="flex items-center justify-center gap-2 px-3 py-3 sm:absolute sm:inset-x-0 sm:bottom-0 sm:gap-4 sm:bg-linear-to-t sm:from-slate-950/80 sm:to-transparent sm:pt-10 sm:pb-5"
          data-testid="controls"
        >
          <div
            class="relative mr-auto w-14 shrink-0 overflow-hidden rounded-lg bg-slate-800 shadow-lg ring-2 ring-white/25 sm:absolute sm:right-4 sm:bottom-full sm:mr-0 sm:mb-1 sm:w-44 sm:rounded-xl lg:w-52"
            data-testid="self-tile"
          >
            <video
              ref={local}
              class="aspect-3/4 w-full -scale-x-100 object-cover sm:aspect-video"
              data-testid="local-video"
              autoplay
              muted
              playsinline
              aria-label={m.room_local_label()}
            />
            {!call.cameraOn.value && (
              <div class="absolute inset-0 grid place-items-center bg-slate-800 text-slate-300">
                <Icon shape={I.videoOff} label={m.room_your_camera_off()} class="size-6" />
              </div>
            )}
            <span class="absolute bottom-1.5 left-1.5 rounded bg-slate-950/60 px-1.5 py-0.5 text-[0.6875rem] font-medium text-white max-sm:hidden">
              {m.room_you()}
            </span>
            {!call.micOn.value && (
              <span
                class="absolute right-1 bottom-1 grid size-6 place-items-center rounded-full bg-red-600 text-white"
                data-self-muted
              >
                <Icon shape={I.micOff} label={m.room_you_muted()} class="size-3.5" />
              </span>
            )}
          </div>
          <Toggle
            on={call.micOn.value}
            testid="toggle-mic"
            shapes={[I.mic, I.micOff]}
            labels={[m.room_mute(), m.room_unmute()]}
            onClick={() => call.toggleMic()}
          />
          <Toggle
            on={call.cameraOn.value}
            testid="toggle-camera"
            shapes={[I.video, I.videoOff]}
            labels={[m.room_camera_off(), m.room_camera_on()]}
            onClick={() => call.toggleCamera()}
          />
          {recorder && (
            <RecordButton
              on={recorder.active}
              disabled={recStatus?.state === 'saving' || recStatus?.state === 'starting'}
              title={recorder.active ? m.room_rec_turn_off() : m.room_rec_turn_on()}
              label={recorder.active ? m.room_rec_on() : m.room_record()}
              testid="recording-toggle"
              onClick={toggleRecording}
            />
          )}
          {patientAsked && (recordingConsent !== 'pending' || askLater) && (
            <RecordButton
              on={recordingConsent === 'given'}
              title={recordingConsent === 'given' ? m.room_consent_stop() : m.room_consent_allow()}
              label={recordingConsent === 'given' ? m.room_consent_stop() : m.room_consent_allow()}
              testid="recording-consent-toggle"
              onClick={() => void call.answerRecording(recordingConsent === 'given' ? 'withdrawn' : 'given')}
            />
          )}
          <button
            type="button"
            class="inline-flex h-12 shrink-0 items-center gap-2 rounded-full bg-red-600 px-4 text-sm font-semibold text-white shadow-lg ring-1 ring-red-400/60 hover:bg-red-700 sm:h-13 sm:px-5"
            data-testid="end-call"
            onClick={() => setConfirm('end')}
          >
            <Icon shape={I.phoneOff} class="size-5" />
            <span class="max-sm:sr-only">{m.room_end_call()}</span>
          </button>
          {/* Balances the self tile, so the controls stay centred on phones. */}
          <span class="ml-auto w-14 shrink-0 sm:hidden" aria-hidden="true" />
        </div>
      </div>

      <ChatPanel chat={call.chat} peer={peer} />

      <ConfirmDialog
        open={confirm === 'end'}
        onClose={() => setConfirm(null)}
        title={m.room_end_title()}
        body={
          call.session.role === 'doctor' ? (
            <>
              <p>{m.room_end_doctor({ peer })}</p>
              {recorder?.active && <p>{m.room_end_recording()}</p>}
            </>
          ) : (
            <p>{m.room_end_patient()}</p>
          )
        }
        confirmLabel={m.room_end_call()}
        busyLabel={m.room_ending()}
        cancelLabel={m.room_stay()}
        tone="danger"
        testid="end-call-dialog"
        onConfirm={() => call.end('self')}
      />
      <ConfirmDialog
        open={confirm === 'recording'}
        onClose={() => setConfirm(null)}
        title={m.room_rec_off_title()}
        body={
          <>
            <p>{m.room_rec_off_body()}</p>
            {recorder?.active && <p>{m.room_rec_off_kept()}</p>}
          </>
        }
        confirmLabel={m.room_rec_turn_off()}
        busyLabel={m.room_rec_saving_short()}
        cancelLabel={m.room_rec_keep()}
        testid="recording-off-dialog"
        onConfirm={() => call.setRecording(false)}
      />
    </section>
  );
}
