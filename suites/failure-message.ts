/** The message of a failed conformance test: what the check says, where, and how to reproduce it. */
import { formatFailureMessage } from '../checks/categories';
import type { Operation } from '../model/operation';
import type { CheckTally, PhaseResult } from '../engine/phase-run';
import type { Session } from '../engine/session';
import type { Exchange } from '../engine/exchange';

/** Builds a multi-line failure message whose first line is `[category] what went wrong`. */
export function failureMessage(session: Session, operation: Operation, check: string, result: PhaseResult, tally: CheckTally): string {
  const exchange = tally.failure;
  const verdict = exchange?.verdicts.find((v) => v.name === check);
  const lines = [verdict?.failure ? formatFailureMessage(verdict.failure) : '[failure] failed'];
  lines.push(`  in ${tally.failed} of ${tally.failed + tally.passed + tally.lenient} ${result.phase} case(s)${tally.shrinkNote ? `; ${tally.shrinkNote}` : ''}`);
  if (exchange) {
    const status = exchange.response ? exchange.response.status : 'no response';
    lines.push(`  request: ${exchange.request.method.toUpperCase()} ${exchange.request.path} -> ${status}`);
    const redirect = redirectNote(exchange);
    if (redirect) lines.push(redirect);
    if (exchange.testCase.mutation) lines.push(`  mutation: ${exchange.testCase.mutation.description}`);
    const coverage = exchange.testCase.coverage;
    if (coverage) lines.push(`  value class: ${coverage.class} (${coverage.keyword} at ${coverage.location} ${coverage.pointer || '/'}; ${exchange.testCase.mode} case): ${coverage.description}`);
    lines.push(`  reproduce: ${exchange.curl}`);
  }
  lines.push(`  replay: npx conformance run --seed ${session.config.seed} --only ${operation.id}`);
  return lines.join('\n');
}

/** The line saying a redirect was not followed (and why), for an exchange answered 3xx with a Location. */
export function redirectNote(exchange: Exchange): string | undefined {
  const location = exchange.response && exchange.response.status >= 300 && exchange.response.status < 400 ? exchange.response.headers.location : undefined;
  return location ? `  redirect to ${location} not followed: redirects are never followed, so the token stays with the target` : undefined;
}
