/**
 * The mocha tree of a run, a consumer of the engine (engine/engine.ts): one `describe` per API, tag and
 * operation, one per phase, one `it` per check that applies to the phase, one per scenario. Each operation's
 * `before` hook asks the engine to run that operation (discovery, phases, scenarios), so the report and the progress
 * line fill in as the run goes; each `it` then reports the verdict the engine recorded, with its Allure labels and
 * attachments. Adding checks costs no extra requests: a phase's cases are sent once for all of them.
 */
import type { ApiModel, Operation } from '../model/operation';
import type { Check } from '../checks/check';
import { attachExchange, labelTest } from '../reporters/allure-annotations';
import type { Engine, OperationRecord, PhaseRecord } from '../engine/engine';
import type { PhaseResult } from '../engine/phase-run';
import { checkVerdict } from '../engine/check-verdict';
import { failureMessage } from './failure-message';
import { reportScenario } from './run-scenario';
import { skipWithReason } from './skip';
import { ConformanceFailure } from './conformance-failure';
import { findingMessage, findingOfTest, labelFinding, splitTestsByFinding } from './finding-tests';
import { describeSpecFindings, hasSpecSuite } from './spec-findings';
import { addLeniencyTests, noteLeniency } from './leniency-tests';
import { setCategory } from '../reporters/verdict-category';

/** Phases whose sample requests are already attached to one of their tests. */
const samplesShown = new WeakSet<PhaseResult>();

/** The `it` body of one check in one phase: the engine's verdict, with the report's labels and attachments. */
async function reportCheck(ctx: Mocha.Context, engine: Engine, api: ApiModel, operation: Operation, check: Check, phase: PhaseRecord | undefined): Promise<void> {
  const { session } = engine;
  const result = phase?.result;
  await labelTest(session, api, operation, check, result?.phase ?? 'unknown', result?.seed);
  const verdict = phase?.verdicts.get(check.name) ?? checkVerdict(engine.findings, operation, result, check.name, phase?.error);
  if (verdict.status === 'broken') {
    setCategory(ctx, verdict.category);
    throw new Error(verdict.message);
  }
  if (!result) throw new Error('[setup] the phase did not run');
  if (result.skipped && verdict.status === 'skipped') return skipWithReason(ctx, verdict.reason);
  // The phase's samples go on its first test only: attached to every check's test they were most of a run's report
  // files, and writing them (allure flushes each file to disk) was the largest cost of a default run (docs/bench.md).
  if (!samplesShown.has(result)) {
    samplesShown.add(result);
    for (const sample of result.samples) await attachExchange(sample, 'sample');
  }
  if (verdict.status === 'skipped') return skipWithReason(ctx, verdict.reason);
  const tally = result.tallies.get(check.name);
  if (!tally) throw new Error(`[setup] no tally of ${check.name} in the ${result.phase} phase`);
  const found = findingOfTest(ctx.test);
  if (found) {
    // One test per cause: this test reports one finding (the phase's failures of this check were grouped).
    await labelFinding(found.finding);
    setCategory(ctx, found.finding.category);
    if (found.exchange) await attachExchange(found.exchange, 'smallest failing case');
    throw new ConformanceFailure(findingMessage(session, found, found.exchange === tally.failure ? tally.shrinkNote : undefined));
  }
  if (tally.failure) await attachExchange(tally.failure, 'failing');
  await noteLeniency(tally);
  if (verdict.status === 'failed') {
    setCategory(ctx, tally.failure?.verdicts.find((v) => v.name === check.name)?.failure?.category ?? 'failure');
    throw new ConformanceFailure(failureMessage(session, operation, check.name, result, tally));
  }
}

/** Declares the scenario (semantic) checks of one operation, one `it` each. */
function describeScenarios(engine: Engine, api: ApiModel, operation: Operation, record: () => Promise<OperationRecord>): void {
  const scenarios = engine.scenariosFor(api, operation);
  if (scenarios.length === 0) return;
  describe('semantics', () => {
    for (const scenario of scenarios) {
      it(scenario.name, async function () {
        this.timeout(0);
        const recorded = (await record()).scenarios.get(scenario.name);
        if (!recorded) throw new Error('[setup] the scenario did not run (see the hook failure above)');
        await reportScenario(this, engine, api, operation, recorded);
      });
    }
  });
}

/** Declares the suites of one operation. */
function describeOperation(engine: Engine, api: ApiModel, operation: Operation): void {
  const record = (): Promise<OperationRecord> => engine.operation(api, operation);
  describe(`${operation.method.toUpperCase()} ${operation.path} (${operation.id})`, () => {
    before(async function () {
      this.timeout(0);
      await record();
    });
    for (const declared of engine.outline(api, operation)) {
      describe(declared.phase, function () {
        let phase: PhaseRecord | undefined;
        before(async function () {
          this.timeout(0);
          phase = (await record()).phases.get(declared.phase);
          const suite = this.test?.parent;
          if (!suite || !phase?.result) return;
          // The hook's parent is the phase's suite; tests added now still run (mocha reads them after `before`).
          splitTestsByFinding(suite, engine.findings, operation, declared.phase);
          addLeniencyTests(suite, engine.session, api, operation, phase.result);
        });
        for (const check of declared.checks) {
          it(check.name, async function () {
            await reportCheck(this, engine, api, operation, check, phase);
          });
        }
      });
    }
    describeScenarios(engine, api, operation, record);
  });
}

/** Declares every suite of the run; the engine runs as mocha reaches each operation. */
export function buildSuites(engine: Engine): void {
  const { session } = engine;
  before(() => engine.start());
  after(() => {
    engine.finish();
  });
  for (const { api, tags } of engine.order()) {
    if (tags.length === 0 && !hasSpecSuite(session, api)) continue;
    describe(`${api.title || api.name} (${api.name})`, () => {
      describeSpecFindings(session, api);
      for (const { tag, operations } of tags) {
        describe(tag, () => {
          for (const operation of operations) describeOperation(engine, api, operation);
        });
      }
    });
  }
}
