/** The API coverage map: collected from the run's exchange events, written as JSON and a static HTML page. */
export { CoverageCollector, coverageLine } from './collector';
export { writeCoverageMap } from './write';
export { renderCoverageHtml } from './html';
export type { CoverageReport, OperationCoverage } from './model';
