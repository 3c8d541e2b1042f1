/**
 * Parts that the OpenAPI schema rejects. swagger-parser reports them all at once, along the dereferenced
 * document; one at a time (the most specific first) each is located where it is written, recorded, and set aside
 * by its region (a schema becomes a defect marker, an operation or path is removed, a top-level part dropped),
 * then the document is validated again, until it validates or only parts that cannot be set aside remain.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { pointerTokens, resolvePointer, toPointer } from '../../json/pointer';
import { describeIssue, mostSpecificIssue, toModelError, type AjvIssue } from '../validate-document';
import { operationLabel, type RepairContext } from './context';
import { locateInSource, regionOf, type Region } from './locate';
import { DEFECT_KEY, defectMarker } from './sentinel';
import { HTTP_METHODS } from '../build';
import { documentKey, isKnownValid, rememberValid } from '../validation-cache';

type Json = Record<string, unknown>;

/** More would mean a document made of defects; the rest is then dereferenced unvalidated. */
const MAX_REPAIRS = 200;

const DEREFERENCE = { dereference: { circular: true as const } };

/** Validates (repairing in place as above) and resolves with the dereferenced document. */
export async function validateRepairing(document: Json, context: RepairContext): Promise<Json> {
  // A document that validated as it stands before needs only dereferencing (validation-cache.ts says why).
  const key = documentKey(document);
  if (isKnownValid(key)) return dereferenced(document);
  const setAside = new Set<string>();
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    let issues: AjvIssue[];
    try {
      const api = (await SwaggerParser.validate(structuredClone(document) as unknown as OpenAPI.Document, DEREFERENCE)) as unknown as Json;
      if (attempt === 0) rememberValid(key);
      return api;
    } catch (error) {
      const details = (error as { details?: unknown }).details;
      if (!Array.isArray(details) || details.length === 0) throw toModelError(error);
      issues = details as AjvIssue[];
    }
    const open = issues
      .map((issue) => ({ issue, pointer: locateInSource(document, issue.instancePath) }))
      .filter(({ pointer }) => !setAside.has(regionOf(pointer).pointer));
    if (open.length === 0) break;
    const chosen = mostSpecificIssue(open.map((o) => o.issue));
    const pointer = open.find((o) => o.issue === chosen)?.pointer ?? '';
    const issue = withAllAllowedValues(chosen, issues);
    const region = regionOf(pointer);
    setAside.add(region.pointer);
    // A marker left by an earlier repair is no valid parameter or response; its finding is already recorded.
    if (underMarker(document, pointer)) continue;
    const value = resolvePointer(document, pointer);
    const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? `${JSON.stringify(value)} ` : '';
    const message = `not valid OpenAPI: ${shown}${describeIssue(issue)}`;
    const fallback = setAsideRegion(document, region, issue, `${pointer}: ${message}`);
    context.findings.push({
      kind: region.kind === 'operation' || region.kind === 'path' ? 'unbuildable-operation' : region.kind === 'schema' ? 'invalid-schema' : 'invalid-document',
      file: context.fileOf(pointer),
      pointer,
      message,
      fallback: fallback.text,
      ...(region.kind === 'operation' ? { operation: operationLabel(region.method, region.path) } : {}),
    });
    for (const skipped of fallback.skipped) context.skipped.push({ operation: skipped, reason: `${context.fileOf(pointer)}#${pointer}: ${message}` });
  }
  // What is left cannot be set aside (or there is too much): run on the document as it stands, unvalidated.
  return dereferenced(document);
}

async function dereferenced(document: Json): Promise<Json> {
  try {
    return (await SwaggerParser.dereference(structuredClone(document) as unknown as OpenAPI.Document, DEREFERENCE)) as unknown as Json;
  } catch (error) {
    throw toModelError(error);
  }
}

function underMarker(document: Json, pointer: string): boolean {
  const tokens = pointerTokens(pointer);
  for (let length = 0; length <= tokens.length; length++) {
    const node = resolvePointer(document, toPointer(tokens.slice(0, length)));
    if (typeof node === 'object' && node !== null && DEFECT_KEY in node) return true;
  }
  return false;
}

/** The meta-schema's oneOf branches each report their own enum at one place: together they say what is allowed. */
function withAllAllowedValues(issue: AjvIssue, issues: AjvIssue[]): AjvIssue {
  if (issue.keyword !== 'enum') return issue;
  const values = new Set<unknown>();
  for (const other of issues) {
    if (other.keyword === 'enum' && other.instancePath === issue.instancePath && Array.isArray(other.params?.allowedValues)) {
      for (const value of other.params.allowedValues) values.add(value);
    }
  }
  return { ...issue, params: { ...issue.params, allowedValues: [...values] } };
}

function setAsideRegion(document: Json, region: Region, issue: AjvIssue, reason: string): { text: string; skipped: string[] } {
  const tokens = pointerTokens(region.pointer);
  const parent = resolvePointer(document, toPointer(tokens.slice(0, -1))) as Json | undefined;
  const key = tokens[tokens.length - 1];
  switch (region.kind) {
    case 'schema':
      if (parent) parent[key] = defectMarker(reason);
      return { text: 'that schema is not judged', skipped: [] };
    case 'component':
      if (parent) parent[key] = defectMarker(reason);
      return { text: 'the operations that use it are skipped', skipped: [] };
    case 'operation':
      if (parent) delete parent[key];
      return { text: 'the operation is skipped', skipped: [operationLabel(region.method, region.path)] };
    case 'path': {
      const item = parent?.[key];
      const methods = HTTP_METHODS.filter((method) => typeof item === 'object' && item !== null && method in item);
      if (parent) delete parent[key];
      return { text: 'the operations of this path are skipped', skipped: methods.map((method) => operationLabel(method, region.path)) };
    }
    default:
      return setAsideTop(document, key, issue);
  }
}

function setAsideTop(document: Json, key: string | undefined, issue: AjvIssue): { text: string; skipped: string[] } {
  const missing = issue.keyword === 'required' ? String(issue.params?.missingProperty) : undefined;
  if (key === 'info' || missing === 'info') {
    const info = typeof document.info === 'object' && document.info !== null ? (document.info as Json) : {};
    document.info = { title: typeof info.title === 'string' ? info.title : 'untitled', version: typeof info.version === 'string' ? info.version : String(info.version ?? '') };
    return { text: 'the run uses a title and version of its own', skipped: [] };
  }
  if (key !== undefined && !['openapi', 'paths', 'components'].includes(key)) {
    delete document[key];
    return { text: `"${key}" is ignored`, skipped: [] };
  }
  return { text: 'the run goes on with the document unvalidated', skipped: [] };
}
