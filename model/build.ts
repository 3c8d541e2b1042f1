/**
 * From an OpenAPI document to the ApiModel: validate, dereference, convert every operation once through the
 * version adapter, then infer. Nothing downstream needs to know the document's OpenAPI version.
 */
import { adapterFor, type VersionAdapter } from './adapters';
import { isSchemaObject } from './adapters/schema-keywords';
import { toRequestBody, toResponses } from './bodies';
import { ModelError } from './errors';
import { inferAll } from './infer';
import type { ApiModel, HttpMethod, Operation } from './operation';
import { claimUniqueId, deriveOperationId } from './operation-id';
import { mergeParameterObjects, toParameter } from './parameters';
import { pointerTo } from '../json/pointer';
import { resolveSecurity } from './security';
import { validateAndDereference } from './validate-document';
import { originOf, type Origins } from '../spec/merge';
import { displayPath } from '../spec/paths';

/** Options of buildApiModel: the API's short name and, for messages, where the document came from. */
export interface BuildOptions {
  name: string;
  source?: string;
  /** Which file each part of a merged document came from: messages name that file rather than `source`. */
  origins?: Origins;
}

/** HTTP methods in the order OpenAPI lists them on a Path Item. */
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Methods that are safe by HTTP's definition; anything else changes state unless an overlay says otherwise. */
const SAFE_METHODS: readonly HttpMethod[] = ['get', 'head', 'options', 'trace'];

/** Validates and converts a document (never modified) into the ApiModel; throws ModelError on invalid input. */
export async function buildApiModel(document: object, options: BuildOptions): Promise<ApiModel> {
  let api: Record<string, unknown>;
  try {
    api = await validateAndDereference(document);
  } catch (error) {
    throw withSource(error, options);
  }
  try {
    return modelOf(api, options.name);
  } catch (error) {
    throw withSource(error, options);
  }
}

/** The ApiModel of a validated, dereferenced document (throws ModelError on a part it cannot convert). */
export function modelOf(api: Record<string, unknown>, name: string): ApiModel {
  const adapter = adapterFor(api);
  const info = isSchemaObject(api.info) ? api.info : {};
  const components = isSchemaObject(api.components) ? api.components : {};
  const schemes = isSchemaObject(components.securitySchemes) ? components.securitySchemes : {};
  const documentSecurity = Array.isArray(api.security) ? api.security : [];
  const operations: Operation[] = [];
  const methodsByPath: Record<string, HttpMethod[]> = {};
  const takenIds = new Set<string>();
  // Declared ids first, so a derived id can never take a name the document gave another operation.
  forEachOperation(api, (_path, _method, raw) => {
    if (typeof raw.operationId === 'string') takenIds.add(raw.operationId);
  });
  forEachOperation(api, (path, method, raw, item) => {
    (methodsByPath[path] ??= []).push(method);
    const pointer = pointerTo('paths', path, method);
    const security = Array.isArray(raw.security)
      ? resolveSecurity(raw.security, schemes, `${pointer}/security`)
      : resolveSecurity(documentSecurity, schemes, '#/security');
    operations.push({
      id: typeof raw.operationId === 'string' ? raw.operationId : claimUniqueId(deriveOperationId(method, path), takenIds),
      api: name,
      method,
      path,
      ...(typeof raw.summary === 'string' ? { summary: raw.summary } : {}),
      tags: Array.isArray(raw.tags) ? raw.tags.map(String) : [],
      parameters: parametersOf(item, raw, adapter, pointer),
      ...optionalBody(raw, adapter),
      responses: toResponses(raw.responses, adapter),
      security,
      sideEffects: !SAFE_METHODS.includes(method) || raw['x-side-effects'] === true,
      deprecated: raw.deprecated === true,
      inferred: { filters: [] },
    });
  });
  inferAll(operations);
  return {
    name,
    title: typeof info.title === 'string' ? info.title : name,
    version: typeof info.version === 'string' ? info.version : '',
    servers: Array.isArray(api.servers) ? api.servers.flatMap((server) => (isSchemaObject(server) ? [String(server.url)] : [])) : [],
    operations,
    methodsByPath,
  };
}

type OperationVisitor = (path: string, method: HttpMethod, raw: Record<string, unknown>, item: Record<string, unknown>) => void;

function forEachOperation(api: Record<string, unknown>, visit: OperationVisitor): void {
  const paths = isSchemaObject(api.paths) ? api.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchemaObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (isSchemaObject(raw)) visit(path, method, raw, item);
    }
  }
}

function parametersOf(
  item: Record<string, unknown>,
  raw: Record<string, unknown>,
  adapter: VersionAdapter,
  pointer: string,
): Operation['parameters'] {
  const merged = mergeParameterObjects(
    Array.isArray(item.parameters) ? item.parameters : [],
    Array.isArray(raw.parameters) ? raw.parameters : [],
  );
  return merged.map((parameter) => {
    try {
      return toParameter(parameter, adapter);
    } catch (error) {
      throw new ModelError(error instanceof Error ? error.message : String(error), `${pointer}/parameters`);
    }
  });
}

function optionalBody(raw: Record<string, unknown>, adapter: VersionAdapter): Pick<Operation, 'requestBody'> {
  const requestBody = toRequestBody(raw.requestBody, adapter);
  return requestBody ? { requestBody } : {};
}

function withSource(error: unknown, options: BuildOptions): unknown {
  if (!(error instanceof ModelError)) return error;
  const file = (options.origins && originOf(options.origins, error.pointer.replace(/^#/, ''))) ?? options.source;
  return file === undefined ? error : new ModelError(`${displayPath(file)}: ${error.reason}`, error.pointer);
}
