/**
 * Judges a recorded HTTP response against the corrected bundled specs with the suite's own checks, so tests can
 * show that the reference server conforms to the contract it stands in for.
 */
import type { Case } from '../../model/case';
import type { ApiModel, Operation } from '../../model/operation';
import { buildApiModel } from '../../model/build';
import { listBundledApis, loadBundledApi } from '../../spec/load';
import { bodyConformsToSchema } from '../../checks/body-conforms-to-schema';
import { contentTypeIsDocumented } from '../../checks/content-type-is-documented';
import { errorBodyHasDocumentedShape } from '../../checks/error-body-has-documented-shape';
import { statusCodeIsDocumented } from '../../checks/status-code-is-documented';
import type { WireResponse } from '../../targets/target';

/** A response as a test recorded it. */
export interface RecordedResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  text: string;
}

let models: Promise<ApiModel[]> | undefined;

/** The corrected bundled APIs, built once per process. */
export function bundledModels(): Promise<ApiModel[]> {
  models ??= Promise.all(listBundledApis().map(async (name) => buildApiModel((await loadBundledApi(name)).document, { name })));
  return models;
}

function templateMatches(template: string, pathname: string): boolean {
  // Each `{param}` matches one path segment; everything else is literal.
  const pattern = template.split(/\{[^}]+\}/).map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+');
  return new RegExp(`^${pattern}$`).test(pathname);
}

/** The documented operation a request addressed, preferring literal path segments over templated ones. */
export function operationFor(apis: ApiModel[], method: string, pathname: string): { api: ApiModel; operation: Operation } | undefined {
  const candidates = apis.flatMap((api) => api.operations.filter((op) => op.method === method.toLowerCase() && templateMatches(op.path, pathname)).map((operation) => ({ api, operation })));
  // `/reasons/pull_from_omnitron/` matches both the action and `/reasons/{pk}/`: the path with fewer parameters wins.
  return candidates.sort((a, b) => (a.operation.path.match(/\{/g)?.length ?? 0) - (b.operation.path.match(/\{/g)?.length ?? 0))[0];
}

/**
 * Problems of one response against its operation's documented responses (empty when it conforms). Responses to
 * no documented operation, 405s and 413s are transport-level answers the documents do not describe: not judged.
 */
export function judgeRecorded(apis: ApiModel[], recorded: RecordedResponse): string[] {
  const url = new URL(recorded.url, 'http://mock');
  const found = operationFor(apis, recorded.method, url.pathname);
  if (!found || recorded.status === 405 || recorded.status === 413) return [];
  let json: unknown;
  try {
    json = recorded.text ? JSON.parse(recorded.text) : undefined;
  } catch {
    json = undefined;
  }
  const response: WireResponse = { status: recorded.status, headers: recorded.headers, text: recorded.text, json, truncated: false, elapsedMs: 0 };
  const testCase: Case = { operation: found.operation, phase: 'examples', mode: 'positive', pathParams: {}, query: {}, headers: {}, cookies: {} };
  const problems: string[] = [];
  for (const check of [statusCodeIsDocumented, contentTypeIsDocumented, bodyConformsToSchema, errorBodyHasDocumentedShape]) {
    try {
      check.run({ api: found.api }, response, testCase);
    } catch (err) {
      problems.push(`${recorded.method} ${recorded.url} -> ${recorded.status}: ${(err as Error).message}`);
    }
  }
  return problems;
}
