/** A response filed under one status that $refs a components/responses entry named for another status. */
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { isRef, operationsOf } from '../walk';

// Names components/responses entries commonly carry, for documents that do not name them by number.
const statusByName: Record<string, string> = {
  badrequest: '400',
  unauthorized: '401',
  unauthorised: '401',
  forbidden: '403',
  notfound: '404',
  conflict: '409',
  internalservererror: '500',
  servererror: '500',
};

/** The status a components/responses name stands for, when it says one. */
function statusNamed(name: string): string | undefined {
  if (/^[1-5](\d\d|XX)$/i.test(name)) return name.toUpperCase();
  return statusByName[name.toLowerCase().replace(/[^a-z]/g, '')];
}

function sameStatus(documented: string, named: string): boolean {
  const status = documented.toUpperCase();
  if (status === named) return true;
  // 4XX under 404 (or 404 under 4XX) agree on the class.
  return (named.endsWith('XX') || status.endsWith('XX')) && status[0] === named[0];
}

/** response-status-mismatch */
export const responseStatusMismatch: LintRule = {
  name: 'response-status-mismatch',
  severity: 'error',
  description: 'a response under status X $refs a components/responses entry for a different status',
  check({ document }) {
    const hits: RuleHit[] = [];
    for (const site of operationsOf(document)) {
      for (const [status, response] of Object.entries(site.operation.responses ?? {})) {
        if (!isRef(response)) continue;
        const match = /^#\/components\/responses\/(.+)$/.exec(response.$ref);
        const named = match ? statusNamed(decodeURIComponent(match[1])) : undefined;
        if (!named || status === 'default' || sameStatus(status, named)) continue;
        hits.push({
          pointer: toPointer(['paths', site.path, site.method, 'responses', status]),
          message: `${site.method.toUpperCase()} ${site.path}: response ${status} refers to ${response.$ref}, the ${named} response`,
        });
      }
    }
    return hits;
  },
};
