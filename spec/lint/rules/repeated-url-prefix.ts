/** An example URL whose path repeats a run of segments (/api/v1/oms/api/v1/oms/...) points nowhere. */
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { operationsOf } from '../walk';

const urlPattern = /(?:https?:\/\/[^\s"'`]+|(?<=["'`])\/[^\s"'`]*)/g;

/** The repeated run in a URL's path (`/api/v1/oms`), or undefined. */
export function repeatedPrefix(url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]*/, '').replace(/[?#].*$/, '');
  const segments = path.split('/').filter(Boolean);
  for (let length = Math.floor(segments.length / 2); length >= 1; length--) {
    for (let start = 0; start + 2 * length <= segments.length; start++) {
      const run = segments.slice(start, start + length);
      const next = segments.slice(start + length, start + 2 * length);
      // A single repeated id-like segment (/1/1/) can be real data; a repeated word or run cannot.
      const meaningful = length > 1 || !/^(\d+|\{[^}]*\})$/.test(run[0]);
      if (meaningful && run.join('/') === next.join('/')) return '/' + run.join('/');
    }
  }
  return undefined;
}

/** repeated-url-prefix */
export const repeatedUrlPrefix: LintRule = {
  name: 'repeated-url-prefix',
  severity: 'error',
  description: 'an example URL (x-codeSamples) repeats a prefix in its path',
  check({ document }) {
    const hits: RuleHit[] = [];
    for (const site of operationsOf(document)) {
      for (const key of ['x-codeSamples', 'x-code-samples']) {
        const samples = (site.operation as Record<string, unknown>)[key];
        if (!Array.isArray(samples)) continue;
        samples.forEach((sample: { source?: unknown }, index) => {
          if (typeof sample?.source !== 'string') return;
          for (const url of sample.source.match(urlPattern) ?? []) {
            const repeated = repeatedPrefix(url);
            if (!repeated) continue;
            hits.push({
              pointer: toPointer(['paths', site.path, site.method, key, index, 'source']),
              message: `example URL ${url} repeats "${repeated}" (operation path ${site.path})`,
            });
            break;
          }
        });
      }
    }
    return hits;
  },
};
