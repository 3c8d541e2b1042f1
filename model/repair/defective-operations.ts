/**
 * After dereferencing: a body or header schema that includes a defect marker is removed (that schema is not
 * judged; the checks skip what has no schema), and an operation that still holds a marker elsewhere (a parameter,
 * a response it cannot do without) is removed and listed as skipped with the reason.
 */
import { isSchemaObject } from '../adapters/schema-keywords';
import { HTTP_METHODS } from '../build';
import { operationLabel, type RepairContext } from './context';
import { defectIn } from './sentinel';

type Json = Record<string, unknown>;

/** Applies the above to a dereferenced document, in place. */
export function setAsideDefectiveParts(api: Json, context: RepairContext): void {
  const paths = isSchemaObject(api.paths) ? api.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchemaObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isSchemaObject(operation)) continue;
      dropDefectiveSchemas(operation);
      const reason = defectIn(operation) ?? defectIn(item.parameters);
      if (reason === undefined) continue;
      delete item[method];
      context.skipped.push({ operation: operationLabel(method, path), reason: `cannot be built without ${reason}` });
    }
  }
}

function dropDefectiveSchemas(operation: Json): void {
  if (isSchemaObject(operation.requestBody)) dropInContent(operation.requestBody.content);
  if (!isSchemaObject(operation.responses)) return;
  for (const response of Object.values(operation.responses)) {
    if (!isSchemaObject(response)) continue;
    dropInContent(response.content);
    if (!isSchemaObject(response.headers)) continue;
    for (const header of Object.values(response.headers)) {
      if (!isSchemaObject(header)) continue;
      if (defectIn(header.schema) !== undefined) delete header.schema;
      dropInContent(header.content);
    }
  }
}

function dropInContent(content: unknown): void {
  if (!isSchemaObject(content)) return;
  for (const media of Object.values(content)) {
    if (isSchemaObject(media) && defectIn(media.schema) !== undefined) delete media.schema;
  }
}
