/** Which documented response a status answers to: the exact status, then its `4XX`-style range, then `default`. */
import type { Operation, ResponseSpec } from '../../model/operation';

/** The response the operation documents for `status`, or undefined when none covers it. */
export function documentedResponse(operation: Operation, status: number): ResponseSpec | undefined {
  const exact = String(status);
  const range = `${exact[0]}XX`;
  let ranged: ResponseSpec | undefined;
  let fallback: ResponseSpec | undefined;
  for (const response of operation.responses) {
    const key = response.status.toUpperCase();
    if (key === exact) return response;
    if (key === range) ranged = response;
    else if (key === 'DEFAULT') fallback = response;
  }
  return ranged ?? fallback;
}

/** True when the operation documents exactly this status (not through a range or `default`). */
export function documentsExactly(operation: Operation, status: number): boolean {
  return operation.responses.some((response) => response.status === String(status));
}

/** The documented statuses as written, for messages: `200, 401, 404, 500`. */
export function documentedStatuses(operation: Operation): string {
  return operation.responses.map((response) => response.status).join(', ') || 'none';
}

/** `GET /api/v1/...`, the way messages name an operation. */
export function describeOperation(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
