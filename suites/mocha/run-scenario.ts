/** The `it` body of a scenario check: run it, attach its exchanges, and fail with its message. */
import type { ApiModel, Operation } from '../../generators/model/operation';
import { Failure } from '../checks/check';
import { Category, formatFailureMessage } from '../checks/registry';
import { attachExchange, labelScenario } from '../report/allure-annotations';
import * as allure from 'allure-js-commons';
import { ConformanceFailure } from './conformance-failure';
import { labelFinding } from './finding-tests';
import { findingCollectorOf } from '../report/findings';
import { LENIENCY_TAG } from './leniency-tests';
import { leniencyKindOf, recordFinding } from '../runner/leniency';
import type { Session } from '../runner/session';
import { createScenarioContext } from '../semantics/context';
import { ScenarioSkip, type ScenarioCheck } from '../semantics/scenario';

const SHOWN_EXCHANGES = 12;

/**
 * Runs one scenario; throws an Error whose message is `[category] ...` plus its basis and last request. Resolves
 * with the reason when the write policy kept one of its requests from being sent, or when the scenario had nothing to
 * judge on this target (ScenarioSkip): it then proves nothing either way and its test is skipped.
 */
export async function runScenario(session: Session, api: ApiModel, operation: Operation, scenario: ScenarioCheck): Promise<string | undefined> {
  await labelScenario(session, api, operation, scenario);
  const context = createScenarioContext(session, api);
  let failure: Failure | undefined;
  let skipped: string | undefined;
  try {
    await scenario.run(context, operation);
  } catch (err) {
    if (err instanceof ScenarioSkip) skipped = err.message;
    else failure = err instanceof Failure ? err : new Failure(`the scenario itself crashed: ${(err as Error)?.message ?? String(err)}`, 'check error');
  }
  const shown = context.exchanges.length > SHOWN_EXCHANGES ? [...context.exchanges.slice(0, SHOWN_EXCHANGES - 1), context.exchanges[context.exchanges.length - 1]] : context.exchanges;
  for (const [i, exchange] of shown.entries()) await attachExchange(exchange, `step ${i + 1}`);
  const blocked = context.exchanges.find((e) => e.blocked);
  // A leniency finding (the server ignored an invalid value) is neither a pass nor a failure unless --strict.
  const lenient = failure?.category === Category.leniency && !session.config.strict ? formatFailureMessage(failure) : undefined;
  const reason = blocked ? `a request of the scenario was not sent: ${blocked.blocked}` : (skipped ?? lenient);
  if (reason === lenient && lenient && failure) {
    await allure.tag(LENIENCY_TAG);
    recordFinding(session, operation, failure.message, leniencyKindOf(failure.message));
  }
  const outcome = reason ? 'skipped' : !failure ? 'passed' : failure.category === 'check error' ? 'broken' : 'failed';
  session.events.emit({ type: 'scenario-finished', api, operation, scenario: scenario.name, outcome, failure: reason ? undefined : failure, reason, exchanges: context.exchanges });
  if (reason) return reason;
  if (!failure) return undefined;
  const last = context.exchanges[context.exchanges.length - 1];
  const finding = findingCollectorOf(session)?.scenarioFinding(operation, scenario.name);
  if (finding) await labelFinding(finding);
  const known = finding?.status === 'known' ? '[known] ' : '';
  const lines = [`${known}${formatFailureMessage(failure)}`, `  basis: ${scenario.basis}${scenario.inferred ? ' (inferred; skip with --skip-check "' + scenario.name + '")' : ''}`];
  if (finding) lines.push(`  finding ${finding.fingerprint}: ${finding.location}${known ? `; known (baseline): ${finding.note || 'accepted'}` : ''}`);
  if (last) lines.push(`  last request: ${last.request.method.toUpperCase()} ${last.request.path} -> ${last.response?.status ?? 'no response'}`, `  reproduce: ${last.curl}`);
  // A scenario that crashed is broken, not failed: the target did not break the contract, the check did.
  throw failure.category === 'check error' ? new Error(lines.join('\n')) : new ConformanceFailure(lines.join('\n'));
}
