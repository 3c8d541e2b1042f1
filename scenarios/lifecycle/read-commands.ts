/**
 * The commands that check what was written: Retrieve (a live object answers as the model holds it), List (the
 * count moved by exactly this sequence's creates and deletes) and RetrieveDeleted (a deleted object answers 404 to
 * a GET, PUT, PATCH or DELETE).
 */
import type { Operation } from '../../model/operation';
import type { Body } from './bodies';
import { answersObject, checkAnswer } from './check-answer';
import { shortJson } from './expectations';
import { LifecycleModel } from './lifecycle-model';
import type { LifecycleReal } from './lifecycle-real';
import type { LifecycleCommand } from './write-commands';

/** GETs one live object; it must answer 200 with every modelled field as the model holds it. */
export class Retrieve implements LifecycleCommand {
  constructor(readonly choice: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return model.live().length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const object = LifecycleModel.pick(model.live(), this.choice);
    const step = real.begin(`Retrieve ${object.label}`);
    const response = await real.send(real.collection.retrieve, { pathParams: real.item(object.id) });
    if (response.status !== 200) throw real.violation(`${object.label} (${object.createdBy}, not deleted) answered ${response.status} to a retrieve, not 200`);
    if (!answersObject(response)) throw real.violation(`${object.label} answered 200 without a JSON object`);
    checkAnswer(model, real, object, response, step);
  }

  toString(): string {
    return `Retrieve(pick ${this.choice})`;
  }
}

/** Reads the list's count: what it was before the sequence, plus the objects created and not yet deleted. */
export class List implements LifecycleCommand {
  check(model: Readonly<LifecycleModel>): boolean {
    return model.startCount !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    real.begin('List');
    const count = await real.count();
    const expected = model.expectedCount() as number;
    if (count === expected) return;
    const created = model.objects.map((object) => `${object.label} created by ${object.createdBy}${object.deletedBy ? `, deleted by ${object.deletedBy}` : ''}`);
    throw real.violation(
      `the list counts ${count}, expected ${expected}: ${model.startCount} before the sequence + ${model.live().length} created and not deleted (${created.join('; ') || 'none created'})`,
    );
  }

  toString(): string {
    return 'List';
  }
}

/** One way of touching a deleted object, with the body a PUT or PATCH sends. */
export interface DeletedAccess {
  verb: 'GET' | 'PUT' | 'PATCH' | 'DELETE';
  body?: Body;
}

/** Sends a GET, PUT, PATCH or DELETE to an object this sequence deleted; each must answer 404. */
export class RetrieveDeleted implements LifecycleCommand {
  constructor(
    readonly choice: number,
    readonly access: DeletedAccess,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return model.deleted().length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const object = LifecycleModel.pick(model.deleted(), this.choice);
    real.begin(`RetrieveDeleted ${object.label} (${this.access.verb})`);
    const byVerb: Record<DeletedAccess['verb'], Operation | undefined> = {
      GET: real.collection.retrieve,
      PUT: real.collection.update,
      PATCH: real.collection.partialUpdate,
      DELETE: real.collection.destroy,
    };
    const operation = byVerb[this.access.verb];
    if (!operation) throw new Error(`${this.access.verb} generated for a collection without it`);
    const response = await real.send(operation, { pathParams: real.item(object.id), body: this.access.body });
    if (response.status !== 404) {
      throw real.violation(`${object.label} was deleted by ${object.deletedBy}, but a ${this.access.verb} of it answered ${response.status}, not 404`);
    }
  }

  toString(): string {
    return `RetrieveDeleted(pick ${this.choice}, ${this.access.verb}${this.access.body ? ` ${shortJson(this.access.body, 60)}` : ''})`;
  }
}
