/** Variants that answer a request they should refuse, or could serve, with a 5xx. */
import type { Variant } from './variant';
import { readJsonBody } from '../http/json-body';
import { pageNumberPaginator, type Paginator, type PageRequest } from '../pagination/paginator';
import type { MockComponents } from '../components';
import { bodyObject } from './reference';
import { hugeIntegerFilterCrashes } from './huge-integers';

/** The parse error escapes the body reader, so the pipeline's last-resort handler answers 500. */
const unguardedJsonReader: MockComponents['readJsonBody'] = async (req, maxBytes) => {
  const result = await readJsonBody(req, maxBytes);
  // DRF's parse error, recognised by its message (DRF renders no `code` in the body).
  if (result.kind === 'error' && String(bodyObject(result.response)?.detail).startsWith('JSON parse error - ')) {
    throw new SyntaxError(String(bodyObject(result.response)?.detail));
  }
  return result;
};

/** A body that is not JSON crashes the server instead of being answered 400. */
export const malformedJsonCrashes: Variant = {
  name: 'malformed-json-crashes',
  area: 'server errors',
  description: 'A write whose body is not valid JSON answers 500 instead of 400 {"detail": "JSON parse error ..."}.',
  expectedCheck: 'target survives malformed requests',
  overrides: () => ({ readJsonBody: unguardedJsonReader }),
};

/** The largest page size the list can build before "running out of memory", a bug only big pages reach. */
const CRASHING_LIMIT = 50;

function guard(request: PageRequest): void {
  const limit = Number(request.query.getAll('limit').at(-1));
  if (limit > CRASHING_LIMIT && limit <= request.maxLimit) throw new RangeError(`page of ${limit} rows is too large`);
}

/** Valid but large `limit` values (51-100, all documented as allowed) crash every list. */
const crashingPaginator: Paginator = {
  envelope(items, request) {
    guard(request);
    return pageNumberPaginator.envelope(items, request);
  },
  array(items, request) {
    guard(request);
    return pageNumberPaginator.array(items, request);
  },
};

/** A documented page size crashes the lists. */
export const largeLimitCrashes: Variant = {
  name: 'large-limit-crashes',
  area: 'server errors',
  description: `Every list answers 500 for a \`limit\` above ${CRASHING_LIMIT}, though up to 100 is documented as valid.`,
  expectedCheck: 'response is not a server error',
  overrides: () => ({ paginator: crashingPaginator }),
};

/** Every server-error variant. */
export const serverErrorVariants: Variant[] = [malformedJsonCrashes, largeLimitCrashes, hugeIntegerFilterCrashes];
