/**
 * The engine: drives one run over an opened session, operation by operation, in the order the run has always
 * used (per API and tag, destructive methods last; per operation: discovery, then each phase aimed at objects that
 * exist now, then the scenario checks), and records every verdict as data. `run()` (run.ts) calls it for every
 * operation; the mocha tree (suites) calls `operation()` from each operation's `before` hook and reports what
 * was recorded, so the report fills in as the run goes. Nothing here knows mocha.
 */
import type { ApiModel, Operation } from '../model/operation';
import type { Check } from '../checks/check';
import type { ScenarioCheck } from './scenario-check';
import { checkVerdict, type CheckVerdict } from './check-verdict';
import { discoverPathValues, METHOD_ORDER } from './discover';
import type { RunTotals } from './events';
import { execute } from './exchange';
import { collectFindings, type Finding, type FindingCollector } from './findings';
import { ownTargets } from './own-objects';
import { checksForPhase } from './phase-checks';
import { planPhase, planPhases, probeMethodOf, type PhaseName } from './phase-plan';
import { runPhase, type PhaseResult } from './phase-run';
import { runScenarioCheck, type ScenarioRecord } from './scenario-run';
import type { Session } from './session';
import { oneLine } from './one-line';
import { writes } from './write-policy';
import { specDefectFindings, type SpecDefectFinding } from './spec-defects';
import type { LeniencyFinding } from './leniency-finding';

/** A phase as declared before the run: its name and the checks that apply to it. */
export interface PhaseOutline {
  phase: PhaseName;
  checks: readonly Check[];
}

/** What one phase of one operation recorded. */
export interface PhaseRecord extends PhaseOutline {
  /** Undefined when the phase could not run; `error` says why. */
  result?: PhaseResult;
  error?: string;
  /** One verdict per check of the phase. */
  verdicts: Map<string, CheckVerdict>;
}

/** What one operation recorded. */
export interface OperationRecord {
  api: ApiModel;
  operation: Operation;
  phases: Map<string, PhaseRecord>;
  scenarios: Map<string, ScenarioRecord>;
}

/** The operations of one API in run order, grouped by their first tag. */
export interface ApiRunOrder {
  api: ApiModel;
  tags: Array<{ tag: string; operations: Operation[] }>;
}

/** Everything a finished run recorded. */
export interface RunResult {
  totals: RunTotals;
  findings: Finding[];
  /** The documents' defects the run worked around (also announced as `spec-finding` events). */
  specFindings: SpecDefectFinding[];
  /** Invalid input shown to be ignored (also announced as `leniency-finding` events); not failures unless --strict. */
  leniencyFindings: readonly LeniencyFinding[];
  operations: OperationRecord[];
  /** Set when the run was stopped early: the reason. */
  interrupted?: string;
}

/** Options of an engine. */
export interface EngineOptions {
  /** Accepted findings (fingerprint → note) from a baseline: those findings are `known`. */
  accepted?: ReadonlyMap<string, string>;
}

/** Drives the run of one session. */
export class Engine {
  readonly findings: FindingCollector;
  private readonly outlines = new Map<Operation, { phases: string[]; outline: PhaseOutline[] }>();
  private readonly records = new Map<Operation, Promise<OperationRecord>>();
  private readonly done: OperationRecord[] = [];
  private started = false;
  private readonly specFindings: SpecDefectFinding[] = [];
  private finished?: RunResult;

  constructor(readonly session: Session, options: EngineOptions = {}) {
    this.findings = collectFindings(session, options.accepted);
  }

  /** The APIs, tags and operations in the order they run. */
  order(): ApiRunOrder[] {
    return this.session.apis.map((api) => {
      const operations = this.session.operations.get(api.name) ?? [];
      const tags = [...new Set(operations.map((op) => op.tags[0] ?? 'untagged'))];
      return {
        api,
        tags: tags.map((tag) => ({
          tag,
          // Destructive operations last, so the others still find the objects they are aimed at.
          operations: operations.filter((op) => (op.tags[0] ?? 'untagged') === tag).sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method)),
        })),
      };
    });
  }

  /**
   * The phases an operation will run and their checks, known before anything is sent (a report declares its tests
   * from it). Which checks apply does not depend on path values, so this is planned before discovery; the cases
   * themselves are planned again per phase once discovery has found the values to aim at.
   */
  outline(api: ApiModel, operation: Operation): PhaseOutline[] {
    return this.plannedBeforeDiscovery(api, operation).outline;
  }

  private plannedBeforeDiscovery(api: ApiModel, operation: Operation): { phases: string[]; outline: PhaseOutline[] } {
    let planned = this.outlines.get(operation);
    if (!planned) {
      const plans = planPhases(this.session, api, operation);
      const outline = plans.map((plan) => ({ phase: plan.phase, checks: checksForPhase(this.session.checks, plan) })).filter((phase) => phase.checks.length > 0);
      planned = { phases: plans.map((plan) => plan.phase), outline };
      this.outlines.set(operation, planned);
    }
    return planned;
  }

  /** The scenario checks that apply to an operation. */
  scenariosFor(api: ApiModel, operation: Operation): ScenarioCheck[] {
    return this.session.scenarios.filter((s) => s.appliesTo(operation, api));
  }

  /** Emits `run-started` (once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.session.events.emit({ type: 'run-started', apis: this.session.apis, seed: this.session.config.seed });
    for (const api of this.session.apis) {
      for (const finding of specDefectFindings(this.session.config, api)) {
        this.specFindings.push(finding);
        this.session.events.emit({ type: 'spec-finding', api, finding });
      }
    }
  }

  /** Stops the run: nothing more is sent except cleanup; the phase in flight ends with its cases not sent. */
  stop(reason: string): void {
    this.session.stopping ??= reason;
  }

  /** Runs one operation (once; later calls get the same record). */
  operation(api: ApiModel, operation: Operation): Promise<OperationRecord> {
    let record = this.records.get(operation);
    if (!record) {
      this.start();
      record = this.runOperation(api, operation);
      this.records.set(operation, record);
    }
    return record;
  }

  /** Emits `run-finished` with the totals (once) and returns what the run recorded. */
  finish(): RunResult {
    if (this.finished) return this.finished;
    const findings = this.findings.findings();
    const totals: RunTotals = { operations: this.done.length, phases: 0, casesSent: 0, passed: 0, failed: 0, skipped: 0, findings: findings.length };
    const count = (status: string): void => {
      if (status === 'passed') totals.passed++;
      else if (status === 'skipped') totals.skipped++;
      else totals.failed++;
    };
    for (const record of this.done) {
      for (const phase of record.phases.values()) {
        if (phase.result && !phase.result.skipped) totals.phases++;
        totals.casesSent += phase.result?.casesSent ?? 0;
        for (const verdict of phase.verdicts.values()) count(verdict.status);
      }
      for (const scenario of record.scenarios.values()) count(scenario.outcome);
    }
    this.finished = { totals, findings, specFindings: this.specFindings, leniencyFindings: this.session.leniency.findings, operations: [...this.done], interrupted: this.session.stopping };
    this.session.events.emit({ type: 'run-finished', interrupted: this.session.stopping, totals });
    return this.finished;
  }

  private async runOperation(api: ApiModel, operation: Operation): Promise<OperationRecord> {
    const { session } = this;
    const { phases, outline } = this.plannedBeforeDiscovery(api, operation);
    const record: OperationRecord = { api, operation, phases: new Map(), scenarios: new Map() };
    session.events.emit({ type: 'operation-planned', api, operation, phases });
    // Aim at objects that exist right now: an earlier operation may have created or deleted some.
    if (!session.stopping) {
      const values = await discoverPathValues(session, api, operation);
      if (values) session.discovered.set(operation.id, values);
    }
    for (const declared of outline) record.phases.set(declared.phase, await this.runOnePhase(api, operation, declared));
    for (const scenario of this.scenariosFor(api, operation)) {
      const scenarioRecord = await runScenarioCheck(session, api, operation, scenario);
      record.scenarios.set(scenario.name, scenarioRecord);
      const finding = scenarioRecord.outcome === 'failed' ? this.findings.scenarioFinding(operation, scenario.name) : undefined;
      if (finding) session.events.emit({ type: 'finding', api, operation, finding, exchange: scenarioRecord.exchanges[scenarioRecord.exchanges.length - 1] });
    }
    this.done.push(record);
    return record;
  }

  private async runOnePhase(api: ApiModel, operation: Operation, declared: PhaseOutline): Promise<PhaseRecord> {
    const { session } = this;
    const record: PhaseRecord = { ...declared, verdicts: new Map() };
    try {
      // Each phase of a write gets an object of its own: an earlier phase may have deleted the last one.
      await this.aimAtOwnObjects(api, operation);
      const plan = planPhase(session, api, operation, declared.phase);
      if (!plan) throw new Error(`the ${declared.phase} phase is no longer planned after discovery`);
      session.events.emit({ type: 'phase-started', api, operation, phase: plan.phase });
      record.result = await runPhase(session, api, plan);
      session.events.emit({ type: 'phase-finished', api, operation, result: record.result });
    } catch (err) {
      record.error = `the ${declared.phase} phase failed: ${oneLine(err)}`;
    }
    for (const check of declared.checks) {
      const verdict = checkVerdict(this.findings, operation, record.result, check.name, record.error);
      record.verdicts.set(check.name, verdict);
    }
    for (const check of session.checks) {
      for (const { finding, exchange } of record.result ? this.findings.phaseFindings(operation, record.result.phase, check.name) : []) {
        session.events.emit({ type: 'finding', api, operation, finding, exchange });
      }
    }
    return record;
  }

  /** On a shared target with --allow-writes, finds (or creates) the run's own objects a writing operation may aim at. */
  private async aimAtOwnObjects(api: ApiModel, operation: Operation): Promise<void> {
    const { session } = this;
    if (!session.policy.ownObjectsOnly) return;
    const probe = probeMethodOf(api, operation);
    if (!writes(operation) && !(probe && writes(operation, probe))) return;
    const targets = await ownTargets(session, api, operation, async (testCase) => {
      await execute(session, api, testCase);
    });
    session.owned.set(operation.id, targets);
  }
}
