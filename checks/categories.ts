/**
 * The one list of failure categories: what response checks, scenario checks and the runner throw, and how a report
 * groups failed results by them (Allure's categories.json). Every check declares its category from here (the
 * registry, suites/registry, checks it). A category is part of the message a reporter shows (`[category] message`)
 * so that a message regex can match it.
 */
import type { Failure } from './check';

/** Every category a check in this folder throws, by the word the report shows. */
export const Category = {
  serverError: 'server error',
  undocumentedStatus: 'undocumented status',
  contentType: 'content type',
  undocumentedBody: 'undocumented body',
  schemaMismatch: 'schema mismatch',
  invalidSchema: 'invalid schema',
  errorShape: 'error shape',
  invalidInputAccepted: 'invalid input accepted',
  validInputRejected: 'valid input rejected',
  auth: 'auth',
  methodNotAllowed: 'method not allowed',
  responseTime: 'response time',
  // Found in the document, not in a response: a defect the run works around (suites/spec-findings.ts).
  specDefect: 'spec defect',
  // Not a failure unless --strict: invalid input the server accepted and demonstrably ignored (see runner/leniency.ts).
  leniency: 'leniency',
  // Thrown by the runner, not by a check, when a check crashes or no response came; listed so reports group them too.
  checkError: 'check error',
  transport: 'transport',
  // Scenario (multi-request) checks' categories, and the runner's own around them.
  generation: 'generation',
  setup: 'setup',
  pagination: 'pagination',
  filter: 'filter',
  isolation: 'isolation',
  identity: 'identity',
  delta: 'delta',
  pull: 'pull',
  robustness: 'robustness',
  persistence: 'persistence',
} as const;

/** The categories of scenarios and the runner around them: Allure files their results as failed or broken. */
const SCENARIO_CATEGORIES: ReadonlySet<CategoryName> = new Set([
  Category.generation, Category.setup, Category.pagination, Category.filter, Category.isolation,
  Category.identity, Category.delta, Category.pull, Category.robustness, Category.persistence,
]);

/** One of the category words above. */
export type CategoryName = (typeof Category)[keyof typeof Category];

/** Categories the runner and the scenario checks report (not thrown by a response check). */
export const RUNNER_CATEGORIES = ['generation', 'setup', 'pagination', 'filter', 'isolation', 'identity', 'delta', 'pull', 'robustness', 'persistence'] as const;

/** Every category a finding can have: one union for checks, scenarios and the runner. */
export type FindingCategory = CategoryName | (typeof RUNNER_CATEGORIES)[number];

const KNOWN_CATEGORIES = new Set<string>([...Object.values(Category), ...RUNNER_CATEGORIES]);

/** True when the word is one of the categories above (a failure's category is a string at run time). */
export function isFindingCategory(name: string): name is FindingCategory {
  return KNOWN_CATEGORIES.has(name);
}

/** One entry of Allure's categories.json. */
export interface FailureCategory {
  name: string;
  /** Allure result statuses the entry applies to. */
  matchedStatuses: Array<'failed' | 'broken' | 'skipped'>;
  /** Matches a whole message as formatted by `formatFailureMessage`; `[\s\S]` so it also works without DOTALL. */
  messageRegex: string;
}

/** The message a reporter should show for a failure: the category in brackets, then the check's sentence. */
export function formatFailureMessage(failure: Pick<Failure, 'category' | 'message'>): string {
  return `[${failure.category}] ${failure.message}`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which Allure statuses a category's results carry. */
function matchedStatusesOf(name: CategoryName): FailureCategory['matchedStatuses'] {
  // A crashed check or a lost connection says nothing about the API, so Allure should file them as broken.
  if (name === Category.checkError || name === Category.transport) return ['broken', 'failed'];
  if (SCENARIO_CATEGORIES.has(name)) return ['failed', 'broken'];
  // A leniency finding is a skipped test (neither passed nor failed), or a failed one under --strict.
  if (name === Category.leniency) return ['skipped', 'failed'];
  return ['failed'];
}

/** Allure categories, one per category word, in the order the report should list them. */
export const failureCategories: FailureCategory[] = Object.values(Category).map((name) => ({
  name,
  matchedStatuses: matchedStatusesOf(name),
  messageRegex: `^\\[${escapeRegex(name)}\\][\\s\\S]*`,
}));
