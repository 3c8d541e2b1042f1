/**
 * Allure's categories.json: failures sorted by the `[category]` each failure message starts with.
 * The categories come from the checks' Failure categories plus the runner's own (transport, generation, setup).
 */

/** Allure category definitions, most specific first. */
export const ALLURE_CATEGORIES: { name: string; matchedStatuses: string[]; messageRegex: string }[] = [
  ['Schema mismatch', 'schema mismatch'],
  ['Undocumented status', 'undocumented status'],
  ['Server error', 'server error'],
  ['Error shape', 'error shape'],
  ['Content type', 'content type'],
  ['Auth', 'auth'],
  ['Invalid input accepted', 'invalid input accepted'],
  ['Valid input rejected', 'valid input rejected'],
  ['Method not allowed', 'method not allowed'],
  ['Pagination', 'pagination'],
  ['Filters', 'filter'],
  ['Isolation', 'isolation'],
  ['Identity', 'identity'],
  ['Persistence', 'persistence'],
  ['Response time', 'response time'],
  ['Transport (no response)', 'transport'],
  ['Case generation', 'generation'],
  ['Setup', 'setup'],
].map(([name, category]) => ({ name, matchedStatuses: ['failed', 'broken'], messageRegex: `(?s)^\\[${category}[^\\]]*\\].*` }));
