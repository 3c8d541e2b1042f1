/** An operation without the 5xx response its sibling operations document: a documented failure mode left out. */
import type { LintRule } from '../finding';
import { operationsOf } from '../walk';

const documentsServerError = (responses: object | undefined): boolean =>
  Object.keys(responses ?? {}).some((status) => /^5(\d\d|XX)$/i.test(status) || status === 'default');

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
