/**
 * The device check before joining: camera preview, microphone level, camera and microphone choice,
 * and, when the browser refuses, what happened and how to fix it on this kind of device.
 */
import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import * as I from '../../lib/icons/index.ts';
import type { DeviceCheck, MediaProblem } from '../../lib/room/media.ts';
import type { JoinSession } from '../../lib/room/types.ts';
import { formatLongDate, formatTimeRange, viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

/** What to tell a person for each problem, with steps for their kind of device (one step a line). */
export function advice(problem: MediaProblem, userAgent = navigator.userAgent) {
  const denied = /iPhone|iPad|iPod/i.test(userAgent)
    ? m.room_media_denied_steps_ios()
    : /Android/i.test(userAgent)
      ? m.room_media_denied_steps_android()
      : m.room_media_denied_steps_desktop();
  const all: Record<MediaProblem, [string, string, string]> = {
    denied: [m.room_media_denied(), m.room_media_denied_text(), denied],
    'not-found': [m.room_media_not_found(), m.room_media_not_found_text(), m.room_media_not_found_steps()],
    'in-use': [m.room_media_in_use(), m.room_media_in_use_text(), m.room_media_in_use_steps()],
    insecure: [m.room_media_insecure(), m.room_media_insecure_text(), m.room_media_insecure_steps()],
    unsupported: [
      m.room_media_unsupported(),
      m.room_media_unsupported_text(),
      m.room_media_unsupported_steps(),
    ],
    unknown: [m.room_media_unknown(), m.room_media_unknown_text(), m.room_media_unknown_steps()],
  };
  const [heading, text, steps] = all[problem];
  return { heading, text, steps: steps.split('\n') };
}

/** Its own component: the level changes many times a second, and only the bar should redraw. */
function MicMeter({ level: signal }: { level: Signal<number> }) {
  const level = signal.value;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a styled bar; a native <meter> cannot be styled alike in every browser
    <div
      class="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200"
      role="meter"
      aria-labelledby="mic-level-label"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={level}
      data-testid="mic-meter"
      data-level={level}
    >
      <div
        class="h-full w-full origin-left rounded-full bg-brand-500 transition-transform duration-75"
        style={{ transform: `scaleX(${level / 100})` }}
      />
    </div>
  );
}

export function PreJoin({
  session,
  check,
  onJoin,
}: {
  session: JoinSession;
  check: DeviceCheck;
  onJoin: () => Promise<void>;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [joining, setJoining] = useState(false);
  const stream = check.stream.value;
  const problem = check.problem.value;
  const help = problem && advice(problem);
  const { cameras, mics } = check.devices.value;
  useEffect(() => {
    if (!video.current) return;
    video.current.srcObject = stream;
    if (stream) void video.current.play().catch(() => undefined);
  }, [stream]);
  const join = async () => {
    setJoining(true);
    try {
      await onJoin();
    } finally {
      setJoining(false);
    }
  };
  const devices = [
    ['camera', m.room_camera(), I.video, cameras, check.choice.value.cameraId, 'cameraId'],
    ['mic', m.room_microphone(), I.mic, mics, check.choice.value.micId, 'micId'],
  ] as const;

  return (
    <section class="hero flex-1" data-testid="prejoin" onPointerDown={() => check.resume()}>
      {/* Phones: preview, then joining, then device choice. From lg: preview and devices left, joining right. */}
      <div class="mx-auto grid w-full max-w-6xl gap-5 px-4 py-6 sm:gap-6 sm:px-6 sm:py-10 lg:grid-cols-[minmax(0,1.45fr)_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:items-start lg:gap-x-10 lg:px-8">
        <div class="card overflow-hidden p-3 sm:p-4 lg:col-start-1 lg:row-start-1">
          <div class="relative aspect-video overflow-hidden rounded-xl bg-slate-900">
            <video
              ref={video}
              class="size-full -scale-x-100 object-cover"
              data-testid="camera-preview"
              autoplay
              muted
              playsinline
              aria-label={m.room_preview_label()}
            />
            {!stream && (
              <div class="absolute inset-0 grid place-items-center bg-slate-900 text-center text-slate-200">
                <p class="flex max-w-60 items-center gap-2 text-sm">
                  {help
                    ? help.heading
                    : [<span key="s" class="spinner size-4" aria-hidden="true" />, m.room_camera_starting()]}
                </p>
              </div>
            )}
            <p class="absolute bottom-3 left-3 rounded-full bg-slate-950/60 px-3 py-1 text-xs font-medium text-white backdrop-blur">
              {session.self.name}
            </p>
          </div>
          {help ? (
            <div class="mt-3" data-testid="media-error" data-problem={problem}>
              <Notice tone="error" icon={I.alertTriangle}>
                <p class="font-semibold">{help.heading}</p>
                <p class="mt-1">{help.text}</p>
                <ol class="mt-2 list-decimal space-y-1 pl-5">
                  {help.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
                <Button
                  variant="secondary"
                  class="mt-3"
                  testid="media-retry"
                  onClick={() => void check.open()}
                >
                  <Icon shape={I.refreshCw} class="size-4" /> {m.try_again()}
                </Button>
              </Notice>
            </div>
          ) : (
            <div class="px-1 pt-4 pb-1 sm:px-2">
              <div class="flex items-center justify-between gap-3">
                <p class="field-label flex items-center gap-2" id="mic-level-label">
                  <Icon shape={I.mic} class="size-4 text-slate-500" /> {m.room_mic_level()}
                </p>
                <p class="text-xs text-slate-600">{m.room_mic_level_hint()}</p>
              </div>
              <MicMeter level={check.level} />
            </div>
          )}
        </div>

        <div class="card p-6 sm:p-8 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <p class="eyebrow">{m.room_eyebrow()}</p>
          <h1 class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {m.room_ready({ peer: session.peer.name })}
          </h1>
          <p class="mt-2 text-slate-700">
            {formatLongDate(session.startAt, viewerZone())}, {formatTimeRange(session.startAt, session.endAt)}
          </p>
          <Button
            class="mt-6 h-12 w-full text-base"
            testid="join-button"
            disabled={!stream}
            busy={joining}
            busyLabel={m.room_joining()}
            onClick={join}
          >
            <Icon shape={I.video} class="size-5" /> {m.room_join()}
          </Button>
          <p class="mt-3 text-center text-xs text-slate-600">
            {stream ? m.room_devices_ready() : problem ? m.room_devices_allow() : m.room_devices_checking()}
          </p>
          <Notice live={false} icon={I.fileText} class="mt-6">
            {session.recordingEnabled ? m.room_recorded_text() : m.room_not_recorded_prejoin()}
          </Notice>
          <ul class="mt-6 grid gap-3 text-sm text-slate-700">
            {[m.room_tip_light(), m.room_tip_earphones(), m.room_tip_reports()].map((tip) => (
              <li key={tip} class="flex gap-3">
                <Icon shape={I.checkCircle} class="size-5 shrink-0 text-brand-600" /> {tip}
              </li>
            ))}
          </ul>
          <p class="mt-6 flex gap-2 rounded-lg bg-accent-50 p-3 text-xs leading-5 text-accent-900">
            <Icon shape={I.phone} class="size-4 shrink-0 text-accent-700" /> {m.room_emergency()}
          </p>
        </div>

        {!problem && (
          <section class="card p-5 sm:p-6 lg:col-start-1 lg:row-start-2" aria-labelledby="devices-heading">
            <h2 id="devices-heading" class="text-base font-semibold text-slate-900">
              {m.room_devices()}
            </h2>
            <div class="mt-3 grid gap-4 sm:grid-cols-2">
              {devices.map(([id, label, icon, list, current, key]) => (
                <div key={id}>
                  <label for={`${id}-select`} class="field-label flex items-center gap-2">
                    <Icon shape={icon} class="size-4 text-slate-500" /> {label}
                  </label>
                  <select
                    id={`${id}-select`}
                    class="field-input"
                    data-testid={`${id}-select`}
                    disabled={list.length < 2}
                    value={current}
                    onChange={(e) => void check.open({ [key]: e.currentTarget.value })}
                  >
                    {list.length === 0 && <option>{m.room_device_default({ device: label })}</option>}
                    {list.map((d, i) => (
                      // The device's own name, as the system gives it: not ours to translate.
                      <option key={d.deviceId} value={d.deviceId} translate={false}>
                        {d.label || `${label} ${i + 1}`}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </section>
        )}
      </div>
    </section>
  );
}
