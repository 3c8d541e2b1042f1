/**
 * A server that crashes on an integer filter past 64 bits, as Django does on PostgreSQL when a filter value
 * beyond a `bigint` reaches the query (`DataError: value out of range`, answered 500). Random fuzzing draws integers
 * inside int32 and never gets there; the coverage phase sends int64-max + 1 and 2^64 to every integer parameter.
 */
import type { Variant } from './variant';
import type { MockOverrides } from '../components';
import type { HandlerName } from '../routing/handler-names';
import { referenceHandler } from './reference';

/** Every list that takes an integer filter, with the names of those filters. */
const FILTERED_LISTS: readonly [HandlerName, readonly string[]][] = [
  ['images.list', ['cancellation_request', 'uploaded_by']],
  ['images.inserts', ['cancellation_request', 'uploaded_by']],
  ['images.updates', ['cancellation_request', 'uploaded_by']],
  ['images.insertsOrUpdates', ['cancellation_request', 'uploaded_by']],
  ['failedIntegrations.list', ['channel']],
];

const INT64_MAX = 2n ** 63n - 1n;

/** True for an integer literal outside the signed 64-bit range. */
function beyondInt64(text: string): boolean {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return false;
  const value = BigInt(trimmed);
  return value > INT64_MAX || value < -INT64_MAX - 1n;
}

function crashingOnHugeFilters(): MockOverrides {
  const handlers: MockOverrides['handlers'] = {};
  for (const [name, filters] of FILTERED_LISTS) {
    const reference = referenceHandler(name);
    handlers[name] = (context) => {
      for (const filter of filters) {
        const text = context.query.getAll(filter).at(-1);
        if (text !== undefined && beyondInt64(text)) throw new RangeError(`value out of range for type bigint: ${filter}=${text}`);
      }
      return reference(context);
    };
  }
  return { handlers };
}

/** An integer filter beyond 2^63 crashes every filtered list. */
export const hugeIntegerFilterCrashes: Variant = {
  name: 'huge-integer-filter-crashes',
  area: 'server errors',
  description: 'Every list with an integer filter answers 500 for a filter value beyond 2^63 (int64-max + 1, 2^64), where 400 or an empty list is due.',
  expectedCheck: 'response is not a server error',
  expectedPhase: 'coverage',
  overrides: crashingOnHugeFilters,
};
