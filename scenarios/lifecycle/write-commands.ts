/**
 * The writing commands: Create, Update (PUT, a fresh full body), PartialUpdate (PATCH, some fields) and Delete.
 * Each sends one request, checks its status and any object it answers against the model, then updates the model.
 * Commands hold only their generated inputs: fast-check re-runs the same instances while it shrinks.
 */
import type fc from 'fast-check';
import { canonicalJson } from '../../generators/arbitraries/canonical-json';
import type { Body } from './bodies';
import { answersObject, checkAnswer, isSuccess } from './check-answer';
import { expectCreated, expectPatched, expectReplaced, shortJson } from './expectations';
import { LifecycleModel } from './lifecycle-model';
import type { LifecycleReal } from './lifecycle-real';

/** A command of the lifecycle sequence. */
export type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

/** POSTs a valid body; the object must come back with an item key and as sent. */
export class Create implements LifecycleCommand {
  constructor(readonly body: Body) {}

  check(): boolean {
    return true;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const label = `#${model.objects.length + 1}`;
    const step = real.begin(`Create ${label}`);
    const response = await real.send(real.collection.create, { pathParams: real.scopeParams, body: this.body });
    if (!isSuccess(response.status)) throw real.violation(`the create answered ${response.status} to a valid body, so there is no object to follow`);
    const key = real.collection.itemKey;
    const id = answersObject(response) ? (response.json as Record<string, unknown>)[key] : undefined;
    if (id === undefined || id === null) throw real.violation(`the create answered no "${key}", so the object cannot be addressed`);
    const twin = model.live().find((object) => canonicalJson(object.id) === canonicalJson(id));
    if (twin) throw real.violation(`the create answered ${key} ${shortJson(id)}, which ${twin.label} (${twin.createdBy}) still has`);
    const object = { label, id, createdBy: step, expectations: expectCreated(model.shape, this.body, step) };
    checkAnswer(model, real, object, response, step);
    model.objects.push(object);
  }

  toString(): string {
    return `Create(${shortJson(this.body, 60)})`;
  }
}

/** PUT or PATCH: the shared part of both updates. */
abstract class ItemWrite implements LifecycleCommand {
  constructor(
    readonly choice: number,
    readonly body: Body,
  ) {}

  abstract readonly kind: 'Update' | 'PartialUpdate';

  check(model: Readonly<LifecycleModel>): boolean {
    return model.live().length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const object = LifecycleModel.pick(model.live(), this.choice);
    const step = real.begin(`${this.kind} ${object.label}`);
    const operation = this.kind === 'Update' ? real.collection.update : real.collection.partialUpdate;
    if (!operation) throw new Error(`${this.kind} generated for a collection without it`);
    const response = await real.send(operation, { pathParams: real.item(object.id), body: this.body });
    if (!isSuccess(response.status)) throw real.violation(`${object.label} (${object.createdBy}, not deleted) answered ${response.status} to a valid ${this.kind === 'Update' ? 'full' : 'partial'} update`);
    object.expectations =
      this.kind === 'Update' ? expectReplaced(model.shape, object.expectations, this.body, step) : expectPatched(model.shape, object.expectations, this.body, step);
    if (answersObject(response)) checkAnswer(model, real, object, response, step);
  }

  toString(): string {
    return `${this.kind}(pick ${this.choice}, ${shortJson(this.body, 60)})`;
  }
}

/** PUTs a fresh valid body: every field it sends replaces the stored one. */
export class Update extends ItemWrite {
  readonly kind = 'Update';
}

/** PATCHes some fields: those change, every other field stays. */
export class PartialUpdate extends ItemWrite {
  readonly kind = 'PartialUpdate';
}

/** DELETEs one live object. */
export class Delete implements LifecycleCommand {
  constructor(readonly choice: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return model.live().length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const object = LifecycleModel.pick(model.live(), this.choice);
    const step = real.begin(`Delete ${object.label}`);
    const response = await real.send(real.collection.destroy, { pathParams: real.item(object.id) });
    if (!isSuccess(response.status)) throw real.violation(`${object.label} (${object.createdBy}, not deleted) answered ${response.status} to its delete`);
    object.deletedBy = step;
  }

  toString(): string {
    return `Delete(pick ${this.choice})`;
  }
}
