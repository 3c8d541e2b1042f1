/**
 * Where the fuzz loop's time goes, stage by stage: the suite's exchange (engine/exchange.ts `execute`)
 * taken apart and timed inline, one case at a time as the real loop sends them, plus the cost of fast-check's
 * property runner itself (the same cases drawn through `fc.assert` with a predicate that does nothing).
 */
import fc from 'fast-check';
import type { Case, WireRequest } from '../model/case';
import { curlFor, serializeCase } from '../generators/params/serialize';
import { credentialsFor, redact, secretHeaderNames } from '../engine/credentials';
import { judge, type Exchange } from '../engine/exchange';
import type { WireResponse } from '../targets/target';
import type { FuzzWorkload } from './fuzz-workload';
import { Tally } from './measure';
import type { ShareRow } from './results';

/** The stages, in the order a case goes through them. */
export const STAGES = ['generation', 'property runner', 'serialisation', 'HTTP round trip', 'validation', 'reporting'] as const;

type Stage = (typeof STAGES)[number];

/** Serialises a case the way `execute` does: styled parameters, credentials, the shown copy and the curl line. */
function serialise(testCase: Case, token: string | undefined, baseUrl: string): { request: WireRequest; shown: WireRequest; curl: string } {
  const secrets = secretHeaderNames(testCase.operation);
  const serialised = serializeCase(testCase);
  const credentials = credentialsFor(testCase.operation, token);
  const request: WireRequest = { ...serialised, headers: { ...serialised.headers, ...credentials.headers } };
  const shown: WireRequest = { ...request, headers: { ...request.headers } };
  for (const name of Object.keys(shown.headers)) if (secrets.includes(name.toLowerCase())) shown.headers[name] = '${CONFORMANCE_TOKEN}';
  shown.path = redact(shown.path, token);
  return { request, shown, curl: redact(curlFor(request, baseUrl, secrets), token) };
}

/** Times every stage of the fuzz loop over the workload; shares are of the summed stage time. */
export async function profileStages(workload: FuzzWorkload): Promise<{ rows: ShareRow[]; cases: number }> {
  const spent = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  const add = (stage: Stage, since: number): number => {
    const now = performance.now();
    spent.set(stage, (spent.get(stage) as number) + (now - since));
    return now;
  };
  const { session } = workload;
  const token = session.config.token;
  const tally = new Tally();
  for (const { api, plan } of workload.items) {
    let mark = performance.now();
    const cases = fc.sample(plan.arbitrary, { seed: plan.seed, numRuns: plan.runs });
    const generationMs = performance.now() - mark;
    mark = add('generation', mark);
    // The property runner's own cost: the same cases drawn through fc.assert, less what drawing them costs.
    await fc.assert(fc.asyncProperty(plan.arbitrary, async () => undefined), { seed: plan.seed, numRuns: plan.runs });
    const runnerMs = performance.now() - mark - generationMs;
    spent.set('property runner', (spent.get('property runner') as number) + Math.max(0, runnerMs));
    const context = { ...session.context, api };
    for (const testCase of cases) {
      mark = performance.now();
      const { request, shown, curl } = serialise(testCase, token, session.target.baseUrl);
      mark = add('serialisation', mark);
      let response: WireResponse | undefined;
      let transportError: string | undefined;
      try {
        response = await session.target.send(request);
      } catch (err) {
        transportError = String((err as Error).message);
      }
      mark = add('HTTP round trip', mark);
      const verdicts = judge(session.checks, context, testCase, response, transportError);
      mark = add('validation', mark);
      const exchange: Exchange = { testCase, request: shown, response, transportError, verdicts, curl };
      tally.record(exchange);
      add('reporting', mark);
    }
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  const rows = STAGES.map((name) => ({ name, seconds: (spent.get(name) as number) / 1000, share: (spent.get(name) as number) / total }));
  return { rows, cases: tally.cases };
}
