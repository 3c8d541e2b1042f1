/** Variants that answer an undocumented method with something other than 405 and an exact `Allow`. */
import type { Variant } from './variant';
import { notFound } from '../http/mock-response';

/** An undocumented method on a known path answers 404, as a router that matches on method and path together does. */
export const wrongMethodAnswers404: Variant = {
  name: 'wrong-method-answers-404',
  area: 'methods',
  description: 'An undocumented method on a known path answers 404 {"detail": "Not found."} instead of 405.',
  expectedCheck: 'undocumented method answers 405 with Allow',
  overrides: () => ({ postProcess: (response) => (response.status === 405 ? notFound() : response) }),
};

/** The 405 is sent without its `Allow` header. */
export const methodNotAllowedWithoutAllow: Variant = {
  name: 'method-not-allowed-without-allow',
  area: 'methods',
  description: 'An undocumented method answers 405 but without the `Allow` header HTTP requires.',
  expectedCheck: 'undocumented method answers 405 with Allow',
  overrides: () => ({
    postProcess: (response) => {
      if (response.status !== 405) return response;
      const headers = Object.fromEntries(Object.entries(response.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'allow'));
      return { ...response, headers };
    },
  }),
};

/** Every method variant. */
export const methodVariants: Variant[] = [wrongMethodAnswers404, methodNotAllowedWithoutAllow];
