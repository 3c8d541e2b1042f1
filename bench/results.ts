import type { ClientFigures } from './clients';
import type { StartupFigures } from './startup';
/** The shapes of the benchmark's figures: what each part measures and what reports/bench/results.json holds. */

/** One size of the scale benchmark, as its child process prints it. */
export interface ScaleChildResult {
  operations: number;
  documentBytes: number;
  /** From the file on disk to every validator and arbitrary compiled: the figure the 5 s target is about. */
  loadSeconds: number;
  /** CPU time (user + system) of the same span: steadier than wall time when the machine is shared. */
  loadCpuSeconds: number;
  stages: { readSeconds: number; modelSeconds: number; validatorsSeconds: number; arbitrariesSeconds: number };
  /** Response validators compiled (distinct schema objects). */
  validators: number;
  /** Response schemas AJV refused; 0 for a sound document. */
  invalidSchemas: number;
  /** Peak resident set size of the child process. */
  peakMB: number;
  /** Resident set size after the imports, before loading: what the tooling costs with no document. */
  baselineMB: number;
}

/** A scale row with its growth against the previous size. */
export interface ScaleRow extends ScaleChildResult {
  /** (time ratio) / (size ratio) against the previous size: 1 is linear, above 1 super-linear. Absent on the first row. */
  timeGrowth?: number;
  /** Same for peak memory above the baseline. */
  memoryGrowth?: number;
}

/** Throughput of one way of running the fuzz loop. */
export interface ThroughputFigure {
  /** `real loop` (runPhase as the suite runs it), `pool`, `batched` or `ceiling`. */
  mode: string;
  concurrency: number;
  cases: number;
  seconds: number;
  perSecond: number;
  /** Process CPU time per case (user + system), steadier than wall time on a shared machine. */
  cpuMsPerCase: number;
}

/** The batched property's figures and whether fast-check still shrank a failure in it. */
export interface BatchedFigure extends ThroughputFigure {
  averageBatch: number;
  shrink: ShrinkDemo;
}

/** A planted failure, shrunk by the batched property: the batch should come down to the one case that fails. */
export interface ShrinkDemo {
  operation: string;
  rule: string;
  failed: boolean;
  numShrinks: number;
  counterexampleBatchLength: number;
  counterexample: string;
}

/** Where the time of the fuzz loop goes, by stage (timed inline) or by code (CPU profile). */
export interface ShareRow {
  name: string;
  seconds: number;
  share: number;
}

/** A target from the brief and whether this run met it. */
export interface TargetRow {
  target: string;
  measured: string;
  met: boolean;
}

/** Everything one `npm run bench` measured; written to reports/bench/results.json. */
export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; node: string; platform: string; loadAverage: number[] };
  /** The suite's fuzz loop as it is today (sequential fast-check property) against the embedded server. */
  casesPerSecond: number;
  /** The same HTTP client at the same concurrency against a trivial loopback server. */
  ceilingPerSecond: number;
  ratio: number;
  defaultRunSeconds: number;
  defaultRunPeakMB: number;
  /** How the default run's figures were taken (`/usr/bin/time -v` or the resource-usage wrapper). */
  defaultRunMethod: string;
  throughput: {
    operations: number;
    runsPerOperation: number;
    realLoop: ThroughputFigure;
    pool: ThroughputFigure[];
    ceiling: ThroughputFigure[];
    batched: BatchedFigure[];
  };
  profile: { stages: ShareRow[]; cpu: ShareRow[]; cpuTopFunctions: ShareRow[] };
  /** supertest against the suite's own HTTP target, same requests and concurrency. */
  clients: ClientFigures;
  scale: ScaleRow[];
  /** The command's start-up and end-to-end figures (bench/startup.ts), and those of `--compare DIR`. */
  startup?: StartupFigures;
  startupCompared?: StartupFigures;
  targets: TargetRow[];
  benchSeconds: number;
}
