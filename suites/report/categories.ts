/**
 * Allure's categories.json: the checks' failure categories plus the runner's own, matched on the `[category]`
 * each failure message starts with.
 */
import { failureCategories, type FailureCategory } from '../checks/registry';
import { RUNNER_CATEGORIES } from '../checks/categories';

/** Every category for the report, checks' first. */
export const ALLURE_CATEGORIES: FailureCategory[] = [
  // First: a finding the baseline accepted is filed as known, apart from the new ones, whatever its category.
  { name: 'known', matchedStatuses: ['failed', 'broken'], messageRegex: '^\\[known\\][\\s\\S]*' },
  ...failureCategories,
  ...RUNNER_CATEGORIES.map((name): FailureCategory => ({ name, matchedStatuses: ['failed', 'broken'], messageRegex: `^\\[${name}\\][\\s\\S]*` })),
];
