/**
 * A doctor's photo on /account/: choose an image, crop it to a square (drag or arrow keys to move, the
 * slider or +/− to zoom; the round preview shows it as patients will), and save. The browser renders
 * the crop to a PHOTO_SIZE JPEG and posts it with the documents' presigned POST; publishing asks the
 * server to check the bytes and make it the public photo (served from the CDN under /media/). Removing
 * asks first. The crop's arithmetic is in crop.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PHOTO_BYTES, PHOTO_SIZE, photoContentTypes } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { DoctorAvatar } from '../../components/DoctorCard.tsx';
import { Notice } from '../../components/Notice.tsx';
import { api, errorText } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';
import { postUpload } from '../documents/DocumentList.tsx';
import {
  type Crop,
  clampCrop,
  initialCrop,
  MAX_ZOOM,
  MIN_ZOOM,
  moved,
  sideOf,
  sourceSquare,
} from './crop.ts';

/** The crop view's size on screen (CSS pixels); the canvas is drawn at the device's pixel ratio. */
const VIEW = 256;
const PREVIEW = 64;
/** Arrow keys move the square by this part of its side (with Shift, four times as far). */
const STEP = 0.05;
const ZOOM_STEP = 1.1;

function draw(canvas: HTMLCanvasElement | null, image: HTMLImageElement, crop: Crop, px: number) {
  if (!canvas) return;
  canvas.width = px;
  canvas.height = px;
  const context = canvas.getContext('2d');
  if (!context) return;
  const { x, y, side } = sourceSquare(image.naturalWidth, image.naturalHeight, crop);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, x, y, side, side, 0, 0, px, px);
}

/** The crop as the upload: PHOTO_SIZE × PHOTO_SIZE, JPEG (every browser's canvas writes it). */
function rendered(image: HTMLImageElement, crop: Crop): Promise<Blob> {
  const canvas = document.createElement('canvas');
  draw(canvas, image, crop, PHOTO_SIZE);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas'))), 'image/jpeg', 0.88),
  );
}

function loadImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('unreadable'));
    image.src = url;
  });
}

function Cropper({
  image,
  busy,
  onSave,
  onCancel,
}: {
  image: HTMLImageElement;
  busy: boolean;
  onSave: (crop: Crop) => void;
  onCancel: () => void;
}) {
  const w = image.naturalWidth;
  const h = image.naturalHeight;
  const [crop, setCrop] = useState(() => initialCrop(w, h));
  const view = useRef<HTMLCanvasElement>(null);
  const preview = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const ratio = window.devicePixelRatio || 1;
    draw(view.current, image, crop, Math.round(VIEW * ratio));
    draw(preview.current, image, crop, Math.round(PREVIEW * ratio));
  }, [image, crop]);
  useEffect(() => view.current?.focus(), []);

  const zoomTo = (zoom: number) => setCrop((c) => clampCrop(w, h, { ...c, zoom }));
  const onKeyDown = (e: KeyboardEvent) => {
    const step = sideOf(w, h, crop.zoom) * STEP * (e.shiftKey ? 4 : 1);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[e.key];
    if (move) setCrop((c) => moved(w, h, c, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') zoomTo(crop.zoom * ZOOM_STEP);
    else if (e.key === '-' || e.key === '−') zoomTo(crop.zoom / ZOOM_STEP);
    else return;
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent) => {
    const last = drag.current;
    const canvas = view.current;
    if (!last || !canvas) return;
    // Dragging the photo right shows more of its left: the square moves the other way.
    const scale = sideOf(w, h, crop.zoom) / canvas.clientWidth;
    setCrop((c) => moved(w, h, c, (last.x - e.clientX) * scale, (last.y - e.clientY) * scale));
    drag.current = { x: e.clientX, y: e.clientY };
  };

  return (
    <div class="mt-5 grid gap-5 sm:grid-cols-[auto_1fr] sm:items-start" data-testid="photo-cropper">
      <div>
        <canvas
          ref={view}
          tabIndex={0}
          role="img"
          aria-label={m.photo_crop_label()}
          aria-describedby="photo-crop-help"
          class="size-64 cursor-move touch-none rounded-lg bg-slate-100 ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          data-testid="photo-crop"
          onKeyDown={onKeyDown}
          onPointerDown={(e) => {
            (e.currentTarget as HTMLCanvasElement).setPointerCapture(e.pointerId);
            drag.current = { x: e.clientX, y: e.clientY };
          }}
          onPointerMove={onPointerMove}
          onPointerUp={() => {
            drag.current = null;
          }}
        />
        <label class="mt-3 block text-sm font-medium text-slate-700">
          {m.photo_zoom()}
          <input
            type="range"
            min={MIN_ZOOM}
            max={MAX_ZOOM}
            step={0.01}
            value={crop.zoom}
            onInput={(e) => zoomTo(Number((e.currentTarget as HTMLInputElement).value))}
            class="mt-1 block w-64 accent-brand-700"
            data-testid="photo-zoom"
          />
        </label>
      </div>
      <div>
        <p id="photo-crop-help" class="text-sm text-slate-600">
          {m.photo_crop_help()}
        </p>
        <p id="photo-preview-label" class="mt-4 text-sm font-medium text-slate-700">
          {m.photo_preview()}
        </p>
        <canvas
          ref={preview}
          role="img"
          aria-labelledby="photo-preview-label"
          class="mt-2 size-16 rounded-full ring-1 ring-slate-200"
          data-testid="photo-preview"
        />
        <div class="mt-5 flex flex-wrap gap-3">
          <Button busy={busy} busyLabel={m.photo_saving()} testid="photo-save" onClick={() => onSave(crop)}>
            {m.photo_save()}
          </Button>
          <Button variant="secondary" disabled={busy} testid="photo-cancel" onClick={onCancel}>
            {m.photo_cancel()}
          </Button>
        </div>
      </div>
    </div>
  );
}

export function PhotoCard({
  doctor,
  onChange,
}: {
  doctor: { id: string; name: string; pictureUrl: string };
  onChange: (pictureUrl: string) => void;
}) {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The chosen file's object URL lives while it is being cropped.
  useEffect(() => () => image && URL.revokeObjectURL(image.src), [image]);

  const choose = async (file: File | undefined) => {
    setError(null);
    setDone(null);
    if (!file) return;
    if (!(photoContentTypes as readonly string[]).includes(file.type)) return setError(m.photo_wrong_type());
    try {
      setImage(await loadImage(file));
    } catch {
      setError(m.photo_unreadable());
    }
  };
  const save = async (crop: Crop) => {
    if (!image) return;
    setBusy(true);
    setError(null);
    try {
      const blob = await rendered(image, crop);
      if (blob.size > MAX_PHOTO_BYTES) throw new Error('too large');
      const permit = await api.call('startPhotoUpload', {
        body: { contentType: 'image/jpeg', size: blob.size },
      });
      await postUpload(permit, blob);
      const { pictureUrl } = await api.call('publishPhoto', { params: { uploadId: permit.uploadId } });
      onChange(pictureUrl ?? '');
      setImage(null);
      setDone(m.photo_saved());
    } catch (err) {
      setError(errorText(err, m.photo_upload_failed()));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card p-6 sm:p-8" aria-labelledby="photo-heading" data-testid="photo-card">
      <h2 id="photo-heading" class="text-lg font-semibold text-slate-900">
        {m.photo_title()}
      </h2>
      <p class="mt-1 text-sm text-slate-600">{m.photo_lead()}</p>
      {done && (
        <Notice tone="success" class="mt-4" testid="photo-done">
          <p>{done}</p>
        </Notice>
      )}
      {error && (
        <Notice tone="error" class="mt-4" testid="photo-error">
          <p>{error}</p>
        </Notice>
      )}
      {image ? (
        <Cropper image={image} busy={busy} onSave={save} onCancel={() => setImage(null)} />
      ) : (
        <div class="mt-5 flex flex-wrap items-center gap-5">
          <DoctorAvatar
            doctor={{ ...doctor, pictureUrl: doctor.pictureUrl || null }}
            size="size-24 text-3xl"
            px={96}
            lazy={false}
          />
          {!doctor.pictureUrl && (
            <p class="text-sm text-slate-600" data-testid="photo-none">
              {m.photo_none()}
            </p>
          )}
          <div class="flex flex-wrap gap-3">
            <label class="btn-primary cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600">
              {doctor.pictureUrl ? m.photo_change() : m.photo_choose()}
              <input
                type="file"
                accept={photoContentTypes.join(',')}
                class="sr-only"
                data-testid="photo-file"
                onChange={(e) => {
                  const target = e.currentTarget as HTMLInputElement;
                  void choose(target.files?.[0]);
                  target.value = '';
                }}
              />
            </label>
            {doctor.pictureUrl && (
              <Button variant="secondary" testid="photo-remove" onClick={() => setConfirming(true)}>
                {m.photo_remove()}
              </Button>
            )}
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={m.photo_remove_title()}
        body={m.photo_remove_body()}
        confirmLabel={m.photo_remove()}
        busyLabel={m.photo_removing()}
        tone="danger"
        testid="photo-remove-dialog"
        onConfirm={async () => {
          await api.call('removePhoto');
          onChange('');
          setConfirming(false);
          setDone(m.photo_removed());
        }}
      />
    </section>
  );
}
