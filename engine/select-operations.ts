/** `--only` / `--skip` filters: an operation matches a filter by operationId, tag or path (`*` is a wildcard). */
import type { Operation } from '../model/operation';

function toRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** True when the operation's id, one of its tags, or its path (with or without method) matches the pattern. */
export function operationMatches(operation: Operation, pattern: string): boolean {
  const re = toRegExp(pattern.trim());
  return (
    re.test(operation.id) ||
    operation.tags.some((tag) => re.test(tag)) ||
    re.test(operation.path) ||
    re.test(`${operation.method.toUpperCase()} ${operation.path}`)
  );
}

/** Keeps operations matching any `only` pattern (all when none) and no `skip` pattern. */
export function selectOperations(operations: Operation[], only: string[], skip: string[]): Operation[] {
  return operations.filter(
    (op) => (only.length === 0 || only.some((p) => operationMatches(op, p))) && !skip.some((p) => operationMatches(op, p)),
  );
}
