/** Variants whose image lists ignore a documented filter. */
import type { Variant } from './variant';
import type { MockOverrides } from '../components';
import type { HandlerName } from '../routing/handler-names';
import { referenceHandler } from './reference';

/** The four image lists share one filter set, so a filter dropped there is dropped from all of them. */
const IMAGE_LISTS: readonly HandlerName[] = ['images.list', 'images.inserts', 'images.updates', 'images.insertsOrUpdates'];

/** Every image list runs on a query with the parameters `drop` selects removed. */
function imageListsDropping(drop: (key: string) => boolean): MockOverrides {
  const handlers: MockOverrides['handlers'] = {};
  for (const name of IMAGE_LISTS) {
    const reference = referenceHandler(name);
    handlers[name] = (context) => {
      const query = new URLSearchParams([...context.query].filter(([key]) => !drop(key)));
      return reference({ ...context, query });
    };
  }
  return { handlers };
}

/** `uploaded_by` is accepted but has no effect. */
export const uploaderFilterIgnored: Variant = {
  name: 'uploader-filter-ignored',
  area: 'filters',
  description: 'The image lists accept `uploaded_by` but answer every image, whoever uploaded it.',
  expectedCheck: 'filter returns only matching objects',
  overrides: () => imageListsDropping((key) => key === 'uploaded_by'),
};

/** `attributes[key]=value` is accepted but has no effect. */
export const attributesFilterIgnored: Variant = {
  name: 'attributes-filter-ignored',
  area: 'filters',
  description: 'The image lists accept `attributes[key]=value` but answer every image, whatever its attributes.',
  expectedCheck: 'filter returns only matching objects',
  overrides: () => imageListsDropping((key) => key.startsWith('attributes[')),
};

/** Every filter variant. */
export const filterVariants: Variant[] = [uploaderFilterIgnored, attributesFilterIgnored];
