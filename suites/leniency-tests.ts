/**
 * Leniency findings in the mocha tree. A finding is neither a pass (the server did accept invalid input) nor a
 * failure (it was shown to ignore it), and Allure has no "warning" status, so each distinct finding of a phase
 * becomes a test of its own, added once the phase has run: `leniency: <what was ignored>`, skipped with its
 * `[leniency]` reason (Allure category `leniency`, summary.json category `leniency`). The check's own test is not
 * failed by it. With --strict the finding is a failed verdict instead and fails the check's test; no test is added.
 */
import Mocha from 'mocha';
import * as allure from 'allure-js-commons';
import type { ApiModel, Operation } from '../model/operation';
import { formatFailureMessage } from '../checks/categories';
import { attachExchange, labelTest } from '../reporters/allure-annotations';
import type { CheckTally, PhaseResult } from '../engine/phase-run';
import type { Session } from '../engine/session';
import { KIND_TITLE } from '../engine/leniency';
import { LeniencyFailure } from '../engine/leniency-finding';
import { skipWithReason } from './skip';
import { setCategory } from '../reporters/verdict-category';
import { Category } from '../checks/categories';

/** More distinct findings than this in one phase are folded into the last test's reason. */
const MAX_TESTS_PER_PHASE = 10;

import { LENIENCY_TAG } from '../reporters/leniency-results';

export { LENIENCY_TAG };

/** Adds one skipped test per distinct leniency finding of the phase to its suite (call from the phase's `before`). */
export function addLeniencyTests(suite: Mocha.Suite, session: Session, api: ApiModel, operation: Operation, result: PhaseResult): void {
  for (const check of session.checks) {
    const tally = result.tallies.get(check.name);
    if (!tally || tally.leniency.length === 0) continue;
    const shown = tally.leniency.slice(0, MAX_TESTS_PER_PHASE);
    const folded = tally.leniency.length - shown.length;
    shown.forEach((exchange, index) => {
      const verdict = exchange.verdicts.find((v) => v.name === check.name);
      // The title comes from the finding's typed kind and subject (leniency-finding.ts), not from its message.
      const lenient = verdict?.failure instanceof LeniencyFailure ? verdict.failure : undefined;
      const what = lenient?.subject?.description ?? 'invalid input';
      const kind = lenient?.kind ?? 'ignored';
      const more = index === shown.length - 1 && folded > 0 ? ` (and ${folded} more finding(s) of this phase)` : '';
      const test = new Mocha.Test(`leniency: ${what} ${KIND_TITLE[kind]}`, async function (this: Mocha.Context) {
          await labelTest(session, api, operation, check, result.phase, result.seed);
          await allure.tag(LENIENCY_TAG);
          await allure.label(LENIENCY_TAG, check.name);
          await attachExchange(exchange, 'accepted');
          for (const extra of exchange.evidence ?? []) await attachExchange(extra, 'compared with');
          const message = verdict?.failure ? formatFailureMessage(verdict.failure) : '[leniency] invalid input was ignored';
          setCategory(this, verdict?.failure?.category ?? Category.leniency);
          await skipWithReason(this, `${message}${more}; ${tally.lenient} of the phase's case(s) were lenient; reproduce: ${exchange.curl}`);
      });
      // Reporters (allure-mocha, xunit) expect the file every test declared by `it` carries.
      test.file = suite.file;
      suite.addTest(test);
    });
  }
}

/** On a check's own test: how many of its cases were lenient (they are reported by the leniency tests, not here). */
export async function noteLeniency(tally: CheckTally): Promise<void> {
  if (tally.lenient === 0) return;
  await allure.parameter('leniency', `${tally.lenient} case(s) accepted but shown to be ignored: see the "leniency:" test(s) of this phase`);
}
