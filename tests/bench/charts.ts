/**
 * Small, dependency-free SVG charts for the benchmark report: horizontal bars, one group per row and
 * one bar per series, with an optional target line per series. The SVG is written beside report.md and
 * linked from it, so the report stays readable as plain markdown.
 */

export interface Chart {
  /** File name under the report's charts/ folder. */
  file: string;
  svg: string;
}

export interface BarChartOptions {
  file: string;
  title: string;
  unit: string;
  /** `targets`: this row's own target per series, where it differs from the series' target. */
  rows: { label: string; values: number[]; targets?: (number | undefined)[] }[];
  series: { name: string; color: string; target?: number }[];
  /** Where the axis ends; defaults to the largest value or target, rounded up. */
  max?: number;
  /** Scores: a value below its target misses (otherwise above misses). */
  higherIsBetter?: boolean;
}

const xml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A readable axis end at or above `n` (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8 × 10^k: quarters stay round). */
function niceCeil(n: number): number {
  if (!(n > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((v) => v >= n * 0.999)!;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n < 10 ? n.toFixed(1) : n.toFixed(0));

export function barChart(options: BarChartOptions): Chart {
  const { rows, series } = options;
  const finite = rows.flatMap((r) => r.values).filter(Number.isFinite);
  const targets = [
    ...series.flatMap((s) => (s.target === undefined ? [] : [s.target])),
    ...rows.flatMap((r) => (r.targets ?? []).filter((t): t is number => t !== undefined)),
  ];
  const max = options.max ?? niceCeil(Math.max(1, ...finite, ...targets) * 1.05);
  const labelWidth = 190;
  const plotWidth = 460;
  const barHeight = 14;
  const groupGap = 12;
  const top = 48;
  const groupHeight = series.length * barHeight + groupGap;
  const plotHeight = rows.length * groupHeight;
  const width = labelWidth + plotWidth + 80;
  const height = top + plotHeight + 40;
  const x = (v: number) => labelWidth + (Math.min(v, max) / max) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="${xml(options.title)}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="20" font-size="14" font-weight="600">${xml(options.title)}</text>`,
  ];
  // Legend.
  let legendX = labelWidth;
  for (const s of series) {
    parts.push(`<rect x="${legendX}" y="28" width="10" height="10" fill="${s.color}"/>`);
    const text = s.target === undefined ? s.name : `${s.name} (target ${fmt(s.target)} ${options.unit})`;
    parts.push(`<text x="${legendX + 14}" y="37">${xml(text)}</text>`);
    legendX += 24 + text.length * 6.2;
  }
  // Grid and axis.
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    const gx = x(v);
    parts.push(
      `<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${top + plotHeight}" stroke="#e5e7eb"/>`,
      `<text x="${gx}" y="${top + plotHeight + 16}" text-anchor="middle" fill="#4b5563">${fmt(v)}</text>`,
    );
  }
  parts.push(
    `<text x="${labelWidth + plotWidth / 2}" y="${top + plotHeight + 32}" text-anchor="middle" fill="#4b5563">${xml(options.unit)}</text>`,
  );
  rows.forEach((row, r) => {
    const y0 = top + r * groupHeight;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y0 + (series.length * barHeight) / 2 + 4}" text-anchor="end">${xml(row.label)}</text>`,
    );
    series.forEach((s, i) => {
      const v = row.values[i] ?? Number.NaN;
      const y = y0 + i * barHeight;
      if (!Number.isFinite(v)) {
        parts.push(`<text x="${labelWidth + 4}" y="${y + barHeight - 3}" fill="#6b7280">n/a</text>`);
        return;
      }
      const target = row.targets?.[i] ?? s.target;
      const miss = target !== undefined && (options.higherIsBetter ? v < target : v > target);
      parts.push(
        `<rect x="${labelWidth}" y="${y + 1}" width="${Math.max(1, x(v) - labelWidth)}" height="${barHeight - 2}" fill="${s.color}"/>`,
        `<text x="${x(v) + 4}" y="${y + barHeight - 3}" fill="${miss ? '#b91c1c' : '#111827'}">${fmt(v)}${v > max ? ' →' : ''}</text>`,
      );
      if (target !== undefined) {
        const tx = x(target);
        parts.push(
          `<line x1="${tx}" y1="${y}" x2="${tx}" y2="${y + barHeight}" stroke="#111827" stroke-width="2" stroke-dasharray="3 2"/>`,
        );
      }
    });
  });
  parts.push('</svg>');
  return { file: options.file, svg: `${parts.join('\n')}\n` };
}
