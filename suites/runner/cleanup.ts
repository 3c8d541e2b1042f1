/**
 * Removes what the run created and still finds in its ledger: one DELETE per object, sent with the run's
 * credentials even after an interruption. What cannot be removed is reported with the reason and a curl to do it
 * by hand, so nobody has to guess what the run left on a shared server.
 */
import type { Case } from '../../generators/model/case';
import { prepareRequest } from './exchange';
import { redact } from './credentials';
import type { LedgerEntry } from './ledger';
import { mapConcurrent } from './pool';
import type { Session } from './session';

/** An object the run could not remove. */
export interface Leftover {
  entry: LedgerEntry;
  why: string;
  /** How to remove it by hand, when the API documents a DELETE. */
  curl?: string;
}

/** What cleanup did. */
export interface CleanupResult {
  created: number;
  removed: number;
  leftovers: Leftover[];
}

const CLEANUP_CONCURRENCY = 4;

/** Deletes one ledger object; resolves with undefined when it is gone, or with why it is not. */
async function remove(session: Session, entry: LedgerEntry): Promise<Leftover | undefined> {
  if (entry.key === undefined) return { entry, why: `the ${entry.createdBy} response did not carry the new object's key` };
  const api = session.apis.find((a) => a.name === entry.api);
  const operation = api?.operations.find((op) => op.id === entry.deleteOperationId);
  if (!api || !operation || !entry.param) return { entry, why: `${entry.collection} documents no DELETE for its items` };
  const testCase: Case = { operation, phase: 'semantics', mode: 'positive', pathParams: { ...entry.scope, [entry.param]: entry.key }, query: {}, headers: {}, cookies: {} };
  const { request, curl } = prepareRequest(session, testCase);
  try {
    const response = await session.target.send(request, { idempotent: true });
    if ((response.status >= 200 && response.status < 300) || response.status === 404) {
      entry.removed = true;
      return undefined;
    }
    return { entry, why: `DELETE answered ${response.status}`, curl };
  } catch (err) {
    return { entry, why: redact(String((err as Error).message).split('\n')[0], session.config.token), curl };
  }
}

/** Removes every object still in the ledger. Never throws. */
export async function cleanupLedger(session: Session): Promise<CleanupResult> {
  const remaining = session.ledger.remaining();
  const results = await mapConcurrent(remaining, CLEANUP_CONCURRENCY, (entry) => remove(session, entry));
  const leftovers = results.filter((r): r is Leftover => r !== undefined);
  return { created: session.ledger.entries.length, removed: session.ledger.entries.filter((e) => e.removed).length, leftovers };
}

/** One line per leftover, for stderr and cleanup.json readers. */
export function describeLeftover(leftover: Leftover): string {
  const { entry } = leftover;
  const name = entry.key === undefined ? `an object in ${entry.collection}` : `${entry.collection} ${entry.param ?? 'key'}=${String(entry.key)}`;
  return `${name} (created by ${entry.createdBy}): ${leftover.why}${leftover.curl ? `; remove with: ${leftover.curl}` : ''}`;
}
