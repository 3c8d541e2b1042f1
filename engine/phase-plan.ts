/**
 * Which phases run for an operation, and with which cases: the spec's examples, boundary values, random valid
 * cases (fuzz), one-violation cases (negative), bad credentials (auth) and an undocumented method (methods).
 */
import fc from 'fast-check';
import type { Case } from '../model/case';
import type { ApiModel, HttpMethod, Operation } from '../model/operation';
import { boundaryCases, coverageCases, exampleCases, negativeCaseArbitrary, negativeCasesPossible, positiveCaseArbitrary } from '../generators/cases';
import type { AuthProbeKind } from '../model/case';
import { deriveSeed } from './seed';
import type { Session } from './session';
import { pinPathParams } from './own-objects';
import { writes } from './write-policy';
import { isSelected, type PhaseName } from './phase-selection';

export { PHASES, type PhaseName } from './phase-selection';

/** A planned phase: a fixed list of cases, or a property over generated ones; `skip` says why it sends nothing. */
export type PhasePlan =
  | { phase: PhaseName; kind: 'list'; cases: Case[]; skip?: string }
  | { phase: PhaseName; kind: 'property'; arbitrary: fc.Arbitrary<Case>; seed: number; runs: number; skip?: string };

const PROBE_METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
const MAX_LIST_CASES = 64;

/** Path values to aim generated cases at: values discovered on the target, else the run's --path-param values. */
function pathValuesFor(session: Session, operation: Operation): Record<string, unknown[]> {
  const values: Record<string, unknown[]> = { ...session.discovered.get(operation.id) };
  for (const param of operation.parameters) {
    if (values[param.name]) continue;
    if (param.in !== 'path') continue;
    const given = session.config.pathValues[param.name];
    if (given && given.length > 0) values[param.name] = given.map((v) => coerce(v, param.schema));
  }
  return values;
}

/** A --path-param value typed as its parameter's schema says, so that generated cases stay valid. */
function coerce(value: string, schema: unknown): unknown {
  const type = typeof schema === 'object' && schema !== null ? (schema as { type?: unknown }).type : undefined;
  const types = Array.isArray(type) ? type : [type];
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return value;
}

/** A valid case to build probes from: the first example, else the first boundary case, else a generated one. */
function baseCase(operation: Operation, values: Record<string, unknown[]>, seed: number): Case {
  // The boundary sweep is the dearest list to build: only when no example is a valid case.
  const positive = (cases: Case[]): Case | undefined => cases.find((c) => c.mode === 'positive');
  return (
    positive(exampleCases(operation, { pathValues: values })) ??
    positive(boundaryCases(operation, { pathValues: values })) ??
    fc.sample(positiveCaseArbitrary(operation, { pathValues: values }), { seed, numRuns: 1 })[0]
  );
}

/** The first common method the path does not document, if any. */
export function undocumentedMethod(api: ApiModel, path: string): HttpMethod | undefined {
  const documented = api.methodsByPath[path] ?? [];
  return PROBE_METHODS.find((m) => !documented.includes(m));
}

/** True when this operation is the one that carries its path's 405 probe (the first documented on the path). */
export function ownsMethodProbe(api: ApiModel, operation: Operation): boolean {
  return api.operations.find((op) => op.path === operation.path) === operation;
}

/** The undocumented method this operation probes its path with, if it carries the path's probe. */
export function probeMethodOf(api: ApiModel, operation: Operation): HttpMethod | undefined {
  const method = undocumentedMethod(api, operation.path);
  return method && ownsMethodProbe(api, operation) ? method : undefined;
}

/** Methods the coverage phase probes the path with: every undocumented one, TRACE included (only on the path's first operation). */
export function coverageMethods(api: ApiModel, operation: Operation): string[] | undefined {
  if (!ownsMethodProbe(api, operation)) return undefined;
  const documented = api.methodsByPath[operation.path] ?? [operation.method];
  // HEAD is GET without a body where GET is documented, so it is only probed where GET is not.
  const candidates: HttpMethod[] = [...PROBE_METHODS, 'options', 'trace', ...(documented.includes('get') ? [] : ['head' as const])];
  return candidates.filter((m) => !documented.includes(m)).map((m) => m.toUpperCase());
}

/**
 * How writes with `method` are planned on this target: sent as usual, skipped (with the reason), or aimed only at
 * the run's own objects (their path values).
 */
function writePlan(session: Session, operation: Operation, method: string): { skip?: string; own?: Record<string, unknown[]> } {
  if (!writes(operation, method)) return {};
  if (!session.policy.allowed) return { skip: session.policy.reason };
  if (!session.policy.ownObjectsOnly) return {};
  const targets = session.owned.get(operation.id);
  if (!targets) return { own: {} }; // declaration time, before discovery: the phases are the same, nothing is sent
  return 'reason' in targets ? { skip: targets.reason } : { own: targets.values };
}

/** A phase of one operation, planned only when `build` is called. */
interface PhaseBuilder {
  phase: PhaseName;
  build: () => PhasePlan;
}

/**
 * Every phase of one operation as builders, so that running one phase plans that phase alone: the engine plans each
 * phase again once discovery has found its path values, and building all seven per phase (the boundary sweep three
 * times each) was about a quarter of a `--runs 1` run's time.
 */
function phaseBuilders(session: Session, api: ApiModel, operation: Operation): PhaseBuilder[] {
  const plan = writePlan(session, operation, operation.method);
  const own = plan.own;
  const values = own ?? pathValuesFor(session, operation);
  // On a shared target every case of a write carries only the run's own objects; generated ids could name anything.
  const pin = (c: Case): Case => (own ? pinPathParams(c, own) : c);
  const seedFor = (phase: string): number => deriveSeed(session.config.seed, `${api.name}:${operation.id}:${phase}`);
  // Every phase but the method probe is skipped with the operation's own write plan.
  const skipped = (built: PhasePlan): PhasePlan => (plan.skip ? { ...built, skip: plan.skip } : built);
  const builders: PhaseBuilder[] = [
    { phase: 'examples', build: () => skipped({ phase: 'examples', kind: 'list', cases: exampleCases(operation, { pathValues: values }).slice(0, MAX_LIST_CASES).map(pin) }) },
    { phase: 'boundary', build: () => skipped({ phase: 'boundary', kind: 'list', cases: boundaryCases(operation, { pathValues: values }).slice(0, MAX_LIST_CASES).map(pin) }) },
    { phase: 'coverage', build: () => skipped({ phase: 'coverage', kind: 'list', cases: coverageCases(operation, { pathValues: values, undocumentedMethods: coverageMethods(api, operation) }).map(pin) }) },
    { phase: 'fuzz', build: () => skipped({ phase: 'fuzz', kind: 'property', arbitrary: positiveCaseArbitrary(operation, { pathValues: values }).map(pin), seed: seedFor('fuzz'), runs: session.config.runs }) },
  ];
  // An operation with nothing to break (no parameters, no body) has no negative phase.
  if (negativeCasesPossible(operation)) {
    builders.push({ phase: 'negative', build: () => skipped({ phase: 'negative', kind: 'property', arbitrary: negativeCaseArbitrary(operation, { pathValues: values }).map(pin), seed: seedFor('negative'), runs: session.config.runs }) });
  }
  if (operation.security.length > 0) {
    builders.push({
      phase: 'auth',
      build: () => {
        const base = pin(baseCase(operation, values, seedFor('auth')));
        const probes: AuthProbeKind[] = ['missing', 'wrong', 'malformed'];
        return skipped({ phase: 'auth', kind: 'list', cases: probes.map((auth): Case => ({ ...base, phase: 'auth', auth })) });
      },
    });
  }
  const method = probeMethodOf(api, operation);
  if (method) {
    builders.push({
      phase: 'methods',
      build: () => {
        // The probe's method may write where the operation itself only reads: it gets its own write plan.
        const probePlan = writePlan(session, operation, method);
        const probeValues = probePlan.own ?? values;
        const base = probePlan.own ? pinPathParams(baseCase(operation, probeValues, seedFor('methods')), probePlan.own) : baseCase(operation, probeValues, seedFor('methods'));
        const probe: Case = { ...base, phase: 'methods', probe: { kind: 'undocumented-method', method: method.toUpperCase() } };
        return { phase: 'methods', kind: 'list', cases: [probe], skip: probePlan.skip };
      },
    });
  }
  return builders.filter((builder) => isSelected(session.config, builder.phase));
}

/** Plans every phase of one operation. */
export function planPhases(session: Session, api: ApiModel, operation: Operation): PhasePlan[] {
  return phaseBuilders(session, api, operation).map((builder) => builder.build());
}

/** Plans one phase of one operation; undefined when the operation does not have it or the run leaves it out. */
export function planPhase(session: Session, api: ApiModel, operation: Operation, phase: PhaseName): PhasePlan | undefined {
  return phaseBuilders(session, api, operation).find((builder) => builder.phase === phase)?.build();
}
