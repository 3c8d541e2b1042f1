/**
 * Allure's categories.json: every category of the one list (checks/categories.ts), matched on the
 * `[category]` each failure message starts with, after the baseline's `known`.
 */
import { failureCategories, type FailureCategory } from '../checks/categories';

/** Every category for the report: `known` first, then the categories in their list's order. */
export const ALLURE_CATEGORIES: FailureCategory[] = [
  // First: a finding the baseline accepted is filed as known, apart from the new ones, whatever its category.
  { name: 'known', matchedStatuses: ['failed', 'broken'], messageRegex: '^\\[known\\][\\s\\S]*' },
  ...failureCategories,
];
