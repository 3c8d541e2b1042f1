/** An operation without the 500 response its sibling operations document: a documented failure mode left out. */
import type { LintRule } from '../finding';
import { operationsOf } from '../walk';

// Only the generic server-error answers count: a 502/503/504 documents one operation's own upstream dependency,
// which says nothing about what its siblings should document.
const documentsServerError = (responses: object | undefined): boolean =>
  Object.keys(responses ?? {}).some((status) => status === '500' || /^5XX$/i.test(status) || status === 'default');

/** missing-server-error */
export const missingServerError: LintRule = {
  name: 'missing-server-error',
  severity: 'warning',
  description: 'an operation documents no 5xx response although other operations of the same document do',
  check({ document }) {
    const sites = operationsOf(document);
    const withServerError = sites.filter((site) => documentsServerError(site.operation.responses));
    if (withServerError.length === 0) return [];
    return sites
      .filter((site) => !documentsServerError(site.operation.responses))
      .map((site) => ({
        pointer: `${site.pointer}/responses`,
        message:
          `${site.method.toUpperCase()} ${site.path} documents no 5xx response; ` +
          `${withServerError.length} of ${sites.length} operations of this document do`,
      }));
  },
};
