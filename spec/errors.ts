/** The one error type the spec layer throws: a single line a person can act on (file, place, what is wrong). */

/** A spec could not be read, parsed, merged, corrected or validated. */
export class SpecError extends Error {
  constructor(
    message: string,
    /** The file the error is about, when there is one. */
    readonly file?: string,
  ) {
    // One line only: callers print it as-is after "conformance:".
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'SpecError';
  }
}
