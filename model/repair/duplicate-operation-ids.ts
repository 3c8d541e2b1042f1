/**
 * operationIds used by more than one operation (OpenAPI requires them unique; DRF's generator repeats them when one
 * viewset is routed under two prefixes). The model keys selection, links and findings by id, so the second and
 * later holders are renamed `<id>_2`, `<id>_3`, ... in document order and the finding says which name each runs as.
 */
import { isSchemaObject } from '../adapters/schema-keywords';
import { HTTP_METHODS } from '../build';
import { toPointer } from '../../json/pointer';
import { claimUniqueId } from '../operation-id';
import { operationLabel, type RepairContext } from './context';

type Json = Record<string, unknown>;

/** Renames every repeated operationId (in place) and records one finding per renamed operation. */
export function repairDuplicateOperationIds(document: Json, context: RepairContext): void {
  const paths = isSchemaObject(document.paths) ? document.paths : {};
  const holders: Array<{ path: string; method: string; operation: Json; id: string }> = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchemaObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isSchemaObject(operation) && typeof operation.operationId === 'string') holders.push({ path, method, operation, id: operation.operationId });
    }
  }
  // Every id the document names is taken first, so a rename never lands on an id a later operation holds.
  const taken = new Set(holders.map((holder) => holder.id));
  const firstHolder = new Map<string, string>();
  for (const holder of holders) {
    const label = operationLabel(holder.method, holder.path);
    const first = firstHolder.get(holder.id);
    if (first === undefined) {
      firstHolder.set(holder.id, label);
      continue;
    }
    const renamed = claimUniqueId(holder.id, taken);
    holder.operation.operationId = renamed;
    const pointer = toPointer(['paths', holder.path, holder.method, 'operationId']);
    context.findings.push({
      kind: 'duplicate-operation-id',
      file: context.fileOf(pointer),
      pointer,
      message: `operationId '${holder.id}' is already used by ${first} (operationIds must be unique)`,
      fallback: `the operation is run as '${renamed}'`,
      operation: label,
    });
  }
}
