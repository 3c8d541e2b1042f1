/**
 * Runs one planned phase and keeps, per check, how many exchanges passed and failed and the smallest failing
 * exchange. Property phases go through fast-check: the first pass records every verdict without stopping, then
 * each failing check is replayed with the same seed so fast-check shrinks its counterexample to the smallest case.
 */
import fc from 'fast-check';
import type { Case } from '../../generators/model/case';
import type { ApiModel } from '../../generators/model/operation';
import { execute, type Exchange } from './exchange';
import type { PhaseName, PhasePlan } from './phase-plan';
import { mapConcurrent } from './pool';
import type { Session } from './session';

/** One check's tally over a phase. */
export interface CheckTally {
  passed: number;
  failed: number;
  /** The failing exchange to show: the shrunk counterexample for property phases, else the first failure. */
  failure?: Exchange;
  /** How the failure was reduced, for the report. */
  shrinkNote?: string;
}

/** What a phase produced. */
export interface PhaseResult {
  phase: PhaseName;
  casesSent: number;
  tallies: Map<string, CheckTally>;
  /** The first exchanges, shown in the report as examples of what was sent. */
  samples: Exchange[];
  /** Set when cases could not be generated at all (an unsupported schema): every check of the phase fails with it. */
  generationError?: string;
  seed?: number;
  runs?: number;
  /** Why the phase sent nothing (writes not allowed here, no own object to aim at, the run was interrupted). */
  skipped?: string;
  /** Cases not sent because the write policy or an interruption stopped them, and the first reason. */
  blocked: number;
  blockedReason?: string;
}

const LIST_CONCURRENCY = 8;
const SHRINK_TIME_LIMIT_MS = 20_000;

function record(result: PhaseResult, exchange: Exchange, sampleSize: number): void {
  if (exchange.blocked) {
    result.blocked++;
    result.blockedReason ??= exchange.blocked;
    return;
  }
  result.casesSent++;
  if (result.samples.length < sampleSize) result.samples.push(exchange);
  for (const verdict of exchange.verdicts) {
    if (verdict.status === 'skipped') continue;
    let tally = result.tallies.get(verdict.name);
    if (!tally) result.tallies.set(verdict.name, (tally = { passed: 0, failed: 0 }));
    if (verdict.status === 'passed') tally.passed++;
    else {
      tally.failed++;
      tally.failure ??= exchange;
    }
  }
}

function failedCheck(exchange: Exchange, check: string): boolean {
  return exchange.verdicts.some((v) => v.name === check && v.status === 'failed');
}

/** Replays a property phase for one failing check and lets fast-check shrink its counterexample. */
async function shrinkFailure(session: Session, api: ApiModel, plan: Extract<PhasePlan, { kind: 'property' }>, check: string, tally: CheckTally): Promise<void> {
  let smallest: Exchange | undefined;
  const details = await fc.check(
    fc.asyncProperty(plan.arbitrary, async (testCase: Case) => {
      const exchange = await execute(session, api, testCase);
      if (!failedCheck(exchange, check)) return true;
      smallest = exchange;
      return false;
    }),
    { seed: plan.seed, numRuns: plan.runs, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
  );
  if (details.failed && smallest) {
    tally.failure = smallest;
    tally.shrinkNote = `shrunk in ${details.numShrinks} step(s); fast-check seed ${plan.seed}, path "${details.counterexamplePath ?? ''}"`;
  }
}

/** Runs one phase against the session's target. Never throws for the target's misbehaviour. */
export async function runPhase(session: Session, api: ApiModel, plan: PhasePlan): Promise<PhaseResult> {
  const result: PhaseResult = { phase: plan.phase, casesSent: 0, tallies: new Map(), samples: [], blocked: 0 };
  if (plan.skip) return { ...result, skipped: plan.skip };
  const sampleSize = session.config.reportRequests;
  if (plan.kind === 'list') {
    const concurrency = Math.min(LIST_CONCURRENCY, session.config.concurrency);
    const exchanges = await mapConcurrent(plan.cases, concurrency, (testCase) => execute(session, api, testCase));
    for (const exchange of exchanges) record(result, exchange, sampleSize);
    return result;
  }
  result.seed = plan.seed;
  result.runs = plan.runs;
  try {
    await fc.assert(
      fc.asyncProperty(plan.arbitrary, async (testCase: Case) => {
        record(result, await execute(session, api, testCase), sampleSize);
      }),
      { seed: plan.seed, numRuns: plan.runs },
    );
  } catch (err) {
    result.generationError = String((err as Error).message).split('\n')[0];
    return result;
  }
  for (const [check, tally] of result.tallies) {
    if (session.stopping) break;
    // A transport failure has no smaller case: replaying would only wait for the same timeout again.
    if (tally.failed > 0 && !tally.failure?.transportError) await shrinkFailure(session, api, plan, check, tally);
  }
  return result;
}
