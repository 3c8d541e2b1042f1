/**
 * Classes for enums (every member, a near miss in another case, a member of another type), booleans, null where
 * the schema is or is not nullable, a value of another type, and numbers (bounds, one step past them, zero,
 * negative, multipleOf hits and misses, a huge magnitude).
 */
import { nextDown, nextUp } from '../arbitraries/float-steps';
import { declaredTypes, numberKeyword, type SchemaObject } from '../arbitraries/schema-shape';
import type { ClassValue } from './value-class';

/** Every enum member, then near misses: the first string member in another case, and a value of another type. */
export function enumClasses(schema: SchemaObject): ClassValue[] {
  const members = Array.isArray(schema.enum) ? schema.enum : [];
  const out: ClassValue[] = members.map((member, i) => ({ value: member, class: `enum.member-${i + 1}`, keyword: 'enum' }));
  const text = members.find((member): member is string => typeof member === 'string' && member.toUpperCase() !== member.toLowerCase());
  if (text !== undefined) out.push({ value: text === text.toUpperCase() ? text.toLowerCase() : text.toUpperCase(), class: 'enum.other-case', keyword: 'enum' });
  const allStrings = members.every((member) => typeof member === 'string');
  out.push({ value: allStrings ? 12345 : 'not-a-member', class: 'enum.other-type', keyword: 'enum' });
  return out;
}

/** true, false, and their usual near misses: the string "true" and the number 1. */
export function booleanClasses(): ClassValue[] {
  return [
    { value: true, class: 'boolean.true', keyword: 'type' },
    { value: false, class: 'boolean.false', keyword: 'type' },
    { value: 'true', class: 'boolean.as-string', keyword: 'type' },
    { value: 1, class: 'boolean.as-number', keyword: 'type' },
  ];
}

/** null: a positive case where the schema is nullable, a negative one where it is not. */
export function nullClass(schema: SchemaObject): ClassValue {
  const nullable = (declaredTypes(schema) ?? []).includes('null');
  return { value: null, class: nullable ? 'null.nullable' : 'null.not-nullable', keyword: 'type' };
}

/** A value of a type the schema does not declare (one per missing kind: string, number, object, array). */
export function wrongTypeClasses(schema: SchemaObject): ClassValue[] {
  const types = declaredTypes(schema);
  if (!types) return [];
  const candidates: [string, unknown, boolean][] = [
    ['string', 'not-a-number', !types.includes('string')],
    ['number', 12345, !types.includes('number') && !types.includes('integer')],
    ['object', { conformance: 1 }, !types.includes('object')],
    ['array', [1], !types.includes('array')],
  ];
  return candidates.filter(([, , applies]) => applies).map(([type, value]) => ({ value, class: `type.${type}-instead`, keyword: 'type' }));
}

/** Number classes (type `number`): each bound, one step inside and outside, multipleOf, zero, negative, huge. */
export function numberClasses(schema: SchemaObject): ClassValue[] {
  const out: ClassValue[] = [];
  const add = (name: string, value: number, keyword: string): void => {
    if (Number.isFinite(value)) out.push({ value, class: `number.${name}`, keyword });
  };
  const minimum = numberKeyword(schema, 'minimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  const multipleOf = numberKeyword(schema, 'multipleOf');
  if (minimum !== undefined) {
    add('minimum', minimum, 'minimum');
    add('minimum-step', nextDown(minimum), 'minimum');
    add('minimum+step', nextUp(minimum), 'minimum');
  }
  if (maximum !== undefined) {
    add('maximum', maximum, 'maximum');
    add('maximum+step', nextUp(maximum), 'maximum');
    add('maximum-step', nextDown(maximum), 'maximum');
  }
  if (exclusiveMinimum !== undefined) {
    add('exclusive-minimum', exclusiveMinimum, 'exclusiveMinimum');
    add('exclusive-minimum+step', nextUp(exclusiveMinimum), 'exclusiveMinimum');
  }
  if (exclusiveMaximum !== undefined) {
    add('exclusive-maximum', exclusiveMaximum, 'exclusiveMaximum');
    add('exclusive-maximum-step', nextDown(exclusiveMaximum), 'exclusiveMaximum');
  }
  if (multipleOf !== undefined) {
    const base = minimum ?? exclusiveMinimum ?? 0;
    const hit = Math.ceil(base / multipleOf) * multipleOf;
    add('multiple-of', hit === exclusiveMinimum ? hit + multipleOf : hit, 'multipleOf');
    add('multiple-of-miss', hit + multipleOf / 2, 'multipleOf');
  }
  add('zero', 0, 'type');
  add('negative', -1.5, 'type');
  add('huge', 1e308, 'maximum');
  if (maximum === undefined && exclusiveMaximum === undefined) out[out.length - 1].edgeWhenValid = 'no maximum is documented';
  return out;
}
