/**
 * Validation and dereferencing through swagger-parser, with its errors turned into one-line ModelErrors that name
 * the JSON pointer of the problem.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { assertSupportedVersion } from './adapters';
import { ModelError } from './errors';

/** One error as swagger-parser's AJV reports it. */
export interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * Validates a document against the OpenAPI schema and returns a dereferenced deep copy in which circular
 * references are real object cycles. The input is never modified.
 */
export async function validateAndDereference(document: object): Promise<Record<string, unknown>> {
  const copy = structuredClone(document) as Record<string, unknown>;
  assertSupportedVersion(copy);
  try {
    const api = await SwaggerParser.validate(copy as unknown as OpenAPI.Document, { dereference: { circular: true } });
    return api as unknown as Record<string, unknown>;
  } catch (error) {
    throw toModelError(error);
  }
}

/** Maps swagger-parser's schema, $ref and spec errors to a ModelError; anything else is rethrown unchanged. */
export function toModelError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const details = (error as { details?: unknown }).details;
  if (Array.isArray(details) && details.length > 0) {
    const issue = mostSpecificIssue(details as AjvIssue[]);
    return new ModelError(`Invalid OpenAPI document: ${describeIssue(issue)}`, '#' + (issue.instancePath || ''));
  }
  const ref = error as { targetRef?: unknown; parentPath?: unknown };
  if (typeof ref.targetRef === 'string') {
    // parentPath locates the object holding the broken $ref, possibly behind a file name.
    const where = typeof ref.parentPath === 'string' && ref.parentPath.includes('#') ? ref.parentPath.slice(ref.parentPath.indexOf('#')) : '#';
    return new ModelError(`Unresolvable $ref ${ref.targetRef}`, where);
  }
  const tooDeep = /^Maximum dereference depth \((\d+)\) exceeded at (#\S*?)\. /.exec(error.message);
  if (tooDeep) {
    // Highly interlinked recursive schemas exhaust the dereferencer before the cycle detection settles them.
    return new ModelError(`Schemas nest deeper than the dereferencer's limit of ${tooDeep[1]}`, tooDeep[2]);
  }
  if (error.name === 'SyntaxError' || error.name === 'ReferenceError' || error.name.endsWith('ParserError')) {
    return new ModelError(`Invalid OpenAPI document: ${error.message.split('\n')[0]}`, '#');
  }
  return error;
}

/**
 * AJV reports every failed alternative of the meta-schema's oneOfs; the deepest non-combinator error is the one a
 * person can act on ("must have required property 'description'"), not "must match exactly one schema in oneOf".
 */
export function mostSpecificIssue(issues: AjvIssue[]): AjvIssue {
  const informative = issues.filter(
    (issue) =>
      !['oneOf', 'anyOf', 'if', 'not'].includes(issue.keyword) &&
      !(issue.keyword === 'required' && issue.params?.missingProperty === '$ref'),
  );
  const pool = informative.length > 0 ? informative : issues;
  return pool.reduce((best, issue) => (depth(issue) > depth(best) ? issue : best));
}

function depth(issue: AjvIssue): number {
  return issue.instancePath.split('/').length;
}

/** One issue as a phrase: the message, with the offending property for additionalProperties or the allowed values. */
export function describeIssue(issue: AjvIssue): string {
  const allowed = issue.params?.allowedValues;
  const extra = issue.keyword === 'additionalProperties'
    ? ` '${String(issue.params?.additionalProperty)}'`
    : Array.isArray(allowed) ? ` (${allowed.map(String).join(', ')})` : '';
  return `${issue.message ?? issue.keyword}${extra}`;
}
