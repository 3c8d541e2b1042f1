/** Loads an API's document: the bundled ones (merged, corrected) or a user's own file, $refs kept as refs. */
import { statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { bundledApis, specFilesIn, type BundledApi } from './catalog';
import { SpecError } from './errors';
import { mergeFragments } from './merge';
import { displayPath } from './paths';
import { readStructuredFile } from './read-file';
import { asOpenApiDocument, hasExternalRef, slug, withOverlays, type LoadedSpec, type LoadOptions, type RawSpec } from './raw-spec';
import { externalRefOrigins } from './ref-origins';
import { isSpecUrl } from './fetch-text';
import { readRawUrl } from './load-url';
import { convertSwagger2, isSwagger } from './swagger2';

export { asOpenApiDocument, hasExternalRef, slug, withOverlays, type LoadedSpec, type LoadOptions, type RawSpec } from './raw-spec';

/** Names of the bundled APIs. */
export function listBundledApis(): string[] {
  return Object.keys(bundledApis);
}

/** Loads a bundled API: the published document(s), merged, then its overlays. */
export async function loadBundledApi(name: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const raw = readBundledRaw(name);
  const api = bundledApis[name];
  const overlays = [...(options.overlays === false ? [] : raw.defaultOverlays), ...(options.extraOverlays ?? []).map((file) => findOverlay(file, api))];
  return withOverlays(raw, overlays);
}

/** Loads a user's own .json/.yaml/.yml document (or a directory of fragments to merge), applying `extraOverlays`. */
export async function loadSpecFile(path: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  // A URL is fetched (without credentials: `run` passes its own through loadSpecUrl).
  const raw = isSpecUrl(path) ? await readRawUrl(path) : await readRawFile(path);
  return withOverlays(raw, (options.extraOverlays ?? []).map((file) => resolve(file)));
}

/** The published form of a bundled API and its default overlays. */
export function readBundledRaw(name: string): RawSpec {
  const api = bundledApis[name];
  if (!api) throw new SpecError(`unknown API "${name}" (bundled: ${listBundledApis().join(', ')})`);
  const raw = readSource(api.source, api.kind === 'fragments');
  return { ...raw, name, defaultOverlays: specFilesIn(api.overlaysDir) };
}

/** The published form of a user's file or fragments directory; external $refs are bundled in as internal ones. */
export async function readRawFile(path: string): Promise<RawSpec> {
  if (isSpecUrl(path)) return readRawUrl(path);
  const absolute = resolve(path);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new SpecError(`${displayPath(absolute)}: cannot read spec file: no such file`, absolute);
  }
  const raw = readSource(absolute, isDirectory);
  if (!isDirectory && hasExternalRef(raw.document)) {
    raw.origins = externalRefOrigins(raw.document, absolute, (file) => resolve(dirname(absolute), file));
    try {
      raw.document = (await SwaggerParser.bundle(absolute)) as OpenAPIV3.Document;
    } catch (error) {
      throw new SpecError(`${displayPath(absolute)}: cannot resolve external $ref: ${(error as Error).message}`, absolute);
    }
  }
  const converted = isSwagger(raw.document) ? await convertSwagger2(raw.document, absolute) : undefined;
  if (converted) raw.document = converted.document;
  const title = raw.document.info?.title;
  const name = slug(typeof title === 'string' && title ? title : basename(absolute, extname(absolute)));
  return { ...raw, name, defaultOverlays: [], ...(converted ? { findings: converted.findings } : {}) };
}

function readSource(source: string, isFragmentsDir: boolean): Omit<RawSpec, 'name' | 'defaultOverlays'> {
  if (isFragmentsDir) {
    const files = specFilesIn(source);
    if (files.length === 0) throw new SpecError(`${displayPath(source)}: no .json/.yaml fragments in directory`, source);
    const merged = mergeFragments(files.map((file) => ({ file, document: readStructuredFile(file) })));
    return { document: merged.document, sources: files, origins: merged.origins };
  }
  return { document: asOpenApiDocument(readStructuredFile(source), source), sources: [source], origins: { '': source } };
}


/** An extra overlay named as given, or relative to the bundled API's overlays dir (`optional/v1-prefix.yaml`). */
function findOverlay(file: string, api: BundledApi): string {
  const asGiven = resolve(file);
  try {
    statSync(asGiven);
    return asGiven;
  } catch {
    const inOverlays = resolve(api.overlaysDir, file);
    try {
      statSync(inOverlays);
      return inOverlays;
    } catch {
      throw new SpecError(`${file}: cannot read overlay file: no such file (nor in ${displayPath(api.overlaysDir)})`, file);
    }
  }
}

