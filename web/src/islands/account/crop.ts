/**
 * The square crop of a photo, without the DOM: a zoom (1 = the largest square the image holds) and the
 * square's centre in image pixels, always kept inside the image. The editor draws `sourceSquare` of
 * the image into its canvases (the view, the preview and the 512×512 upload).
 */
export interface Crop {
  zoom: number;
  cx: number;
  cy: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;

/** The side of the square, in image pixels. */
export const sideOf = (w: number, h: number, zoom: number) => Math.min(w, h) / zoom;

/** The crop moved back inside the image (and its zoom within bounds). */
export function clampCrop(w: number, h: number, crop: Crop): Crop {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, crop.zoom));
  const half = sideOf(w, h, zoom) / 2;
  const within = (v: number, max: number) => Math.min(max - half, Math.max(half, v));
  return { zoom, cx: within(crop.cx, w), cy: within(crop.cy, h) };
}

/** The centred square of the whole image: where a new photo starts. */
export const initialCrop = (w: number, h: number): Crop => ({ zoom: 1, cx: w / 2, cy: h / 2 });

/** The part of the image the square shows: x, y and side in image pixels. */
export function sourceSquare(w: number, h: number, crop: Crop) {
  const side = sideOf(w, h, crop.zoom);
  return { x: crop.cx - side / 2, y: crop.cy - side / 2, side };
}

/** Moves the square by a fraction of its side (the arrow keys), or by image pixels (a drag). */
export const moved = (w: number, h: number, crop: Crop, dx: number, dy: number) =>
  clampCrop(w, h, { ...crop, cx: crop.cx + dx, cy: crop.cy + dy });
