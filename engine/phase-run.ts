/**
 * Runs one planned phase and keeps, per check, how many exchanges passed and failed and the smallest failing
 * exchange. Property phases go through fast-check: the first pass records every verdict without stopping, then
 * each failing check is replayed with the same seed so fast-check shrinks its counterexample to the smallest case.
 *
 * A property's value is a batch of cases sent concurrently: fast-check runs async properties one at a time, and
 * sending one case per run left the loopback link two-thirds idle (docs/bench.md: 2,777 cases/s sequential,
 * 5,676 batched, against a ceiling of 8,367). Shrinking still works: each case of the failing batch shrinks, and
 * the reported failure is the shrunk case that fails the check.
 */
import fc from 'fast-check';
import type { Case } from '../model/case';
import type { ApiModel } from '../model/operation';
import { execute, type Exchange } from './exchange';
import type { PhaseName, PhasePlan } from './phase-plan';
import { mapConcurrent } from './pool';
import type { Session } from './session';

/** One check's tally over a phase. */
export interface CheckTally {
  passed: number;
  failed: number;
  /** Exchanges whose invalid part the server was shown to ignore (leniency findings; see leniency.ts). */
  lenient: number;
  /** The first lenient exchange of each distinct finding (by message), in the order found. */
  leniency: Exchange[];
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
  /** Per check that applied but judged nothing in some cases: how many, and the first reason. */
  notApplicable?: Map<string, { count: number; reason: string }>;
}

const LIST_CONCURRENCY = 8;
/** Cases per property run; past 8 concurrent requests the benchmark shows no gain on 2 cores. */
const BATCH_SIZE = 8;
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
    if (verdict.status === 'skipped') {
      if (verdict.notApplicable) {
        const seen = (result.notApplicable ??= new Map()).get(verdict.name);
        if (seen) seen.count++;
        else result.notApplicable.set(verdict.name, { count: 1, reason: verdict.notApplicable });
      }
      continue;
    }
    let tally = result.tallies.get(verdict.name);
    if (!tally) result.tallies.set(verdict.name, (tally = { passed: 0, failed: 0, lenient: 0, leniency: [] }));
    if (verdict.status === 'passed') tally.passed++;
    else if (verdict.status === 'lenient') {
      tally.lenient++;
      const message = verdict.failure?.message;
      if (!tally.leniency.some((e) => e.verdicts.some((v) => v.name === verdict.name && v.failure?.message === message))) tally.leniency.push(exchange);
    } else {
      tally.failed++;
      tally.failure ??= exchange;
    }
  }
}

function failedCheck(exchange: Exchange, check: string): boolean {
  return exchange.verdicts.some((v) => v.name === check && v.status === 'failed');
}

type PropertyPlan = Extract<PhasePlan, { kind: 'property' }>;

/** The batch size and run count that send `plan.runs` cases. */
function batching(session: Session, plan: PropertyPlan): { size: number; numRuns: number } {
  const size = Math.max(1, Math.min(BATCH_SIZE, session.config.concurrency, plan.runs));
  return { size, numRuns: Math.ceil(plan.runs / size) };
}

/** Batches of exactly `size` cases: the same seed then gives the same cases in the first pass and in every replay. */
function batches(plan: PropertyPlan, size: number): fc.Arbitrary<Case[]> {
  return fc.array(plan.arbitrary, { minLength: size, maxLength: size });
}

/** Replays a property phase for one failing check and lets fast-check shrink its counterexample. */
async function shrinkFailure(session: Session, api: ApiModel, plan: PropertyPlan, check: string, tally: CheckTally): Promise<void> {
  let smallest: Exchange | undefined;
  const { size, numRuns } = batching(session, plan);
  const details = await fc.check(
    fc.asyncProperty(batches(plan, size), async (batch: Case[]) => {
      const exchanges = await Promise.all(batch.map((testCase) => execute(session, api, testCase)));
      const failing = exchanges.find((exchange) => failedCheck(exchange, check));
      if (!failing) return true;
      smallest = failing;
      return false;
    }),
    { seed: plan.seed, numRuns, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
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
  const { size, numRuns } = batching(session, plan);
  let remaining = plan.runs;
  try {
    await fc.assert(
      fc.asyncProperty(batches(plan, size), async (batch: Case[]) => {
        // The last batch is cut so that exactly --runs cases are sent.
        const toSend = batch.slice(0, remaining);
        remaining -= toSend.length;
        const exchanges = await Promise.all(toSend.map((testCase) => execute(session, api, testCase)));
        for (const exchange of exchanges) record(result, exchange, sampleSize);
      }),
      { seed: plan.seed, numRuns },
    );
  } catch (err) {
    result.generationError = String((err as Error).message).split('\n')[0];
    return result;
  }
  session.events.emit({ type: 'phase-shrinking', api, phase: plan.phase });
  for (const [check, tally] of result.tallies) {
    if (session.stopping) break;
    // A transport failure has no smaller case: replaying would only wait for the same timeout again.
    if (tally.failed > 0 && !tally.failure?.transportError) await shrinkFailure(session, api, plan, check, tally);
  }
  return result;
}
