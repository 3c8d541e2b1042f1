/** Case generation by phase: examples, boundaries, random valid (fuzz), and single-violation negative cases. */
export { exampleCases } from './example-cases';
export { boundaryCases, type BoundaryCaseOptions } from './boundary-cases';
export { positiveCaseArbitrary } from './positive-cases';
export { negativeCaseArbitrary, negativeCasesPossible } from './negative-cases';
export type { CaseOptions } from './options';
export { requestMedia, isJsonMediaType } from './request-body';
export { coverageCases, COVERAGE_CASE_LIMIT, UNKNOWN_METHOD, type CoverageCaseOptions } from './coverage-cases';
