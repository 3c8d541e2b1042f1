/**
 * The coverage phase: deterministic cases derived from each schema keyword of each parameter and of the body,
 * positive, negative and edge, each naming its value class; plus whole-body classes (absent, empty, `{}`, `[]`,
 * malformed JSON, another content type), parameter classes (optional present and absent, required missing,
 * repeated, unknown) and every method the path does not declare (TRACE and an unknown token included).
 * The classes of each target (a parameter, a body property, the body, the methods) are dealt out in turn, so the
 * cap keeps every target represented.
 */
import type { Case, CoverageLocation, CoverageTag, Mutation } from '../../model/case';
import type { Operation, Parameter } from '../../model/operation';
import { coverageValues, judgeValue, showValue, type Verdict } from '../coverage';
import { escapeToken } from '../../json/pointer';
import { IntegerText } from '../../json/integer-text';
import { canonicalJson } from '../arbitraries/canonical-json';
import { isValid } from '../arbitraries/validator';
import { bucketFor, copyCase } from './case-shape';
import { defaultBodyValue } from './body-values';
import { exampleCases } from './example-cases';
import type { CaseOptions } from './options';
import { defaultParameterValue } from './parameter-values';
import { jsonBodySchema, requestMedia } from './request-body';
import { parameterWireForm } from './wire-form';

/** Options of coverageCases. */
export interface CoverageCaseOptions extends CaseOptions {
  /** Most cases per operation (default 200). */
  limit?: number;
  /** Methods the operation's path does not document, to probe (upper case); only the path's first operation gets them. */
  undocumentedMethods?: string[];
}

/** The default cap: enough for every class of a dozen fields, small enough for a quick phase. */
export const COVERAGE_CASE_LIMIT = 200;
/** A method token no HTTP specification defines. */
export const UNKNOWN_METHOD = 'CONFORMANCE';
/** The query parameter no document defines. */
export const UNKNOWN_PARAMETER = 'conformance_unknown_param';
const MALFORMED_JSON = '{"unterminated": ';

function tag(location: CoverageLocation, pointer: string, className: string, keyword: string, description: string): CoverageTag {
  return { class: className, keyword, location, pointer, description };
}

/** The case with its verdict: the mode, the tag, and for a negative one the mutation the checks describe. */
function judged(testCase: Case, coverage: CoverageTag, verdict: Verdict, original: unknown, value: unknown): Case {
  const description = `${coverage.description} (${coverage.class}: ${verdict.expect === 'positive' ? 'valid' : verdict.reason})`;
  // A refusal names the keyword actually broken; an accepted value names the keyword its class aims at.
  const keyword = verdict.expect === 'negative' ? verdict.keyword : coverage.keyword;
  const out: Case = { ...testCase, phase: 'coverage', mode: verdict.expect, coverage: { ...coverage, keyword, description } };
  if (verdict.expect === 'negative' && coverage.location !== 'method') {
    const mutation: Mutation = { keyword: verdict.keyword, location: coverage.location, pointer: coverage.pointer, original, value, description };
    out.mutation = mutation;
  }
  return out;
}

function parameterLocation(parameter: Parameter): Exclude<CoverageLocation, 'body' | 'method'> | undefined {
  return parameter.in === 'cookie' ? undefined : parameter.in;
}

function structured(value: unknown): boolean {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && !(value instanceof IntegerText));
}

function structuredSchema(parameter: Parameter): boolean {
  const type = (parameter.schema as { type?: unknown }).type;
  const types = Array.isArray(type) ? type : [type];
  return types.includes('object') || types.includes('array');
}

/** The classes of one parameter: its values, present/absent, required missing, repeated. */
function parameterCases(base: Case, parameter: Parameter, options: CaseOptions): Case[] {
  const location = parameterLocation(parameter);
  if (!location) return [];
  const pointer = `/${escapeToken(parameter.name)}`;
  const subject = `${parameter.in} parameter ${parameter.name}`;
  const plain = defaultParameterValue(parameter, options.pathValues);
  const out: Case[] = [];
  const withValue = (value: unknown): Case => {
    const testCase = copyCase(base);
    // Set after the copy: structuredClone would turn an exact big integer into a plain object.
    bucketFor(testCase, parameter)[parameter.name] = value;
    return testCase;
  };
  const ascii = parameter.in !== 'query';
  for (const placed of coverageValues(parameter.schema, parameter.schema, plain, { ascii, nul: parameter.in === 'query' })) {
    // A value inside an object parameter travels only as part of the whole object, so the whole one is judged.
    const whole = placed.pointer === '' ? placed : { ...placed, at: { schema: parameter.schema, value: placed.value } };
    const verdict = judgeValue(whole, parameter.schema, (value) => parameterWireForm(parameter, value));
    if (!verdict) continue;
    if (placed.verdict && parameterWireForm(parameter, 0) === undefined) continue;
    // An object or array in a scalar parameter travels as other parameters (`conformance=1`) or a repeated one.
    if (structured(placed.value) && !structuredSchema(parameter)) continue;
    out.push(judged(withValue(placed.value), tag(location, pointer + placed.pointer, placed.class, placed.keyword, `${subject} set to ${showValue(placed.value)}`), verdict, plain, placed.value));
  }
  if (!parameter.required) {
    out.push(judged(withValue(plain), tag(location, pointer, 'parameter.optional-present', 'properties', `optional ${subject} sent`), { expect: 'positive', keyword: 'properties', reason: 'valid' }, undefined, plain));
  } else if (parameter.in !== 'path') {
    const missing = copyCase(base);
    delete bucketFor(missing, parameter)[parameter.name];
    out.push(judged(missing, tag(location, pointer, 'parameter.required-missing', 'required', `required ${subject} left out`), { expect: 'negative', keyword: 'required', reason: 'a required parameter is missing' }, plain, undefined));
  }
  const scalar = typeof plain !== 'object' || plain === null;
  if (parameter.in === 'query' && scalar && plain !== undefined) {
    // `?page=1&page=1`: frameworks take the first, the last or refuse; the document does not say which.
    out.push(judged(withValue([plain, plain]), tag(location, pointer, 'parameter.repeated', 'repeated', `${subject} sent twice`), { expect: 'edge', keyword: 'repeated', reason: 'the document does not say how a repeated parameter is read' }, plain, [plain, plain]));
  }
  return out;
}

/** The classes of the JSON body: each property's values and the object's own classes. */
function bodyValueCases(base: Case, operation: Operation): Case[][] {
  const media = jsonBodySchema(operation);
  if (!media || media.schema === undefined) return [];
  const schema = media.schema;
  const plain = base.body?.value ?? defaultBodyValue(media);
  const groups = new Map<string, Case[]>();
  for (const placed of coverageValues(schema, schema, plain)) {
    const verdict = judgeValue(placed, schema);
    if (!verdict) continue;
    const testCase = copyCase(base);
    testCase.body = { value: placed.value, mediaType: media.mediaType };
    const where = placed.pointer === '' ? 'body' : `body ${placed.pointer}`;
    const shown = placed.class.startsWith('object.') ? placed.class.slice('object.'.length).replace(/-/g, ' ') : `set to ${showValue(placed.at.value)}`;
    const group = placed.pointer.split('/')[1] ?? '';
    const list = groups.get(group) ?? [];
    list.push(judged(testCase, tag('body', placed.pointer, placed.class, placed.keyword, `${where} ${shown}`), verdict, undefined, placed.at.value));
    groups.set(group, list);
  }
  return [...groups.values()];
}

/** Whole-body classes: absent, no bytes, `{}`, `[]`, malformed JSON, another content type. */
function wholeBodyCases(base: Case, operation: Operation): Case[] {
  const media = requestMedia(operation);
  if (!media || !operation.requestBody) return [];
  const schema = media.schema;
  const required = operation.requestBody.required;
  const value = base.body?.value ?? defaultBodyValue(media);
  const out: Case[] = [];
  const withBody = (body: Case['body']): Case => ({ ...copyCase(base), body });
  const absent = copyCase(base);
  delete absent.body;
  out.push(judged(absent, tag('body', '', 'body.absent', 'required', 'request body left out'), required ? { expect: 'negative', keyword: 'required', reason: 'the body is required' } : { expect: 'positive', keyword: 'required', reason: 'valid' }, value, undefined));
  // No bytes at all under a JSON content type: DRF reads it as empty data, which a partial update may accept.
  out.push(judged(withBody({ value: Buffer.alloc(0), mediaType: media.mediaType }), tag('body', '', 'body.empty', 'required', 'request body of zero bytes'), { expect: 'edge', keyword: 'required', reason: 'an empty body is read as no data' }, value, ''));
  for (const [className, shape] of [['body.empty-object', {}], ['body.array', []]] as const) {
    const valid = schema === undefined || isValid(schema, shape);
    const verdict: Verdict = valid ? { expect: 'positive', keyword: 'type', reason: 'valid' } : { expect: 'negative', keyword: Array.isArray(shape) ? 'type' : 'required', reason: `${JSON.stringify(shape)} is not a valid body` };
    out.push(judged(withBody({ value: shape, mediaType: media.mediaType }), tag('body', '', className, verdict.keyword, `request body ${JSON.stringify(shape)}`), verdict, value, shape));
  }
  out.push(judged(withBody({ value: Buffer.from(MALFORMED_JSON), mediaType: media.mediaType }), tag('body', '', 'body.malformed-json', 'syntax', 'request body that is not JSON'), { expect: 'negative', keyword: 'syntax', reason: 'the body does not parse' }, value, MALFORMED_JSON));
  const documented = operation.requestBody.content.map((m) => m.mediaType.split(';')[0].trim().toLowerCase());
  if (!documented.includes('text/plain') && !documented.some((m) => m.includes('*'))) {
    out.push(judged(withBody({ value: JSON.stringify(value ?? {}), mediaType: 'text/plain' }), tag('body', '', 'body.other-content-type', 'content-type', 'request body sent as text/plain'), { expect: 'negative', keyword: 'content-type', reason: 'text/plain is not a documented media type' }, value, 'text/plain'));
  }
  return out;
}

/** One probe per undocumented method, and one unknown method token. */
function methodCases(base: Case, methods: readonly string[]): Case[] {
  const out: Case[] = [];
  for (const method of [...methods, UNKNOWN_METHOD]) {
    const unknown = method === UNKNOWN_METHOD;
    const probe: Case = { ...copyCase(base), probe: { kind: unknown ? 'unknown-method' : 'undocumented-method', method } };
    const className = unknown ? 'method.unknown-token' : `method.${method.toLowerCase()}`;
    out.push(judged(probe, tag('method', '', className, 'method', `${method} sent to ${base.operation.path}`), { expect: 'negative', keyword: 'method', reason: unknown ? 'no HTTP specification defines this method' : 'the path does not document this method' }, undefined, method));
  }
  return out;
}

/** The request a case sends, for de-duplication: method, values and body bytes. */
function requestIdentity(testCase: Case): string {
  const body = testCase.body ? [testCase.body.mediaType, Buffer.isBuffer(testCase.body.value) ? `bytes:${testCase.body.value.toString('base64')}` : testCase.body.value] : null;
  return canonicalJson([testCase.probe?.method ?? '', testCase.pathParams, testCase.query, testCase.headers, testCase.cookies, body]);
}

/** Takes one case from each group in turn, skipping repeated requests, until the limit. */
function dealOut(groups: Case[][], limit: number): Case[] {
  const out: Case[] = [];
  const seen = new Set<string>();
  const cursors = groups.map(() => 0);
  let progressed = true;
  while (out.length < limit && progressed) {
    progressed = false;
    for (let g = 0; g < groups.length && out.length < limit; g++) {
      while (cursors[g] < groups[g].length) {
        const candidate = groups[g][cursors[g]++];
        const key = requestIdentity(candidate);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(candidate);
        progressed = true;
        break;
      }
    }
  }
  return out;
}

const built = new WeakMap<Operation, Map<string, Case[]>>();

/**
 * The coverage cases of an operation, at most `limit`, always the same for the same operation and path values.
 * Built once per operation and options: the runner plans an operation's phases several times (to declare its tests,
 * then again before each phase runs), and building the cases is most of a plan's cost. Callers must not mutate them.
 */
export function coverageCases(operation: Operation, options: CoverageCaseOptions = {}): Case[] {
  const key = canonicalJson([options.pathValues ?? {}, options.undocumentedMethods ?? null, options.limit ?? COVERAGE_CASE_LIMIT]);
  let byOptions = built.get(operation);
  if (!byOptions) built.set(operation, (byOptions = new Map()));
  let cases = byOptions.get(key);
  if (!cases) byOptions.set(key, (cases = buildCoverageCases(operation, options)));
  return cases;
}

function buildCoverageCases(operation: Operation, options: CoverageCaseOptions): Case[] {
  const base: Case = { ...exampleCases(operation, options)[0], phase: 'coverage' };
  const onlyRequired = judged(copyCase(base), tag('query', '', 'parameter.only-required', 'required', 'only the required parameters'), { expect: 'positive', keyword: 'required', reason: 'valid' }, undefined, undefined);
  const groups: Case[][] = [[onlyRequired, ...wholeBodyCases(base, operation)]];
  if (options.undocumentedMethods) groups.push(methodCases(base, options.undocumentedMethods));
  for (const parameter of operation.parameters) groups.push(parameterCases(base, parameter, options));
  if (operation.parameters.some((p) => p.in === 'query') || !operation.sideEffects) {
    const unknown = copyCase(base);
    unknown.query[UNKNOWN_PARAMETER] = '1';
    groups[0].push(judged(unknown, tag('query', `/${UNKNOWN_PARAMETER}`, 'parameter.unknown', 'unknown', `unknown query parameter ${UNKNOWN_PARAMETER}=1`), { expect: 'edge', keyword: 'unknown', reason: 'an unknown parameter may be ignored or refused' }, undefined, '1'));
  }
  groups.push(...bodyValueCases(base, operation));
  return dealOut(groups.filter((group) => group.length > 0), options.limit ?? COVERAGE_CASE_LIMIT);
}
