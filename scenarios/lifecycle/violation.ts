/** The error a lifecycle command throws when the server contradicts the model; fast-check shrinks on it. */

/** The server answered something the model of the sequence so far rules out. */
export class ModelViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelViolation';
  }
}
