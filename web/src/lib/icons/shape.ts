/** An icon is a list of SVG child elements (24×24, stroked), as plain data. */
export type Shape = readonly [
  tag: 'path' | 'circle' | 'rect' | 'line' | 'polyline',
  attrs: Readonly<Record<string, string>>,
];
export type IconShapes = readonly Shape[];
