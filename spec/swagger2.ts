/**
 * Swagger 2.0 documents (drf-yasg, the commonest schema generator for Django REST Framework, writes them) are
 * converted to OpenAPI 3.0 on load by swagger2openapi, the converter the OpenAPI tooling world uses; whatever it
 * cannot convert losslessly it marks (`x-s2o-warning`), and each mark becomes a spec finding at its place.
 */
import type { OpenAPIV3 } from 'openapi-types';
import { SpecError } from './errors';
import { displayPath } from './paths';
import { toPointer } from '../json/pointer';
import type { SpecFinding } from './spec-finding';

interface Converter {
  convertObj(document: unknown, options: Record<string, unknown>): Promise<{ openapi: OpenAPIV3.Document }>;
}

let converter: Converter | undefined;
/** swagger2openapi, loaded on the first Swagger document: ~80 ms of every run's start-up otherwise, for a format most runs never read. */
function swagger2openapi(): Converter {
  // swagger2openapi ships no types; its one entry point used here is typed above.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  converter ??= require('swagger2openapi') as Converter;
  return converter;
}

const WARNING_KEY = 'x-s2o-warning';

/** True for a document that declares `swagger` (2.0 or otherwise) rather than `openapi`. */
export function isSwagger(document: unknown): boolean {
  return typeof document === 'object' && document !== null && 'swagger' in document && !('openapi' in document);
}

/** The OpenAPI 3.0 form of a Swagger 2.0 document, and a finding for each conversion warning. */
export async function convertSwagger2(document: unknown, source: string): Promise<{ document: OpenAPIV3.Document; findings: SpecFinding[] }> {
  const version = (document as { swagger?: unknown }).swagger;
  if (version !== '2.0') throw new SpecError(`${displayPath(source)}: Swagger ${JSON.stringify(version)} is not supported (Swagger 2.0 and OpenAPI 3.x are)`, source);
  let converted: OpenAPIV3.Document;
  try {
    // patch: fix the small errors converters routinely meet; warnOnly: mark what cannot be converted, keep going.
    converted = (await swagger2openapi().convertObj(structuredClone(document), { patch: true, warnOnly: true, warnProperty: WARNING_KEY, resolve: false })).openapi;
  } catch (error) {
    throw new SpecError(`${displayPath(source)}: cannot convert Swagger 2.0 to OpenAPI 3: ${String((error as Error).message).split('\n')[0]}`, source);
  }
  const findings: SpecFinding[] = [];
  const walk = (node: unknown, tokens: Array<string | number>): void => {
    if (typeof node !== 'object' || node === null) return;
    if (!Array.isArray(node) && WARNING_KEY in node) {
      const record = node as Record<string, unknown>;
      findings.push({
        kind: 'conversion',
        file: displayPath(source),
        pointer: toPointer(tokens),
        message: `Swagger 2.0 → OpenAPI 3 conversion: ${String(record[WARNING_KEY])}`,
        fallback: 'the part is used as the converter left it',
      });
      delete record[WARNING_KEY];
    }
    for (const [key, child] of Object.entries(node)) walk(child, [...tokens, Array.isArray(node) ? Number(key) : key]);
  };
  walk(converted, []);
  return { document: converted, findings };
}
