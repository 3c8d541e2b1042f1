/** The documented schema a response body answers to, and the assertion that the body conforms to it. */
import type { JsonSchema, MediaTypeSpec, Operation, ResponseSpec } from '../../model/operation';
import type { WireResponse } from '../../targets/target';
import { Category, type CategoryName } from '../categories';
import { Failure } from '../check';
import { describeProblems, schemaProblems } from './describe-schema-errors';
import { documentedResponse } from './documented-response';
import { matchingMediaType } from './media-type';
import { compiledSchema } from './schema-validator';

/** A documented response body with a schema: which status entry and media type it came from. */
export interface DocumentedBody {
  response: ResponseSpec;
  media: MediaTypeSpec;
  schema: JsonSchema;
}

/**
 * The schema for this response: the entry documenting its status, then the media type its Content-Type falls in.
 * Undefined when either is missing (other checks own those failures) or the media type documents no schema.
 */
export function documentedBody(operation: Operation, response: WireResponse): DocumentedBody | undefined {
  const documented = documentedResponse(operation, response.status);
  if (!documented) return undefined;
  const media = matchingMediaType(documented.content, response.headers['content-type'] ?? '');
  if (!media || media.schema === undefined) return undefined;
  return { response: documented, media, schema: media.schema };
}

/** `200 application/json`, the way messages name a documented body. */
export function describeBody(body: DocumentedBody): string {
  return `${body.response.status} ${body.media.mediaType}`;
}

/** True when the response carried a body that parsed as JSON (a JSON `null` counts). */
export function hasParsedJson(response: WireResponse): boolean {
  return response.json !== undefined;
}

/**
 * Throws a Failure in `category`, led by `lead`, when `data` does not conform to the documented schema;
 * a schema that cannot be compiled is reported as the document's fault, not the server's.
 */
export function assertConforms(body: DocumentedBody, data: unknown, category: CategoryName, lead: string): void {
  const compiled = compiledSchema(body.schema);
  if (!compiled.ok) {
    throw new Failure(`the documented schema for ${describeBody(body)} cannot be compiled, so the body cannot be judged: ${compiled.error}`, Category.invalidSchema);
  }
  const errors = compiled.validate(data);
  if (!errors) return;
  const problems = schemaProblems(errors, data);
  throw new Failure(`${lead}: ${describeProblems(problems)}`, category, problems[0]?.pointer);
}
