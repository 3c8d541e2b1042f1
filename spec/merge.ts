/**
 * Merges the published fragments of one API (one OpenAPI 3.0 document per operation) into a single document.
 * $refs stay refs: every fragment carries its own copy of the components it uses, so they must agree by name.
 */
import { isDeepStrictEqual } from 'node:util';
import type { OpenAPIV3 } from 'openapi-types';
import { SpecError } from './errors';
import { displayPath } from './paths';
import { toPointer } from '../json/pointer';

/** One parsed fragment and the file it came from. */
export interface Fragment {
  file: string;
  document: unknown;
}

/** Which file each operation and component of a merged document came from, by JSON pointer. */
export type Origins = Record<string, string>;

/** The merged document and where its parts came from. */
export interface MergedSpec {
  document: OpenAPIV3.Document;
  origins: Origins;
}

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges fragments in the order given; conflicting components and duplicate operations are SpecErrors. */
export function mergeFragments(fragments: readonly Fragment[]): MergedSpec {
  if (fragments.length === 0) throw new SpecError('no fragments to merge');
  const origins: Origins = {};
  const merged: Json = { paths: {}, components: {} };
  const componentFiles: Record<string, string> = {};
  for (const { file, document } of fragments) {
    const fragment = asOpenApi3(document, file);
    if (merged.openapi === undefined) {
      merged.openapi = fragment.openapi;
      merged.info = structuredClone(fragment.info);
      origins[''] = file;
    }
    mergeTopLevelLists(merged, fragment);
    mergeComponents(merged.components as Json, fragment, file, componentFiles, origins);
    mergePaths(merged.paths as Json, fragment, file, origins);
  }
  if (Object.keys(merged.components as Json).length === 0) delete merged.components;
  return { document: merged as unknown as OpenAPIV3.Document, origins };
}

/** The file a pointer's operation or component came from: the longest recorded prefix wins. */
export function originOf(origins: Origins, pointer: string): string | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(origins)) {
    const matches = pointer === prefix || pointer.startsWith(prefix + '/');
    if (matches && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : origins[best];
}

function asOpenApi3(document: unknown, file: string): Json {
  if (!isObject(document)) throw new SpecError(`${displayPath(file)}: not an OpenAPI document (not an object)`, file);
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.0.')) {
    throw new SpecError(`${displayPath(file)}: only OpenAPI 3.0.x fragments can be merged (openapi: ${String(document.openapi)})`, file);
  }
  return document;
}

/** servers, tags and extensions are unions: fragments of one API repeat them. */
function mergeTopLevelLists(merged: Json, fragment: Json): void {
  for (const key of ['servers', 'tags'] as const) {
    const items = fragment[key];
    if (!Array.isArray(items)) continue;
    const target = (merged[key] ??= []) as unknown[];
    for (const item of items) if (!target.some((known) => isDeepStrictEqual(known, item))) target.push(structuredClone(item));
  }
  for (const [key, value] of Object.entries(fragment)) {
    if (key.startsWith('x-') && !(key in merged)) merged[key] = structuredClone(value);
  }
}

function mergeComponents(target: Json, fragment: Json, file: string, componentFiles: Record<string, string>, origins: Origins): void {
  if (!isObject(fragment.components)) return;
  for (const [section, entries] of Object.entries(fragment.components)) {
    if (!isObject(entries)) continue;
    const merged = (target[section] ??= {}) as Json;
    for (const [name, definition] of Object.entries(entries)) {
      const pointer = toPointer(['components', section, name]);
      if (name in merged) {
        if (!isDeepStrictEqual(merged[name], definition)) {
          throw new SpecError(
            `component ${section}/${name} is defined differently in ${displayPath(componentFiles[pointer])} and ${displayPath(file)}`,
            file,
          );
        }
        continue;
      }
      merged[name] = structuredClone(definition);
      componentFiles[pointer] = file;
      origins[pointer] = file;
    }
  }
}

function mergePaths(target: Json, fragment: Json, file: string, origins: Origins): void {
  if (!isObject(fragment.paths)) return;
  // The merged document has no top-level security, so each operation carries the one its fragment declared.
  const fragmentSecurity = fragment.security;
  for (const [path, item] of Object.entries(fragment.paths)) {
    if (!isObject(item)) continue;
    const mergedItem = (target[path] ??= {}) as Json;
    for (const [key, value] of Object.entries(item)) {
      const pointer = toPointer(['paths', path, key]);
      if ((httpMethods as readonly string[]).includes(key)) {
        if (key in mergedItem) {
          throw new SpecError(
            `${key.toUpperCase()} ${path} is defined in both ${displayPath(origins[pointer])} and ${displayPath(file)}`,
            file,
          );
        }
        const operation = structuredClone(value) as Json;
        if (operation.security === undefined && fragmentSecurity !== undefined) operation.security = structuredClone(fragmentSecurity);
        mergedItem[key] = operation;
        origins[pointer] = file;
      } else if (key in mergedItem) {
        // Path-level summary/parameters/servers repeat across fragments; they must agree.
        if (!isDeepStrictEqual(mergedItem[key], value)) {
          throw new SpecError(`path ${path}: "${key}" differs between ${displayPath(origins[pointer])} and ${displayPath(file)}`, file);
        }
      } else {
        mergedItem[key] = structuredClone(value);
        origins[pointer] = file;
      }
    }
  }
}
