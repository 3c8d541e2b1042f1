/** The `it` body of a scenario check: the engine's record of it, its exchanges attached, failing with its message. */
import type { ApiModel, Operation } from '../model/operation';
import { Category, formatFailureMessage } from '../checks/categories';
import { attachExchange, labelScenario } from '../reporters/allure-annotations';
import * as allure from 'allure-js-commons';
import { ConformanceFailure } from './conformance-failure';
import { labelFinding } from './finding-tests';
import { LENIENCY_TAG } from './leniency-tests';
import type { Engine } from '../engine/engine';
import type { ScenarioRecord } from '../engine/scenario-run';
import { skipWithReason } from './skip';
import { setCategory } from '../reporters/verdict-category';

const SHOWN_EXCHANGES = 12;

/**
 * Reports one scenario the engine ran: skipped with its reason when it proved nothing either way (a request not
 * sent, nothing to judge, a leniency finding without --strict); otherwise fails with `[category] ...` plus its basis
 * and last request, or passes.
 */
export async function reportScenario(ctx: Mocha.Context, engine: Engine, api: ApiModel, operation: Operation, record: ScenarioRecord): Promise<void> {
  const { session } = engine;
  const { scenario, failure, exchanges } = record;
  await labelScenario(session, api, operation, scenario);
  const shown = exchanges.length > SHOWN_EXCHANGES ? [...exchanges.slice(0, SHOWN_EXCHANGES - 1), exchanges[exchanges.length - 1]] : exchanges;
  for (const [i, exchange] of shown.entries()) await attachExchange(exchange, `step ${i + 1}`);
  if (record.lenient) {
    await allure.tag(LENIENCY_TAG);
    setCategory(ctx, Category.leniency);
  }
  if (record.reason !== undefined) return skipWithReason(ctx, record.reason);
  if (!failure) return;
  const last = exchanges[exchanges.length - 1];
  const finding = engine.findings.scenarioFinding(operation, scenario.name);
  if (finding) await labelFinding(finding);
  setCategory(ctx, finding?.category ?? failure.category);
  const known = finding?.status === 'known' ? '[known] ' : '';
  const lines = [`${known}${formatFailureMessage(failure)}`, `  basis: ${scenario.basis}${scenario.inferred ? ' (inferred; skip with --skip-check "' + scenario.name + '")' : ''}`];
  if (finding) lines.push(`  finding ${finding.fingerprint}: ${finding.location}${known ? `; known (baseline): ${finding.note || 'accepted'}` : ''}`);
  if (last) lines.push(`  last request: ${last.request.method.toUpperCase()} ${last.request.path} -> ${last.response?.status ?? 'no response'}`, `  reproduce: ${last.curl}`);
  // A scenario that crashed is broken, not failed: the target did not break the contract, the check did.
  throw record.outcome === 'broken' ? new Error(lines.join('\n')) : new ConformanceFailure(lines.join('\n'));
}
