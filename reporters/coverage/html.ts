/**
 * `reports/coverage.html`: the coverage map as one static page (inline CSS, no script, no fetch), so it opens
 * from the file system beside the Allure report. One row per operation, coloured full / partial / none, and a
 * details section per operation with its statuses, parameters, keywords and value classes.
 */
import type { CoverageReport, Level, OperationCoverage } from './model';

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2329}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0 16px}
th,td{border:1px solid #c9d1d9;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f7}
td.full{background:#d4f4dd}td.partial{background:#fff1c2}td.none{background:#fbd5d5}
.legend span{display:inline-block;padding:2px 8px;margin-right:8px;border:1px solid #c9d1d9}
code{font-size:12px}details{margin:8px 0}summary{cursor:pointer;font-weight:600}
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Nothing to cover counts as full: an operation without parameters misses none. */
function levelOf(hit: number, total: number): Level {
  if (hit >= total) return 'full';
  return hit === 0 ? 'none' : 'partial';
}

function cell(hit: number, total: number, title: string): string {
  const level = levelOf(hit, total);
  return `<td class="${level}" data-level="${level}" title="${escapeHtml(title)}">${hit}/${total}</td>`;
}

function operationRow(op: OperationCoverage): string {
  const statuses = op.statuses.filter((s) => s.seen > 0).length;
  const parameters = op.parameters.filter((p) => p.level === 'full').length;
  const keywords = op.keywords.filter((k) => k.level === 'full').length;
  const classes = Object.keys(op.classes).length;
  return [
    `<tr data-operation="${escapeHtml(op.id)}">`,
    `<td><code>${escapeHtml(`${op.method} ${op.path}`)}</code><br>${escapeHtml(op.id)}</td>`,
    `<td class="${op.exchanges > 0 ? 'full' : 'none'}">${op.exchanges}</td>`,
    cell(statuses, op.statuses.length, 'documented statuses seen'),
    cell(parameters, op.parameters.length, 'parameters sent and left out, valid and invalid'),
    cell(keywords, op.keywords.length, 'schema keywords fully hit'),
    `<td>${classes}</td>`,
    `<td>${op.neverSeen.map((s) => escapeHtml(s)).join('<br>') || '&mdash;'}</td>`,
    '</tr>',
  ].join('');
}

function details(op: OperationCoverage): string {
  const statusRows = op.statuses.map((s) => `<tr><td>${escapeHtml(s.status)}</td><td>${escapeHtml(s.description)}</td><td class="${s.seen > 0 ? 'full' : 'none'}">${s.seen}</td></tr>`).join('');
  const undocumented = Object.entries(op.undocumented).map(([status, n]) => `${escapeHtml(status)} (${n})`).join(', ');
  const parameterRows = op.parameters
    .map((p) => `<tr><td>${escapeHtml(`${p.in} ${p.name}`)}${p.required ? ' (required)' : ''}</td><td>${p.present}</td><td>${p.absent ?? 'n/a'}</td><td>${p.valid}</td><td>${p.invalid}</td><td class="${p.level}">${p.level}</td></tr>`)
    .join('');
  const keywordRows = op.keywords
    .map((k) => `<tr><td>${escapeHtml(k.schema)}</td><td><code>${escapeHtml(k.keyword)}</code></td><td>${k.valid}</td><td>${k.invalid}</td><td class="${k.level}">${k.level}</td></tr>`)
    .join('');
  const classList = Object.entries(op.classes).map(([name, n]) => `<code>${escapeHtml(name)}</code>&nbsp;${n}`).join(', ');
  return [
    `<details id="${escapeHtml(op.id)}"><summary>${escapeHtml(`${op.method} ${op.path} (${op.id})`)}</summary>`,
    `<table><tr><th>status</th><th>description</th><th>responses</th></tr>${statusRows}</table>`,
    undocumented ? `<p>Undocumented statuses answered: ${undocumented}</p>` : '',
    op.parameters.length > 0 ? `<table><tr><th>parameter</th><th>present</th><th>absent</th><th>valid</th><th>invalid</th><th>coverage</th></tr>${parameterRows}</table>` : '<p>No parameters.</p>',
    op.keywords.length > 0 ? `<table><tr><th>schema</th><th>keyword</th><th>valid hits</th><th>invalid hits</th><th>coverage</th></tr>${keywordRows}</table>` : '<p>No schema keywords.</p>',
    `<p>Value classes tried: ${classList || 'none'}</p>`,
    '</details>',
  ].join('\n');
}

/** The page for a coverage report. */
export function renderCoverageHtml(report: CoverageReport): string {
  const { operations, statuses, keywords, parameters } = report.totals;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>API coverage map</title><style>${STYLE}</style></head>
<body>
<h1>API coverage map</h1>
<p id="totals">${operations.covered}/${operations.total} operations, ${statuses.seen}/${statuses.total} documented statuses, ${keywords.covered}/${keywords.total} keywords, ${parameters.full}/${parameters.total} parameters fully exercised &mdash; generated ${escapeHtml(report.generatedAt)}</p>
<p class="legend"><span class="full" style="background:#d4f4dd">full</span><span style="background:#fff1c2">partial</span><span style="background:#fbd5d5">none</span>
A request keyword is full when a valid and an invalid value reached it; a response keyword when a response reached it. A parameter is full when it was sent and left out (where it can be), with a valid and an invalid value.</p>
<table id="operations"><tr><th>operation</th><th>requests</th><th>documented statuses seen</th><th>parameters</th><th>keywords</th><th>value classes</th><th>documented statuses never seen</th></tr>
${report.operations.map(operationRow).join('\n')}
</table>
<h2>Per operation</h2>
${report.operations.map(details).join('\n')}
</body></html>
`;
}
