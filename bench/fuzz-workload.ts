/**
 * The fuzz phase of the bundled specs as the suite runs it, ready to be replayed by each throughput mode:
 * the session the CLI would open (embedded reference server, default checks), and every operation's fuzz plan.
 * Each mode gets a freshly seeded reference server, so deletions made by one mode do not thin out the next.
 */
import type { ApiModel, Operation } from '../model/operation';
import { startInProcessServer } from '../suites/in-process-server';
import { startMockServer } from '../mock/server';
import { DEFAULT_CONFIG } from '../engine/config';
import { discoverPathValues, METHOD_ORDER } from '../engine/discover';
import { Ledger } from '../engine/ledger';
import { planPhases, type PhasePlan } from '../engine/phase-plan';
import { openSession, type Session } from '../engine/session';
import { checkRegistry } from '../suites/registry';
import { createHttpTarget } from '../targets/http-target';

/** One operation's fuzz phase. */
export interface FuzzItem {
  api: ApiModel;
  operation: Operation;
  plan: Extract<PhasePlan, { kind: 'property' }>;
}

/** A session bound to its own fresh reference server, and the fuzz plans aimed at that server's objects. */
export interface FuzzWorkload {
  session: Session;
  items: FuzzItem[];
  close(): Promise<void>;
}

/** Opens the base session once (spec loading is not what the throughput figures are about). */
export async function openBaseSession(seed: number): Promise<Session> {
  // The engine takes a target: the base session gets a server of its own, closed with it.
  const server = await startInProcessServer();
  const session = await openSession({ ...DEFAULT_CONFIG, seed, pathValues: {} }, server, checkRegistry);
  return { ...session, close: async () => { await session.close(); await server.close(); } };
}

/**
 * A fresh reference server and target for `base`, with path values discovered and every operation's fuzz phase
 * planned with `runs` cases, in the suite's order (destructive methods last).
 */
export async function prepareWorkload(base: Session, runs: number): Promise<FuzzWorkload> {
  const token = base.config.token as string;
  const server = await startMockServer({ port: 0, host: '127.0.0.1', tokens: [token] });
  const target = createHttpTarget('embedded reference server', server.url, { timeoutMs: base.config.timeoutMs });
  // A fresh ledger too: one shared across modes would grow with every mode's creations, unlike a single run's.
  const session: Session = { ...base, config: { ...base.config, runs }, target, discovered: new Map(), ledger: new Ledger() };
  const items: FuzzItem[] = [];
  for (const api of session.apis) {
    const ordered = [...(session.operations.get(api.name) ?? [])].sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
    for (const operation of ordered) {
      const values = await discoverPathValues(session, api, operation);
      if (values) session.discovered.set(operation.id, values);
      const plan = planPhases(session, api, operation).find((p): p is FuzzItem['plan'] => p.phase === 'fuzz' && p.kind === 'property');
      if (plan) items.push({ api, operation, plan });
    }
  }
  return {
    session,
    items,
    async close() {
      await target.close();
      await server.close();
    },
  };
}
