/**
 * `run(config, options)`: the whole run without mocha. Opens the session (specs, checks, target), drives every
 * selected operation through the engine, cleans up, and resolves with what was recorded; the typed events
 * (events.ts, including `finding` and `run-finished` with totals) arrive on `handle.events` while it runs.
 *
 * A handle with an event bus and a promise rather than an async iterable: subscribers (HAR, coverage, findings)
 * must see every exchange synchronously and in order while the fuzz loop runs thousands of them; an iterator would
 * buffer them all or slow the loop to the slowest reader, and several readers would need a tee.
 */
import type { RunConfig } from './config';
import type { EmbeddedServer } from './embedded';
import { Engine, type RunResult } from './engine';
import { RunEvents } from './events';
import { openSession } from './session';
import type { CheckRegistry } from './check-set';

/** What a run judges with, where it sends its requests and which findings are already accepted. */
export interface RunOptions {
  /** The checks to run (suites/registry's `checkRegistry`): handed in, since the checks are built on the engine. */
  registry: CheckRegistry;
  /** The reference server the caller started, used when the config names no `target`. */
  server?: EmbeddedServer;
  /** Accepted findings (fingerprint → note), from a baseline. */
  accepted?: ReadonlyMap<string, string>;
}

/** A run in progress: subscribe to `events` right away (before the next tick), await `result`. */
export interface RunHandle {
  events: RunEvents;
  /** The run's engine once the session is open (to stop it early). */
  engine: Promise<Engine>;
  result: Promise<RunResult>;
}

/** Starts a run; rejects `result` with a UsageError or SetupError when the run cannot start. */
export function run(config: RunConfig, options: RunOptions): RunHandle {
  const events = new RunEvents();
  const engine = openSession(config, options.server, options.registry, events).then((session) => new Engine(session, { accepted: options.accepted }));
  const result = engine.then(async (opened) => {
    try {
      opened.start();
      for (const { api, tags } of opened.order()) {
        for (const { operations } of tags) {
          for (const operation of operations) await opened.operation(api, operation);
        }
      }
      return opened.finish();
    } finally {
      await opened.session.close();
    }
  });
  // The caller may only await `result`: a rejected `engine` must not count as unhandled on its own.
  engine.catch(() => undefined);
  return { events, engine, result };
}
