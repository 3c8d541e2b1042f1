/**
 * The scale curve as a hand-written SVG: side-by-side log-log panels (one per measure) with the measured points
 * joined, and a dashed line of slope 1 through the largest size, so growth faster than linear shows as a curve
 * bending above the dashes towards the right. No chart library: a few dozen elements, deterministic output.
 */

/** One measured point. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** One panel: a measure against size. */
export interface ChartPanel {
  title: string;
  /** Unit of the y values, shown on the axis: `s`, `MB`. */
  unit: string;
  points: ChartPoint[];
}

const PANEL_WIDTH = 360;
const PANEL_HEIGHT = 280;
const MARGIN = { top: 36, right: 20, bottom: 44, left: 64 };

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The powers of ten that enclose [min, max] (both positive), as exponents: [floor(log10 min), ceil(log10 max)]. */
export function decadeRange(min: number, max: number): [number, number] {
  if (!(min > 0) || !(max > 0)) throw new RangeError('log axes need positive values');
  const low = Math.floor(Math.log10(min));
  const high = Math.max(Math.ceil(Math.log10(max)), low + 1);
  return [low, high];
}

/** A tick label for 10^exponent: `0.01`, `1`, `1,000`. */
export function decadeLabel(exponent: number): string {
  const value = 10 ** exponent;
  return exponent < 0 ? value.toFixed(-exponent) : value.toLocaleString('en-US');
}

const fixed = (n: number): string => n.toFixed(1);

/** One panel's SVG group, offset `dx` pixels to the right. */
function panelSvg(panel: ChartPanel, dx: number): string {
  const points = panel.points.filter((p) => p.x > 0 && p.y > 0);
  if (points.length === 0) return `<g transform="translate(${dx},0)"><text x="${PANEL_WIDTH / 2}" y="${PANEL_HEIGHT / 2}" text-anchor="middle">${escapeXml(panel.title)}: no data</text></g>`;
  const [xLow, xHigh] = decadeRange(Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x)));
  const [yLow, yHigh] = decadeRange(Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)));
  const plotWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number): number => MARGIN.left + ((Math.log10(x) - xLow) / (xHigh - xLow)) * plotWidth;
  const sy = (y: number): number => MARGIN.top + plotHeight - ((Math.log10(y) - yLow) / (yHigh - yLow)) * plotHeight;
  const parts: string[] = [];
  parts.push(`<text x="${PANEL_WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`);
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#999"/>`);
  for (let e = xLow; e <= xHigh; e++) {
    const x = fixed(sx(10 ** e));
    parts.push(`<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${MARGIN.top + plotHeight}" stroke="#eee"/>`);
    parts.push(`<text x="${x}" y="${MARGIN.top + plotHeight + 16}" text-anchor="middle">${decadeLabel(e)}</text>`);
  }
  for (let e = yLow; e <= yHigh; e++) {
    const y = fixed(sy(10 ** e));
    parts.push(`<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotWidth}" y2="${y}" stroke="#eee"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${decadeLabel(e)}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + plotWidth / 2}" y="${PANEL_HEIGHT - 8}" text-anchor="middle">operations in the spec</text>`);
  parts.push(`<text transform="translate(14,${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(panel.unit)}</text>`);
  // Slope-1 reference through the largest size, clipped to the plot: where the data sits above it on the left,
  // fixed costs dominate; where it bends above it on the right, growth is worse than linear.
  const last = points.reduce((a, b) => (b.x > a.x ? b : a));
  const linear = (x: number): number => last.y * (x / last.x);
  const refStart = Math.max(10 ** xLow, (last.x * 10 ** yLow) / last.y);
  if (refStart < last.x) {
    parts.push(`<line class="linear" x1="${fixed(sx(refStart))}" y1="${fixed(sy(linear(refStart)))}" x2="${fixed(sx(last.x))}" y2="${fixed(sy(last.y))}" stroke="#888" stroke-dasharray="5,4"/>`);
  }
  const sorted = [...points].sort((a, b) => a.x - b.x);
  parts.push(`<polyline fill="none" stroke="#1f6feb" stroke-width="2" points="${sorted.map((p) => `${fixed(sx(p.x))},${fixed(sy(p.y))}`).join(' ')}"/>`);
  for (const p of sorted) {
    parts.push(`<circle cx="${fixed(sx(p.x))}" cy="${fixed(sy(p.y))}" r="4" fill="#1f6feb"><title>${escapeXml(`${p.x} operations: ${p.y} ${panel.unit}`)}</title></circle>`);
  }
  return `<g transform="translate(${dx},0)">${parts.join('')}</g>`;
}

/** The whole chart: the panels side by side, a caption under them. */
export function scaleChartSvg(panels: readonly ChartPanel[], caption: string): string {
  const width = PANEL_WIDTH * Math.max(panels.length, 1);
  const height = PANEL_HEIGHT + 24;
  const body = panels.map((panel, i) => panelSvg(panel, i * PANEL_WIDTH)).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    body,
    `<text x="${width / 2}" y="${height - 6}" text-anchor="middle" fill="#555">${escapeXml(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
