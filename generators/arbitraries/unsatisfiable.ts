/** The error the compiler throws when a schema admits no value it can generate. */

/** Thrown when a schema (or a required part of it) admits no value, or none the compiler can find. */
export class UnsatisfiableSchemaError extends Error {
  /** @param reason what made it unsatisfiable, for the person reading the spec */
  constructor(reason: string) {
    super(`schema admits no value: ${reason}`);
    this.name = 'UnsatisfiableSchemaError';
  }
}
