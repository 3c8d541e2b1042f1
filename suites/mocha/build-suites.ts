/**
 * Builds the mocha tree from the specs: one `describe` per API, tag and operation, one per phase, and one `it`
 * per check that applies to the phase. A phase's cases are sent once, in its `before` hook; each `it` then reports
 * its check's verdict over all of them, so adding checks costs no extra requests.
 */
import fc from 'fast-check';
import type { Case } from '../../generators/model/case';
import type { ApiModel, Operation } from '../../generators/model/operation';
import type { Check } from '../checks/check';
import { attachExchange, labelTest } from '../report/allure-annotations';
import { planPhases, type PhasePlan } from '../runner/phase-plan';
import { runPhase, type PhaseResult } from '../runner/phase-run';
import type { Session } from '../runner/session';
import { failureMessage } from './failure-message';
import { runScenario } from './run-scenario';
import { discoverPathValues, METHOD_ORDER } from '../runner/discover';
import { execute } from '../runner/exchange';
import { ownTargets } from '../runner/own-objects';
import { probeMethodOf } from '../runner/phase-plan';
import { writes } from '../runner/write-policy';
import { skipWithReason } from './skip';
import { ConformanceFailure } from './conformance-failure';
import { findingMessage, findingOfTest, labelFinding, splitTestsByFinding } from './finding-tests';
import { findingCollectorOf } from '../report/findings';
import { describeSpecFindings, hasSpecSuite } from './spec-findings';
import { addLeniencyTests, noteLeniency } from './leniency-tests';

const APPLICABILITY_SAMPLE = 5;

/** Phases whose sample requests are already attached to one of their tests. */
const samplesShown = new WeakSet<PhaseResult>();

/** Cases to decide which checks a phase needs an `it` for. */
function representativeCases(plan: PhasePlan): Case[] {
  if (plan.kind === 'list') return plan.cases;
  try {
    return fc.sample(plan.arbitrary, { seed: plan.seed, numRuns: APPLICABILITY_SAMPLE });
  } catch {
    return [];
  }
}

/** Checks that apply to at least one representative case; with none (a generation error) all checks stay. */
function checksForPhase(checks: readonly Check[], plan: PhasePlan): Check[] {
  const cases = representativeCases(plan);
  if (cases.length === 0) return plan.kind === 'property' ? [...checks] : [];
  return checks.filter((check) => cases.some((c) => check.appliesTo(c, c.operation)));
}

/** The `it` body of one check in one phase. */
async function reportCheck(ctx: Mocha.Context, session: Session, api: ApiModel, operation: Operation, check: Check, result: PhaseResult | undefined): Promise<void> {
  await labelTest(session, api, operation, check, result?.phase ?? 'unknown', result?.seed);
  if (!result) throw new Error('[setup] the phase did not run (see the hook failure above)');
  if (result.skipped) return skipWithReason(ctx, result.skipped);
  if (result.generationError) throw new Error(`[generation] could not generate ${result.phase} cases: ${result.generationError}`);
  const tally = result.tallies.get(check.name);
  // The phase's samples go on its first test only: attached to every check's test they were most of a run's report
  // files, and writing them (allure flushes each file to disk) was the largest cost of a default run (docs/bench.md).
  if (!samplesShown.has(result)) {
    samplesShown.add(result);
    for (const sample of result.samples) await attachExchange(sample, 'sample');
  }
  if (!tally) {
    if (result.blocked > 0) return skipWithReason(ctx, `${result.blocked} case(s) not sent: ${result.blockedReason}`);
    const idle = result.notApplicable?.get(check.name);
    if (idle) return skipWithReason(ctx, `not applicable: nothing to judge in the ${result.casesSent} ${result.phase} case(s) sent (${idle.reason})`);
    return skipWithReason(ctx, `the check applies to none of the ${result.casesSent} ${result.phase} case(s) sent`);
  }
  const found = findingOfTest(ctx.test);
  if (found) {
    // One test per cause: this test reports one finding (the phase's failures of this check were grouped).
    await labelFinding(found.finding);
    if (found.exchange) await attachExchange(found.exchange, 'smallest failing case');
    throw new ConformanceFailure(findingMessage(session, found, found.exchange === tally.failure ? tally.shrinkNote : undefined));
  }
  const repeated = tally.failed > 0 ? findingCollectorOf(session)?.repeatedFindings(operation, result.phase, check.name) : undefined;
  if (repeated && repeated.length > 0) {
    // Neither a pass (it failed) nor a second failure (the defect is counted once, in the phase that found it first).
    return skipWithReason(ctx, `failed only with finding(s) already reported: ${repeated.map((f) => `${f.fingerprint} (${f.location}, first in ${f.phase})`).join(', ')}`);
  }
  if (tally.failure) await attachExchange(tally.failure, 'failing');
  await noteLeniency(tally);
  if (tally.failed > 0) throw new ConformanceFailure(failureMessage(session, operation, check.name, result, tally));
}

/** Declares the scenario (semantic) checks of one operation, one `it` each. */
function describeScenarios(session: Session, api: ApiModel, operation: Operation): void {
  const scenarios = session.scenarios.filter((s) => s.appliesTo(operation, api));
  if (scenarios.length === 0) return;
  describe('semantics', () => {
    for (const scenario of scenarios) {
      it(scenario.name, async function () {
        this.timeout(0);
        const skipped = await runScenario(session, api, operation, scenario);
        if (skipped) await skipWithReason(this, skipped);
      });
    }
  });
}

/** On a shared target with --allow-writes, finds (or creates) the run's own objects a writing operation may aim at. */
async function aimAtOwnObjects(session: Session, api: ApiModel, operation: Operation): Promise<void> {
  if (!session.policy.ownObjectsOnly) return;
  const probe = probeMethodOf(api, operation);
  if (!writes(operation) && !(probe && writes(operation, probe))) return;
  const targets = await ownTargets(session, api, operation, async (testCase) => {
    await execute(session, api, testCase);
  });
  session.owned.set(operation.id, targets);
}

/** Declares the suites of one operation. */
function describeOperation(session: Session, api: ApiModel, operation: Operation): void {
  describe(`${operation.method.toUpperCase()} ${operation.path} (${operation.id})`, () => {
    // Aim at objects that exist right now: an earlier operation may have created or deleted some.
    before(async function () {
      this.timeout(0);
      session.events.emit({ type: 'operation-planned', api, operation, phases: planPhases(session, api, operation).map((p) => p.phase) });
      if (session.stopping) return;
      const values = await discoverPathValues(session, api, operation);
      if (values) session.discovered.set(operation.id, values);
    });
    for (const declared of planPhases(session, api, operation)) {
      const checks = checksForPhase(session.checks, declared);
      if (checks.length === 0) continue;
      describe(declared.phase, function () {
        let result: PhaseResult | undefined;
        before(async function () {
          this.timeout(0);
          // Each phase of a write gets an object of its own: an earlier phase may have deleted the last one.
          await aimAtOwnObjects(session, api, operation);
          // Planned again now that discovery has run; which checks apply does not depend on path values.
          const plan = planPhases(session, api, operation).find((p) => p.phase === declared.phase) ?? declared;
          session.events.emit({ type: 'phase-started', api, operation, phase: plan.phase });
          result = await runPhase(session, api, plan);
          session.events.emit({ type: 'phase-finished', api, operation, result });
          if (this.test?.parent) splitTestsByFinding(this.test.parent, session, operation, plan.phase);
          // The hook's parent is the phase's suite; tests added now still run (mocha reads them after `before`).
          if (this.test?.parent) addLeniencyTests(this.test.parent, session, api, operation, result);
        });
        for (const check of checks) {
          it(check.name, async function () {
            await reportCheck(this, session, api, operation, check, result);
          });
        }
      });
    }
    describeScenarios(session, api, operation);
  });
}

/** Declares every suite of the session. */
export function buildSuites(session: Session): void {
  before(() => session.events.emit({ type: 'run-started', apis: session.apis, seed: session.config.seed }));
  after(() => session.events.emit({ type: 'run-finished', interrupted: session.stopping }));
  for (const api of session.apis) {
    const operations = session.operations.get(api.name) ?? [];
    if (operations.length === 0 && !hasSpecSuite(session, api)) continue;
    describe(`${api.title || api.name} (${api.name})`, () => {
      describeSpecFindings(session, api);
      const tags = [...new Set(operations.map((op) => op.tags[0] ?? 'untagged'))];
      for (const tag of tags) {
        describe(tag, () => {
          const inTag = operations.filter((op) => (op.tags[0] ?? 'untagged') === tag);
          // Destructive operations last, so the others still find the objects they are aimed at.
          const ordered = [...inTag].sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
          for (const operation of ordered) describeOperation(session, api, operation);
        });
      }
    });
  }
}
