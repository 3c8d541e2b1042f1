/** Maps AJV errors to the field errors Django REST Framework answers: `{"field": ["message"]}`. */
import type { ErrorObject } from 'ajv';
import { unescapeToken } from '../../json/pointer';

/** DRF's error body for a serializer: messages by field name (`non_field_errors` for the body as a whole). */
export type FieldErrors = Record<string, string[]>;

const TYPE_MESSAGES: Record<string, string> = {
  integer: 'A valid integer is required.',
  number: 'A valid number is required.',
  boolean: 'Must be a valid boolean.',
  string: 'Not a valid string.',
  array: 'Expected a list of items.',
  object: 'Expected a dictionary of items.',
};

const DATETIME_FORMATS = 'YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]';

function typeMessage(expected: unknown, data: unknown): string {
  const types = Array.isArray(expected) ? expected.map(String) : [String(expected)];
  if (data === null && !types.includes('null')) return 'This field may not be null.';
  const first = types.find((type) => type !== 'null') ?? 'string';
  return TYPE_MESSAGES[first] ?? `Expected a value of type ${first}.`;
}

/** DRF's message for one AJV error (the field is resolved separately). */
export function drfMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'type':
      return typeMessage(params.type, error.data);
    case 'enum':
      return `"${String(error.data)}" is not a valid choice.`;
    case 'minimum':
      return `Ensure this value is greater than or equal to ${String(params.limit)}.`;
    case 'maximum':
      return `Ensure this value is less than or equal to ${String(params.limit)}.`;
    case 'maxLength':
      return `Ensure this field has no more than ${String(params.limit)} characters.`;
    case 'minLength':
      return `Ensure this field has at least ${String(params.limit)} characters.`;
    case 'format':
      if (params.format === 'date-time') return `Datetime has wrong format. Use one of these formats instead: ${DATETIME_FORMATS}.`;
      if (params.format === 'date') return 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
      return `Enter a valid ${String(params.format)}.`;
    default:
      return error.message ?? 'Invalid value.';
  }
}

/** The field an error is about: the missing property for `required`, else the first segment of the pointer. */
export function errorField(error: ErrorObject): string {
  if (error.keyword === 'required') return String((error.params as { missingProperty: unknown }).missingProperty);
  const segment = error.instancePath.split('/')[1];
  return segment === undefined || segment === '' ? 'non_field_errors' : unescapeToken(segment);
}

// A wrong type makes the other keywords' complaints noise (DRF stops at the first failing check of a field).
const PRIORITY: Record<string, number> = { required: 0, type: 1 };

/** Groups AJV errors into DRF field errors, one message per field, the most fundamental problem first. */
export function toFieldErrors(errors: readonly ErrorObject[]): FieldErrors {
  const sorted = [...errors].sort((a, b) => (PRIORITY[a.keyword] ?? 2) - (PRIORITY[b.keyword] ?? 2));
  const result: FieldErrors = {};
  for (const error of sorted) {
    const field = errorField(error);
    if (result[field] === undefined) result[field] = [drfMessage(error)];
  }
  return result;
}
