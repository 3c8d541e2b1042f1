/** The arbitraries fast-check draws the lifecycle's commands from, one per command the collection supports. */
import fc from 'fast-check';
import { bodyArbitrary } from './bodies';
import type { WritableCollection } from './collection';
import type { ObjectShape } from './object-shape';
import { List, Retrieve, RetrieveDeleted, type DeletedAccess } from './read-commands';
import { Create, Delete, PartialUpdate, Update, type LifecycleCommand } from './write-commands';

/** Which object a command picks among the live (or deleted) ones: taken modulo their number when it runs. */
const choice = fc.nat({ max: 7 });

/** Every command arbitrary for the collection; PUT, PATCH and List only when the collection documents them. */
export function commandArbitraries(collection: WritableCollection, shape: ObjectShape): fc.Arbitrary<LifecycleCommand>[] {
  const create = bodyArbitrary(collection.create, shape).map((body): LifecycleCommand => new Create(body));
  // fast-check picks among the arbitraries evenly: Create is listed twice because every other command needs an object.
  const arbitraries: fc.Arbitrary<LifecycleCommand>[] = [
    create,
    create,
    choice.map((picked): LifecycleCommand => new Retrieve(picked)),
    choice.map((picked): LifecycleCommand => new Delete(picked)),
  ];
  if (collection.countable) arbitraries.push(fc.constant(null).map((): LifecycleCommand => new List()));
  const deletedAccess: fc.Arbitrary<DeletedAccess>[] = [fc.constant({ verb: 'GET' }), fc.constant({ verb: 'DELETE' })];
  if (collection.update) {
    const body = bodyArbitrary(collection.update, shape);
    arbitraries.push(fc.tuple(choice, body).map(([picked, sent]): LifecycleCommand => new Update(picked, sent)));
    deletedAccess.push(body.map((sent): DeletedAccess => ({ verb: 'PUT', body: sent })));
  }
  if (collection.partialUpdate) {
    const body = bodyArbitrary(collection.partialUpdate, shape);
    arbitraries.push(fc.tuple(choice, body).map(([picked, sent]): LifecycleCommand => new PartialUpdate(picked, sent)));
    deletedAccess.push(body.map((sent): DeletedAccess => ({ verb: 'PATCH', body: sent })));
  }
  arbitraries.push(fc.tuple(choice, fc.oneof(...deletedAccess)).map(([picked, access]): LifecycleCommand => new RetrieveDeleted(picked, access)));
  return arbitraries;
}
