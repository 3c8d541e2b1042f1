/**
 * One test per finding. A phase's tests are declared before its cases are sent, one per check; once the phase has
 * run, a check whose failures have several causes gets one more test per further cause, inserted after its own, so
 * the report lists each defect once, with its count and smallest case. (Mocha reads a suite's tests only after its
 * `before` hooks, so tests added there run.) The declared test keeps its title, and with it its history.
 */
import * as allure from 'allure-js-commons';
import Mocha from 'mocha';
import type { Operation } from '../model/operation';
import type { AssignedFinding } from '../engine/check-verdict';
import type { Session } from '../engine/session';
import type { Finding, FindingCollector } from '../engine/findings';
import { redirectNote } from './failure-message';

const assigned = new WeakMap<Mocha.Runnable, AssignedFinding>();
const reported = new WeakSet<Finding>();

/** True when a test failed with this finding (a check the phase declared no test for has findings no test shows). */
export function wasReported(finding: Finding): boolean {
  return reported.has(finding);
}

/** The finding a test reports, when the phase's failures were grouped. */
export function findingOfTest(test: Mocha.Runnable | undefined): AssignedFinding | undefined {
  return test ? assigned.get(test) : undefined;
}

/** The title of a test that reports a further cause of a check's failures. */
export function findingTitle(check: string, finding: Finding): string {
  return `${check} · ${finding.location}`;
}

/** After a phase ran: assigns each check's findings to its test, adding a test for each further finding. */
export function splitTestsByFinding(suite: Mocha.Suite, collector: FindingCollector, operation: Operation, phase: string): void {
  for (const test of [...suite.tests]) {
    const groups = collector.phaseFindings(operation, phase, test.title);
    if (groups.length === 0 || !test.fn) continue;
    assigned.set(test, groups[0]);
    let at = suite.tests.indexOf(test);
    for (const group of groups.slice(1)) {
      const extra = new Mocha.Test(findingTitle(test.title, group.finding), test.fn);
      // Reporters (allure-mocha) read the file of every test.
      extra.file = test.file;
      suite.addTest(extra);
      suite.tests.pop();
      suite.tests.splice(++at, 0, extra);
      assigned.set(extra, group);
    }
  }
}

/** The failure message of a finding's test: the cause, how many cases hit it, the smallest one and how to replay it. */
export function findingMessage(session: Session, found: AssignedFinding, shrinkNote?: string): string {
  const { finding, exchange } = found;
  const known = finding.status === 'known';
  const lines = [`${known ? '[known] ' : ''}${finding.message}`];
  lines.push(`  finding ${finding.fingerprint}: ${finding.location}; hit by ${finding.count} of ${finding.judged} ${finding.phase} case(s)${shrinkNote ? `; ${shrinkNote}` : ''}`);
  if (known) lines.push(`  known (baseline): ${finding.note || 'accepted'}`);
  if (exchange) {
    lines.push(`  smallest case: ${exchange.request.method.toUpperCase()} ${exchange.request.path} -> ${exchange.response?.status ?? 'no response'}`);
    const redirect = redirectNote(exchange);
    if (redirect) lines.push(redirect);
    if (exchange.testCase.mutation) lines.push(`  mutation: ${exchange.testCase.mutation.description}`);
    lines.push(`  reproduce: ${exchange.curl}`);
  }
  lines.push(`  replay: npx conformance replay ${finding.fingerprint}${session.embedded ? '' : ' --target <url>'} (reads findings.json in the report directory)`);
  return lines.join('\n');
}

/** Allure labels of a finding's test: its fingerprint, excluded from the history id so history follows the test. */
export async function labelFinding(finding: Finding): Promise<void> {
  reported.add(finding);
  await allure.parameter('finding', finding.fingerprint, { excluded: true });
  await allure.parameter('cases hit', `${finding.count} of ${finding.judged}`, { excluded: true });
  if (finding.status === 'known') await allure.tag('known');
}
