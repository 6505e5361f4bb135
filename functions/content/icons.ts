/** The service icons the web app can draw (web/src/lib/icons.ts has their SVG paths). */
export const icons = [
  'stethoscope',
  'video',
  'calendar',
  'pill',
  'heart',
  'baby',
  'brain',
  'file-text',
  'shield',
  'bone',
  'eye',
  'apple',
] as const;
