/**
 * `--shard i/n`: a deterministic share of the selected operations, so that n machines together run exactly what one
 * run does. Operations are dealt round-robin in a fixed order (API name, path, method), which keeps shards within
 * one operation of each other in size and does not depend on the order of documents or fragments.
 */
import type { Operation } from '../../generators/model/operation';
import type { Shard } from './config';

/** The sort key of an operation: independent of where in the documents it is written. */
function orderKey(apiName: string, operation: Operation): string {
  return `${apiName}\u0000${operation.path}\u0000${operation.method}`;
}

/** The operations of every API that fall in the shard (all of them without a shard), per API name. */
export function shardOperations(selected: Map<string, Operation[]>, shard: Shard | undefined): Map<string, Operation[]> {
  if (!shard || shard.count === 1) return selected;
  const all = [...selected].flatMap(([api, operations]) => operations.map((operation) => ({ api, operation, key: orderKey(api, operation) })));
  all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mine = new Set(all.filter((_, i) => i % shard.count === shard.index - 1).map((entry) => entry.operation));
  return new Map([...selected].map(([api, operations]) => [api, operations.filter((op) => mine.has(op))]));
}
