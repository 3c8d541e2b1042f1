/** The first line of an error's message: what every one-line report of the project prints. */

/** The first line of an error's message. */
export function oneLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}
