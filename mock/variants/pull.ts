/** Variants whose OMS pull is not an idempotent copy of Omnitron's reasons. */
import type { Variant } from './variant';
import { empty } from '../http/mock-response';
import { EMBEDDED_OMNITRON_REASONS } from '../data/omnitron-reasons';
import { drfDateTime } from '../data/dates';
import { replaceHandler } from './reference';

/** Every pull inserts every reason again instead of updating by `omnitron_id`. */
export const pullDuplicates: Variant = {
  name: 'pull-duplicates',
  area: 'pull',
  description: 'Each pull inserts every Omnitron reason again (no upsert by `omnitron_id`), so a second pull duplicates them.',
  expectedCheck: 'side-effect pull is idempotent',
  overrides: () =>
    replaceHandler('cancellationReasons.pull', (context) => {
      const stamp = drfDateTime(context.options.now());
      for (const reason of EMBEDDED_OMNITRON_REASONS) {
        const { id: omnitronId, ...values } = reason;
        context.state.cancellationReasons.insert((id) => ({ id, ...values, created_date: stamp, modified_date: stamp, omnitron_id: omnitronId }));
      }
      return empty(200);
    }),
};

/** The pull answers 200 without copying anything. */
export const pullCopiesNothing: Variant = {
  name: 'pull-copies-nothing',
  area: 'pull',
  description: 'The pull answers 200 but copies nothing: the reason list stays empty.',
  expectedCheck: 'side-effect pull is idempotent',
  overrides: () => replaceHandler('cancellationReasons.pull', () => empty(200)),
};

/** Every pull variant. */
export const pullVariants: Variant[] = [pullDuplicates, pullCopiesNothing];
