/**
 * `--shard i/n`: a deterministic share of the selected operations, so that n machines together run exactly what one
 * run does. The unit dealt out is a tag of an API, not an operation: the operations of one tag share objects on
 * the target (a pull fills the list a detail operation reads, a create feeds the update), and the suites run them
 * in one order within the tag, so splitting a tag would change verdicts. Tags go largest first to the share with
 * the fewest operations so far (ties to the lowest share), in an order that does not depend on the documents' order.
 */
import type { Operation } from '../model/operation';
import type { Shard } from './config';

/** The group an operation is dealt out with: its API and first tag, as the suites group it. */
function groupOf(apiName: string, operation: Operation): string {
  return `${apiName}\u0000${operation.tags[0] ?? 'untagged'}`;
}

/** The operations of every API that fall in the shard (all of them without a shard), per API name. */
export function shardOperations(selected: Map<string, Operation[]>, shard: Shard | undefined): Map<string, Operation[]> {
  if (!shard || shard.count === 1) return selected;
  const sizes = new Map<string, number>();
  for (const [api, operations] of selected) for (const op of operations) sizes.set(groupOf(api, op), (sizes.get(groupOf(api, op)) ?? 0) + 1);
  const groups = [...sizes].sort(([a, sa], [b, sb]) => sb - sa || (a < b ? -1 : a > b ? 1 : 0));
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<string>();
  for (const [group, size] of groups) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest] += size;
    if (lightest === shard.index - 1) mine.add(group);
  }
  return new Map([...selected].map(([api, operations]) => [api, operations.filter((op) => mine.has(groupOf(api, op)))]));
}
