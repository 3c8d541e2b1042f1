/**
 * A document by URL (`--spec https://host/api/schema/`), as DRF teams publish theirs: fetched, parsed (JSON or
 * YAML), its relative $refs resolved against the URL and bundled in (through swagger-parser, with a resolver of
 * our own so loopback hosts work and the same credential rules apply to every file), each part's origin recorded.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { SpecError } from './errors';
import { fetchText, parseSpecUrl, type FetchOptions } from './fetch-text';
import { asOpenApiDocument, hasExternalRef, slug, withOverlays, type LoadedSpec, type LoadOptions, type RawSpec } from './raw-spec';
import { parseStructuredText } from './read-file';
import { externalRefOrigins } from './ref-origins';
import { convertSwagger2, isSwagger } from './swagger2';
import type { Origins } from './merge';

/** How to load a document by URL. */
export interface UrlLoadOptions extends LoadOptions, FetchOptions {}

/** Loads the document at `url`, applying `extraOverlays`. */
export async function loadSpecUrl(url: string, options: UrlLoadOptions = {}): Promise<LoadedSpec> {
  const raw = await readRawUrl(url, options);
  return withOverlays(raw, (options.extraOverlays ?? []).map((file) => file));
}

/** The document at `url` as published, external $refs bundled in as internal ones. */
export async function readRawUrl(url: string, options: FetchOptions = {}): Promise<RawSpec> {
  const href = parseSpecUrl(url).href;
  const texts = new Map<string, string>();
  let servedWithCredentials = false;
  const fetchOptions: FetchOptions = {
    ...options,
    onAuthenticated: (address) => {
      if (address === href) servedWithCredentials = true;
    },
  };
  const read = async (address: string): Promise<string> => {
    const known = texts.get(address);
    if (known !== undefined) return known;
    const text = await fetchText(address, fetchOptions);
    texts.set(address, text);
    return text;
  };
  const document = asOpenApiDocument(parseStructuredText(await read(href), href), href);
  let origins: Origins = { '': href };
  let bundled: OpenAPIV3.Document = document;
  if (hasExternalRef(document)) {
    origins = externalRefOrigins(document, href, (ref) => new URL(ref, href).href);
    try {
      bundled = (await (SwaggerParser.bundle as (...args: unknown[]) => Promise<unknown>)(href, structuredClone(document), {
        resolve: {
          file: false,
          http: false,
          // Relative $refs of a fetched document are URLs too; read through the same fetch (timeouts, credentials).
          conformance: { order: 1, canRead: /^https?:\/\//i, read: (file: { url: string }) => read(file.url) },
        },
      })) as OpenAPIV3.Document;
    } catch (error) {
      if (error instanceof SpecError) throw error;
      throw new SpecError(`${href}: cannot resolve external $ref: ${String((error as Error).message).split('\n')[0]}`);
    }
  }
  const converted = isSwagger(bundled) ? await convertSwagger2(bundled, href) : undefined;
  if (converted) bundled = converted.document;
  const title = bundled.info?.title;
  const name = slug(typeof title === 'string' && title ? title : lastSegment(href));
  return {
    name, document: bundled, sources: [href], origins, defaultOverlays: [],
    ...(converted ? { findings: converted.findings } : {}),
    ...(servedWithCredentials ? { servedWithCredentials } : {}),
  };
}

function lastSegment(href: string): string {
  const segments = new URL(href).pathname.split('/').filter(Boolean);
  return (segments[segments.length - 1] ?? 'api').replace(/\.(json|ya?ml)$/i, '');
}

