/**
 * SIGINT/SIGTERM during a run: the first one asks the run to stop cleanly (so that what it created is removed and
 * the reports are written), a second one quits at once with the conventional exit status.
 */

/** Calls `stop` on the first SIGINT or SIGTERM; returns the function that removes the handlers. */
export function onInterrupt(stop: (signal: NodeJS.Signals) => void): () => void {
  let received: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals): void => {
    if (received) {
      process.stderr.write(`conformance: second ${signal}: quitting without cleanup\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    received = signal;
    stop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
