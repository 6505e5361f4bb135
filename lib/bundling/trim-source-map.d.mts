/** A source map (version 3), as JSON.parse reads it. */
export interface SourceMapJson {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
  [key: string]: unknown;
}
export function isPackageSource(source: string): boolean;
export function trimSourceMap(map: SourceMapJson, keep?: (source: string) => boolean): SourceMapJson;
