/**
 * The ApiModel of a document as it is, defects and all: what swagger-parser or the model cannot take becomes a
 * spec finding with a stated fallback (model/repair/), and the rest of the document runs. Only a
 * document that is not OpenAPI at all (or an unsupported version) still throws.
 */
import { originOf, type Origins } from '../spec/merge';
import { displayPath } from '../spec/paths';
import { toPointer } from '../json/pointer';
import type { SpecFinding } from '../spec/spec-finding';
import { assertSupportedVersion } from './adapters';
import { isSchemaObject } from './adapters/schema-keywords';
import { HTTP_METHODS, modelOf, type BuildOptions } from './build';
import { ModelError } from './errors';
import type { ApiModel } from './operation';
import { operationLabel, type RepairContext } from './repair/context';
import { repairDanglingRefs } from './repair/dangling-refs';
import { setAsideDefectiveParts } from './repair/defective-operations';
import { validateRepairing } from './repair/invalid-parts';
import { repairDuplicateOperationIds } from './repair/duplicate-operation-ids';
import { repairInvalidPatterns } from './repair/invalid-patterns';
import { repairUndeclaredSecurity, SERVED_WITH_CREDENTIALS_KEY } from './repair/undeclared-security';
import { repairUndefinedSchemes } from './repair/undefined-schemes';

type Json = Record<string, unknown>;

/** Options: as buildApiModel's, plus findings made earlier while loading (e.g. a Swagger 2.0 conversion's). */
export interface TolerantBuildOptions extends BuildOptions {
  findings?: SpecFinding[];
  /** The document's server refused it without credentials and served it with the run's (a fetched `--spec URL`; a saved copy says so by SERVED_WITH_CREDENTIALS_KEY). */
  servedWithCredentials?: boolean;
}

/** Builds the model with `specFindings` and `skippedOperations` set; the input is never modified. */
export async function buildApiModelTolerant(document: object, options: TolerantBuildOptions): Promise<ApiModel> {
  try {
    return await build(document, options);
  } catch (error) {
    // What is left is about the whole document: name the file it came from.
    if (!(error instanceof ModelError)) throw error;
    const file = (options.origins && originOf(options.origins, error.pointer.replace(/^#/, ''))) ?? options.source;
    throw file === undefined ? error : new ModelError(`${displayPath(file)}: ${error.reason}`, error.pointer);
  }
}

async function build(document: object, options: TolerantBuildOptions): Promise<ApiModel> {
  const context = repairContext(options);
  const copy = structuredClone(document) as Json;
  assertSupportedVersion(copy);
  if (options.servedWithCredentials || copy[SERVED_WITH_CREDENTIALS_KEY] === true) repairUndeclaredSecurity(copy, context);
  repairUndefinedSchemes(copy, context);
  repairDuplicateOperationIds(copy, context);
  repairDanglingRefs(copy, context);
  repairInvalidPatterns(copy, context);
  const api = await validateRepairing(copy, context);
  setAsideDefectiveParts(api, context);
  const model = modelSkippingUnbuildable(api, options.name, context);
  model.specFindings = [...(options.findings ?? []), ...context.findings];
  model.skippedOperations = context.skipped;
  return model;
}

function repairContext(options: TolerantBuildOptions): RepairContext {
  const origins: Origins = options.origins ?? {};
  const fallback = options.source ?? '(document)';
  return {
    fileOf: (pointer) => displayPath(originOf(origins, pointer) ?? fallback),
    findings: [],
    skipped: [],
  };
}

/** The model; when an operation cannot be converted, each operation is tried alone and the failing ones removed. */
function modelSkippingUnbuildable(api: Json, name: string, context: RepairContext): ApiModel {
  try {
    return modelOf(api, name);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
  }
  const paths = isSchemaObject(api.paths) ? api.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchemaObject(item)) continue;
    for (const method of HTTP_METHODS) {
      if (!isSchemaObject(item[method])) continue;
      const alone: Json = { ...item };
      for (const other of HTTP_METHODS) if (other !== method) delete alone[other];
      try {
        modelOf({ ...api, paths: { [path]: alone } }, name);
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
        delete item[method];
        const pointer = error.pointer.startsWith('#/') ? error.pointer.slice(1) : toPointer(['paths', path, method]);
        const label = operationLabel(method, path);
        context.findings.push({ kind: 'unbuildable-operation', file: context.fileOf(pointer), pointer, message: error.reason, fallback: 'the operation is skipped', operation: label });
        context.skipped.push({ operation: label, reason: `${context.fileOf(pointer)}#${pointer}: ${error.reason}` });
      }
    }
  }
  return modelOf(api, name);
}
