/** Raised when a document cannot be turned into the Operation model; `pointer` says where (`#/paths/~1pets/get`). */
export class ModelError extends Error {
  /** What is wrong, without the location. */
  readonly reason: string;
  /** JSON pointer (URI fragment form) of the offending part of the document. */
  readonly pointer: string;

  constructor(reason: string, pointer: string) {
    super(`${reason} (at ${pointer})`);
    this.name = 'ModelError';
    this.reason = reason;
    this.pointer = pointer;
  }
}
