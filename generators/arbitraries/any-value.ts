/** Values for the empty schema `{}` / `true`: any JSON, kept shallow so it stays cheap and readable. */
import fc from 'fast-check';
import type { CompileContext } from './context';
import { plainStringArbitrary, stringMatchingOnce } from './strings';

/** Any JSON scalar. */
export function anyScalarArbitrary(context: CompileContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    plainStringArbitrary(0, undefined, context.charset),
  );
}

/** Any JSON value: a scalar, or (outside minimal mode) a small array or object of scalars. */
export function anyJsonArbitrary(context: CompileContext): fc.Arbitrary<unknown> {
  const scalar = anyScalarArbitrary(context);
  if (context.minimal) return scalar;
  const key = stringMatchingOnce(/^[a-z][a-z0-9_]{0,11}$/);
  return fc.oneof(
    { arbitrary: scalar, weight: 4 },
    { arbitrary: fc.array(scalar, { maxLength: context.maxItems }), weight: 1 },
    { arbitrary: fc.dictionary(key, scalar, { maxKeys: context.maxItems, noNullPrototype: true }), weight: 1 },
  );
}
