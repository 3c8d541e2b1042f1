/**
 * What every sequence ends with, before its cleanup: every object it created read back (live ones as the model
 * holds them, deleted ones 404) and the list counted. A write the server did not keep is then found whatever
 * commands happened to follow it, and shrinking can drop every read from the sequence and still show the fault.
 */
import type { LifecycleModel } from './lifecycle-model';
import type { LifecycleReal } from './lifecycle-real';
import { List, Retrieve, RetrieveDeleted } from './read-commands';

/** Checks the whole model against the server; throws a ModelViolation at the first difference. */
export async function finalCheck(model: LifecycleModel, real: LifecycleReal): Promise<void> {
  real.startFinalCheck();
  // Index i picks the i-th object, the lists being read once here and not changed by reads.
  const live = model.live().length;
  for (let index = 0; index < live; index++) await new Retrieve(index).run(model, real);
  const deleted = model.deleted().length;
  for (let index = 0; index < deleted; index++) await new RetrieveDeleted(index, { verb: 'GET' }).run(model, real);
  const list = new List();
  if (list.check(model)) await list.run(model, real);
}
