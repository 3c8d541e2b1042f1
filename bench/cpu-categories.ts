/**
 * Sorting a V8 CPU profile's samples into the parts of the fuzz loop, by the file each sampled function lives in.
 * Pure, so the sorting rules are tested without profiling anything.
 */

/** The subset of a V8 `Profiler.Profile` this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Categories in report order; the server and Node's HTTP both run on the client's thread in the embedded setup. */
export const CPU_CATEGORIES = [
  'generation (fast-check, arbitraries, cases)',
  'serialisation (params, curl)',
  'HTTP client (http-target)',
  'Node http/net (client and server side)',
  'reference server (mock/)',
  'validation (checks, AJV)',
  'runner and reporting (engine, report)',
  'garbage collection',
  'idle (waiting on I/O)',
  'other',
] as const;

/** One category's name. */
export type CpuCategory = (typeof CPU_CATEGORIES)[number];

const RULES: [RegExp, CpuCategory][] = [
  [/\/node_modules\/(fast-check|pure-rand)\/|\/generators\/(arbitraries|cases|mutations)\//, 'generation (fast-check, arbitraries, cases)'],
  [/\/generators\/params\//, 'serialisation (params, curl)'],
  [/\/targets\//, 'HTTP client (http-target)'],
  [/^node:(_http|http|net|stream|internal\/(streams|http|net|stream_base|js_stream|timers|dns)|events|buffer|string_decoder)/, 'Node http/net (client and server side)'],
  [/\/mock\//, 'reference server (mock/)'],
  [/\/node_modules\/(ajv|ajv-formats|fast-uri|fast-deep-equal)\/|\/(checks|scenarios)\//, 'validation (checks, AJV)'],
  [/\/(engine|reporters|suites)\//, 'runner and reporting (engine, report)'],
];

/** The category of one sampled function. AJV's compiled validators have no file, only their `validateN` name. */
export function categorise(functionName: string, url: string): CpuCategory {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)') return 'idle (waiting on I/O)';
  if (url === '' && /^validate\d*$/.test(functionName)) return 'validation (checks, AJV)';
  for (const [pattern, category] of RULES) if (pattern.test(url)) return category;
  return 'other';
}

/** Milliseconds of self time per category, and per function (`name file`) for the top list. */
export function summarise(profile: CpuProfile): { byCategory: Map<CpuCategory, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byCategory = new Map<CpuCategory, number>(CPU_CATEGORIES.map((category) => [category, 0]));
  const byFunction = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = nodes.get(samples[i]);
    if (!frame) continue;
    // timeDeltas[i] is the time since the previous sample, in microseconds: the time this sample stands for.
    const ms = (deltas[i] ?? 0) / 1000;
    const category = categorise(frame.functionName, frame.url);
    byCategory.set(category, (byCategory.get(category) as number) + ms);
    const key = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return { byCategory, byFunction };
}

/** A file URL shortened to the part after the project or node_modules, for the top-functions table. */
export function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const project = /\/(bench|cli|spec|model|json|generators|engine|targets|checks|scenarios|reporters|suites|mock)\//.exec(url);
  return project ? url.slice(project.index + 1) : url.replace(/^file:\/\//, '');
}
