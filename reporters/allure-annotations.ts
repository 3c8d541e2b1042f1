/**
 * Allure metadata for one conformance test: epic = API, feature = tag, story = operation, the check's severity,
 * the run's parameters, and one step per shown request with request, response and curl attached.
 * Only the exchanges a reader needs are attached (failures and a few samples): attaching every fuzz case would
 * make reporting the slowest part of a run.
 */
import * as allure from 'allure-js-commons';
import { LabelName, type Label } from 'allure-js-commons';
import type { ApiModel, Operation } from '../model/operation';
import type { Check } from '../checks/check';
import type { ScenarioCheck } from '../engine/scenario-check';
import type { Exchange } from '../engine/exchange';
import type { Session } from '../engine/session';

/** Epic, feature and story of an operation's tests. */
function operationLabels(api: ApiModel, operation: Operation): Label[] {
  return [
    { name: LabelName.EPIC, value: api.title || api.name },
    { name: LabelName.FEATURE, value: operation.tags[0] ?? 'untagged' },
    { name: LabelName.STORY, value: `${operation.method.toUpperCase()} ${operation.path} (${operation.id})` },
  ];
}

function tagLabels(tag: string, inferred: boolean | undefined): Label[] {
  return [{ name: LabelName.TAG, value: tag }, ...(inferred ? [{ name: LabelName.TAG, value: 'inferred' }] : [])];
}

// Labels go in one call: each allure call is a message through allure-mocha's runtime, and six per test were
// ~0.15 s of a `--runs 1` run's 683 tests.
/** Labels and parameters of one check × phase test. */
export async function labelTest(session: Session, api: ApiModel, operation: Operation, check: Check, phase: string, seed?: number): Promise<void> {
  await allure.labels(...operationLabels(api, operation), { name: LabelName.SEVERITY, value: check.severity }, ...tagLabels(phase, check.inferred));
  await allure.parameter('phase', phase);
  await allure.parameter('target', session.target.baseUrl, { excluded: true });
  // Excluded from the history id: with the seed in it, no two runs would share a test's history.
  await allure.parameter('seed', String(seed ?? session.config.seed), { excluded: true });
}

/** Labels of one scenario (semantic) test; says in the description what the scenario rests on. */
export async function labelScenario(session: Session, api: ApiModel, operation: Operation, scenario: ScenarioCheck): Promise<void> {
  await allure.labels(...operationLabels(api, operation), { name: LabelName.SEVERITY, value: scenario.severity }, ...tagLabels('semantics', scenario.inferred));
  await allure.description(`${scenario.inferred ? 'Inferred' : 'Documented'}: ${scenario.basis}`);
  await allure.parameter('target', session.target.baseUrl, { excluded: true });
  await allure.parameter('seed', String(session.config.seed), { excluded: true });
}

/** Pretty JSON of a request as sent (secrets already replaced). */
function requestJson(exchange: Exchange): string {
  const { method, path, headers, body } = exchange.request;
  let parsedBody: unknown = body === undefined ? undefined : String(body);
  try {
    if (typeof parsedBody === 'string') parsedBody = JSON.parse(parsedBody);
  } catch {
    // not JSON: shown as sent
  }
  return JSON.stringify({ method, path, headers, body: parsedBody, mutation: exchange.testCase.mutation }, null, 2);
}

/** Pretty JSON of a response, or the transport error when none came. */
function responseJson(exchange: Exchange): string {
  const r = exchange.response;
  if (!r) return JSON.stringify({ error: exchange.transportError }, null, 2);
  return JSON.stringify({ status: r.status, headers: r.headers, elapsedMs: Math.round(r.elapsedMs * 10) / 10, truncated: r.truncated || undefined, body: r.json ?? r.text }, null, 2);
}

/** One step per request: its request, response and curl reproduction attached. */
export async function attachExchange(exchange: Exchange, title: string): Promise<void> {
  const status = exchange.response ? String(exchange.response.status) : 'no response';
  // A coverage case says which value class it tried, so a reader of the step knows what it was about.
  const coverage = exchange.testCase.coverage ? ` [${exchange.testCase.coverage.class}, ${exchange.testCase.mode}]` : '';
  await allure.step(`${title}${coverage}: ${exchange.request.method.toUpperCase()} ${exchange.request.path} → ${status}`, async () => {
    await allure.attachment('request', requestJson(exchange), 'application/json');
    await allure.attachment('response', responseJson(exchange), 'application/json');
    await allure.attachment('curl', exchange.curl, 'text/plain');
  });
}
