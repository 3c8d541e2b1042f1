/** Operations without operationId get names derived from method and path, which change whenever the path does. */
import type { LintRule } from '../finding';
import { operationsOf } from '../walk';

/** missing-operation-id */
export const missingOperationId: LintRule = {
  name: 'missing-operation-id',
  severity: 'warning',
  description: 'an operation has no operationId',
  check({ document }) {
    return operationsOf(document)
      .filter((site) => typeof site.operation.operationId !== 'string' || site.operation.operationId === '')
      .map((site) => ({ pointer: site.pointer, message: `${site.method.toUpperCase()} ${site.path} has no operationId` }));
  },
};
