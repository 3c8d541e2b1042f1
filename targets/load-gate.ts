/**
 * The load a run puts on its target: at most `concurrency` requests in flight, at most `rps` started per second,
 * and none at all while the target has asked us to back off (a 429's Retry-After). One gate per target, shared by
 * every phase and scenario, so the bound holds for the whole run rather than per phase.
 */

/** Limits of a gate; `rps` undefined = no rate limit. */
export interface LoadLimits {
  concurrency: number;
  rps?: number;
}

/** A slot holder's release function. */
export type Release = () => void;

/** The gate every request passes through before it is sent. */
export interface LoadGate {
  /** Waits for a free slot (concurrency, rate and back-off) and resolves with its release. */
  acquire(): Promise<Release>;
  /** Holds every new request until `ms` from now (keeps the later deadline when one is already set). */
  pauseFor(ms: number): void;
  /** Requests in flight now (for tests and diagnostics). */
  readonly inFlight: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a gate with the given limits. */
export function createLoadGate(limits: LoadLimits): LoadGate {
  const spacingMs = limits.rps ? 1000 / limits.rps : 0;
  let nextStart = 0;
  let pausedUntil = 0;
  let inFlight = 0;
  const waiting: (() => void)[] = [];

  async function slot(): Promise<void> {
    if (inFlight < limits.concurrency) {
      inFlight++;
      return;
    }
    // The releasing request hands its slot over directly, so inFlight never exceeds the limit.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  }

  return {
    async acquire() {
      await slot();
      // Time-based limits are taken after the slot, so a queue of waiters is spaced out as it drains. The start
      // time is reserved before sleeping, so concurrent acquirers never share one.
      let start = Math.max(Date.now(), nextStart, pausedUntil);
      nextStart = start + spacingMs;
      while (Date.now() < start) {
        await sleep(start - Date.now());
        // A 429 that arrived while we slept moves this request past the back-off too.
        if (pausedUntil > start) {
          start = pausedUntil;
          nextStart = Math.max(nextStart, start + spacingMs);
        }
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + Math.max(0, ms));
    },
    get inFlight() {
      return inFlight;
    },
  };
}
