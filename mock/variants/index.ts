/** Every deliberately broken variant of the reference server, grouped by the part of the contract it breaks. */
import type { Variant } from './variant';
import { schemaVariants } from './schema';
import { statusCodeVariants } from './status-codes';
import { contentTypeVariants } from './content-types';
import { errorShapeVariants } from './error-shapes';
import { authVariants } from './auth';
import { methodVariants } from './methods';
import { serverErrorVariants } from './server-errors';
import { validationVariants } from './validation';
import { paginationVariants } from './pagination';
import { filterVariants } from './filters';
import { isolationVariants } from './isolation';
import { identityVariants } from './identity';
import { persistenceVariants } from './persistence';
import { deltaVariants } from './delta';
import { pullVariants } from './pull';
import { leniencyVariants } from './leniency';

export type { Variant, VariantArea, CheckName } from './variant';

/** All variants, in table order. */
export const variants: Variant[] = [
  ...schemaVariants,
  ...statusCodeVariants,
  ...contentTypeVariants,
  ...errorShapeVariants,
  ...authVariants,
  ...methodVariants,
  ...serverErrorVariants,
  ...validationVariants,
  ...paginationVariants,
  ...filterVariants,
  ...isolationVariants,
  ...identityVariants,
  ...persistenceVariants,
  ...deltaVariants,
  ...pullVariants,
  ...leniencyVariants,
];

/** The variant with this name; throws listing the valid names when there is none. */
export function variantByName(name: string): Variant {
  const found = variants.find((variant) => variant.name === name);
  if (found === undefined) throw new Error(`unknown variant "${name}"; valid names: ${variants.map((variant) => variant.name).join(', ')}`);
  return found;
}
