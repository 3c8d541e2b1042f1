/**
 * The in-memory model of one command sequence: only the objects this sequence created (the collection may hold
 * others, seeded or left by someone else), and the list count seen before its first command, so counts are
 * checked as deltas from it.
 */
import type { ObjectExpectations } from './expectations';
import type { ObjectShape } from './object-shape';

/** One object the sequence created. */
export interface TrackedObject {
  /** `#1`, `#2`, ... in creation order: the name steps use for it. */
  label: string;
  /** Its item key's value as the create answered it. */
  id: unknown;
  expectations: ObjectExpectations;
  /** The step that created it. */
  createdBy: string;
  /** The step that deleted it, once deleted. */
  deletedBy?: string;
}

/** The model fast-check's commands check against and update. */
export class LifecycleModel {
  readonly objects: TrackedObject[] = [];

  constructor(
    readonly shape: ObjectShape,
    /** The list count before the first command; undefined when the list answers no count. */
    readonly startCount: number | undefined,
  ) {}

  /** Objects created and not deleted. */
  live(): TrackedObject[] {
    return this.objects.filter((object) => object.deletedBy === undefined);
  }

  /** Objects this sequence deleted. */
  deleted(): TrackedObject[] {
    return this.objects.filter((object) => object.deletedBy !== undefined);
  }

  /** The count the list must answer now. */
  expectedCount(): number | undefined {
    return this.startCount === undefined ? undefined : this.startCount + this.live().length;
  }

  /** Picks one of `among` by a generated number, so a command's choice survives shrinking of earlier commands. */
  static pick(among: TrackedObject[], choice: number): TrackedObject {
    return among[choice % among.length];
  }
}
