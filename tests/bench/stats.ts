/** Small statistics for benchmark figures. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: number[]) => percentile(values, 50);

export const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** A markdown table from rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "value (target …) ✓/✗" */
export const against = (ok: boolean) => (ok ? '✓' : '✗');

/** What a benchmark hands back to the runner: its part of report.md, its charts, and whether it met its targets. */
export interface Section {
  title: string;
  markdown: string;
  ok: boolean;
  figures?: unknown;
  charts?: import('./charts.ts').Chart[];
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
