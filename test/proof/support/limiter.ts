/** A concurrency limiter that hands back one promise per task, so each test can await only its own run. */

/** Schedules a task; it starts once fewer than the limit are running. */
export type Schedule = <T>(task: () => Promise<T>) => Promise<T>;

/** A limiter running at most `concurrency` tasks at once, in the order they were scheduled. */
export function createLimiter(concurrency: number): Schedule {
  const waiting: (() => void)[] = [];
  let running = 0;
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        running++;
        task().then(resolve, reject).finally(release);
      };
      if (running < concurrency) start();
      else waiting.push(start);
    });
}
