/** Variants whose delta lists (inserts/, updates/, inserts_or_updates/) do not add up. */
import type { Variant } from './variant';
import { referenceHandler, replaceHandler } from './reference';

/** inserts_or_updates/ answers only the inserts. */
export const deltaMissesUpdates: Variant = {
  name: 'delta-misses-updates',
  area: 'delta',
  description: 'inserts_or_updates/ answers only the never-integrated images, leaving out those changed since integration.',
  expectedCheck: 'delta union is exact',
  overrides: () => replaceHandler('images.insertsOrUpdates', referenceHandler('images.inserts')),
};

/** updates/ also lists the never-integrated images, so it overlaps inserts/. */
export const deltaListsOverlap: Variant = {
  name: 'delta-lists-overlap',
  area: 'delta',
  description: 'updates/ also answers the never-integrated images, so inserts/ and updates/ overlap.',
  expectedCheck: 'delta union is exact',
  overrides: () => replaceHandler('images.updates', referenceHandler('images.insertsOrUpdates')),
};

/** Every delta variant. */
export const deltaVariants: Variant[] = [deltaMissesUpdates, deltaListsOverlap];
