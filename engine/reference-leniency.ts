/**
 * A valid filter value that names no object, refused: `?channel=-2147483648` answered 400 `{"channel": ["Select a
 * valid choice..."]}` (django-filter's ModelChoiceFilter for a ForeignKey). The documents type the filter as an
 * integer and the value is one, so `valid input is accepted` fails; but the filter refers to other objects, and a
 * server that checks the reference before filtering refuses a client nothing it could have found. The runner tells
 * that from refusing valid input in general with one more request: the same one with a known id (a value of the
 * path parameter the filter names, given with --path-param). Accepted, the refusal was of the unknown reference only (leniency, kind
 * `refuses-unknown-reference`, a failure only with --strict); refused too, it stays a failure.
 *
 * Narrow on purpose: only a 400 whose body is a field error naming exactly that query parameter, only a filter
 * whose name is the scope of a path parameter (`channel` for `{channel_id}`), only a value the run knows no object
 * for (not one of that path parameter's values).
 */
import type { Case } from '../model/case';
import type { Operation } from '../model/operation';
import { Category } from '../checks/categories';
import { Failure } from '../checks/check';
import type { CheckOutcome } from '../checks/run-checks';
import { describeOperation } from '../checks/support/documented-response';
import { validInputIsAccepted } from '../checks/valid-input-is-accepted';
import type { WireResponse } from '../targets/target';
import type { Exchange } from './exchange';
import { recordFinding, type SendCase } from './leniency';
import { LeniencyFailure, leniencyTag, querySubject, settledOnce } from './leniency-finding';
import type { Session } from './session';

/** The one key of a DRF field-error body (`{"channel": ["..."]}`), else undefined. */
function fieldErrorName(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const entries = Object.entries(body);
  if (entries.length !== 1) return undefined;
  const [name, messages] = entries[0] as [string, unknown];
  return Array.isArray(messages) && messages.length > 0 && messages.every((m) => typeof m === 'string') ? name : undefined;
}

/** The path parameter whose scope a filter names: `{channel_id}` or `{channelId}` for `channel`. */
export function referencedPathParameter(operation: Operation, filter: string): string | undefined {
  const names = new Set([`${filter}_id`, `${filter}Id`, `${filter}_pk`]);
  return operation.parameters.find((p) => p.in === 'path' && names.has(p.name))?.name;
}

function text(value: unknown): string {
  return String(value);
}

/**
 * The case's refused value, the filter, and the known id to try instead; undefined when the rule does not apply.
 * Known ids are the path parameter's values the run was given (`--path-param`), else the case's own path value.
 */
function candidate(session: Session, testCase: Case, response: WireResponse): { name: string; value: unknown; known: unknown } | undefined {
  if (testCase.mode !== 'positive' || response.status !== 400) return undefined;
  const name = fieldErrorName(response.json);
  if (name === undefined || !Object.hasOwn(testCase.query, name)) return undefined;
  if (!testCase.operation.parameters.some((p) => p.in === 'query' && p.name === name)) return undefined;
  const pathName = referencedPathParameter(testCase.operation, name);
  const own = pathName === undefined ? undefined : testCase.pathParams[pathName];
  if (pathName === undefined || own === undefined) return undefined;
  const configured = session.config.pathValues[pathName] ?? [];
  const knownValues = configured.length > 0 ? configured : [text(own)];
  const value = testCase.query[name];
  // A refused id the run knows an object for is a refusal of valid input, whatever the server says.
  if (knownValues.includes(text(value))) return undefined;
  const known = knownValues.includes(text(own)) ? own : knownValues[0];
  return { name, value, known };
}

/** True when the re-send with a known id was accepted: 2xx, or the documented 404 of a page past the last one. */
function acceptedAnswer(testCase: Case, status: number | undefined): boolean {
  if (status === undefined) return false;
  const pageParam = testCase.operation.inferred.pagination?.pageParam;
  return (status >= 200 && status < 300) || (status === 404 && pageParam !== undefined && testCase.query[pageParam] !== undefined);
}

/** The verdicts with `valid input is accepted` settled when a filter value naming no object was refused (see above). */
export async function settleRefusedReference(session: Session, testCase: Case, response: WireResponse, verdicts: CheckOutcome[], send: SendCase): Promise<{ verdicts: CheckOutcome[]; evidence: Exchange[] }> {
  const at = verdicts.findIndex((v) => v.name === validInputIsAccepted.name && v.status === 'failed' && v.failure?.category === Category.validInputRejected);
  const found = at < 0 ? undefined : candidate(session, testCase, response);
  if (!found) return { verdicts, evidence: [] };
  const { name, value, known } = found;
  const key = JSON.stringify(['reference', testCase.operation.id, testCase.phase, name, text(value), text(known)]);
  const result = settledOnce(session.leniency, key, async () => {
    const again = await send({ ...testCase, query: { ...testCase.query, [name]: known } });
    const status = again.response?.status;
    const answer = status === undefined ? `no answer (${again.blocked ?? again.transportError})` : String(status);
    const accepted = acceptedAnswer(testCase, status);
    const note = accepted
      ? `the same request with ${name}=${text(known)} (an id the run knows an object for) was answered ${answer}: only a reference to no object was refused`
      : `the same request with ${name}=${text(known)} (an id the run knows an object for) was answered ${answer} too`;
    return { accepted, note, evidence: [again] };
  });
  const { accepted, note, evidence } = await result;
  const verdict = verdicts[at] as CheckOutcome;
  const changed = [...verdicts];
  if (accepted) {
    const subject = querySubject(name, value);
    const message = `valid input was refused as naming no object: ${describeOperation(testCase.operation)} answered 400 to ${subject.description} (${testCase.phase} case), a field error naming ${name}; ${note} (${leniencyTag('refuses-unknown-reference')})`;
    recordFinding(session, { operation: testCase.operation, check: verdict.name, phase: testCase.phase, kind: 'refuses-unknown-reference', subject, message });
    changed[at] = { ...verdict, status: session.config.strict ? 'failed' : 'lenient', failure: new LeniencyFailure(message, 'refuses-unknown-reference', subject) };
  } else {
    changed[at] = { ...verdict, failure: new Failure(`${verdict.failure?.message}; ${note}`, Category.validInputRejected) };
  }
  return { verdicts: changed, evidence };
}
