/**
 * What a loaded document is, and the steps the file and URL loaders share (load.ts, load-url.ts): kept apart from
 * both so that neither imports the other's module back.
 */
import type { OpenAPIV3 } from 'openapi-types';
import { SpecError } from './errors';
import type { Origins } from './merge';
import { applyOverlay, readOverlay, type LoadedOverlay } from './overlay';
import { displayPath } from './paths';
import type { SpecFinding } from './spec-finding';

/** A loaded document and what went into it. */
export interface LoadedSpec {
  name: string;
  /** Merged, corrected unless `overlays: false`, $refs kept. */
  document: OpenAPIV3.Document;
  /** Spec files read (absolute paths). */
  sources: string[];
  /** Overlay files applied, in order (absolute paths). */
  overlaysApplied: string[];
  /** Which file each part came from, by JSON pointer (messages name the fragment, not the first file). */
  origins: Origins;
  /** Defects found while loading (a Swagger 2.0 conversion's warnings), reported as spec findings. */
  findings?: SpecFinding[];
  /** A fetched document its server refused without credentials and served with the run's. */
  servedWithCredentials?: boolean;
}

/** How to load. */
export interface LoadOptions {
  /** Apply the API's default overlays (bundled APIs only). Default true. */
  overlays?: boolean;
  /** More overlay files applied after the defaults, in the order given (a bundled API also finds them in its overlays dir). */
  extraOverlays?: string[];
}

/** A document as published, before any overlay, with the origin of each part (for lint). */
export interface RawSpec {
  name: string;
  document: OpenAPIV3.Document;
  sources: string[];
  origins: Origins;
  /** The overlays that correct it by default, in application order. */
  defaultOverlays: string[];
  /** Defects found while loading (a Swagger 2.0 conversion's warnings). */
  findings?: SpecFinding[];
  /** A fetched document its server refused without credentials and served with the run's. */
  servedWithCredentials?: boolean;
}
/** The parsed value as a document, or a SpecError when it is not an OpenAPI (or Swagger) document at all. */
export function asOpenApiDocument(document: unknown, source: string): OpenAPIV3.Document {
  if (typeof document !== 'object' || document === null || !('openapi' in document || 'swagger' in document)) {
    throw new SpecError(`${displayPath(source)}: not an OpenAPI document (no "openapi" key)`, source);
  }
  return document as OpenAPIV3.Document;
}

/** The raw document with the overlay files applied in order. */
export function withOverlays(raw: RawSpec, overlayFiles: string[]): LoadedSpec {
  const loaded: LoadedOverlay[] = overlayFiles.map(readOverlay);
  let document = raw.document;
  for (const overlay of loaded) document = applyOverlay(document, overlay);
  return {
    name: raw.name, document, sources: raw.sources, overlaysApplied: overlayFiles, origins: raw.origins,
    ...(raw.findings ? { findings: raw.findings } : {}),
    ...(raw.servedWithCredentials ? { servedWithCredentials: true } : {}),
  };
}

/** True when a document holds a `$ref` to another file or URL (so it must be resolved, not only parsed). */
export function hasExternalRef(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRef);
  if (typeof node !== 'object' || node === null) return false;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
    if (hasExternalRef(value)) return true;
  }
  return false;
}

/** `OMS Cancellation Reason Services` -> `oms-cancellation-reason-services`. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'api';
}
