/**
 * The version-independent half of schema conversion: walking a dereferenced (possibly cyclic) schema graph,
 * dropping readOnly/writeOnly properties per direction, and turning cycles into local `$defs`.
 * The version-specific half is a KeywordAdapter that rewrites one node's own keywords.
 */
import type { JsonSchema } from '../operation';
import {
  SCHEMA_ARRAY_KEYWORDS,
  SCHEMA_MAP_KEYWORDS,
  SCHEMA_VALUE_KEYWORDS,
  childSchemas,
  isSchemaObject,
} from './schema-keywords';

/** Which side of the exchange a schema describes: requests drop readOnly properties, responses drop writeOnly ones. */
export type Direction = 'request' | 'response';

/** Rewrites one node's own keywords (its subschemas already converted) into plain JSON Schema. */
export type KeywordAdapter = (node: Record<string, unknown>) => JsonSchema;

/** Keywords of OpenAPI's Schema Object that JSON Schema validators do not know and the suite does not need. */
const OPENAPI_ONLY_KEYWORDS: ReadonlySet<string> = new Set(['discriminator', 'xml', 'externalDocs']);

/** A converted node plus the recursion anchors it points at directly (not through another anchor's body). */
interface Converted {
  schema: JsonSchema;
  refs: ReadonlySet<object>;
}

const NO_REFS: ReadonlySet<object> = new Set();

/**
 * Converts Schema Objects of one document. Results are memoised per (object identity, direction) and shared
 * between callers, so treat them as read-only.
 */
export class SchemaConverter {
  /** Objects a back edge points at: each becomes a `$defs` entry, which is what breaks every cycle. */
  private readonly anchors = new WeakSet<object>();
  private readonly explored = new WeakSet<object>();
  private readonly nodes = { request: new WeakMap<object, Converted>(), response: new WeakMap<object, Converted>() };
  private readonly defBodies = { request: new WeakMap<object, Converted>(), response: new WeakMap<object, Converted>() };
  private readonly roots = { request: new WeakMap<object, JsonSchema>(), response: new WeakMap<object, JsonSchema>() };
  private readonly defNames = new WeakMap<object, string>();
  private readonly takenNames = new Set<string>();

  /**
   * @param adaptKeywords the version-specific rewrite of one node
   * @param nameHints names for shared schemas (components.schemas keys), so `$defs` read `Category` not `Schema1`
   */
  constructor(
    private readonly adaptKeywords: KeywordAdapter,
    private readonly nameHints: ReadonlyMap<object, string> = new Map(),
  ) {}

  /** Plain, acyclic JSON Schema for one direction; recursion appears as `$ref: '#/$defs/Name'` at this root. */
  convert(schema: unknown, direction: Direction): JsonSchema {
    if (!isSchemaObject(schema)) return typeof schema === 'boolean' ? schema : {};
    const cached = this.roots[direction].get(schema);
    if (cached !== undefined) return cached;
    this.findAnchors(schema, new Set());
    const top = this.convertNode(schema, direction);
    const result = this.withDefs(top, direction);
    this.roots[direction].set(schema, result);
    return result;
  }

  /** Depth-first search; every cycle contains a back edge, so marking back-edge targets breaks all cycles. */
  private findAnchors(node: unknown, onStack: Set<object>): void {
    if (!isSchemaObject(node)) return;
    if (onStack.has(node)) {
      this.anchors.add(node);
      return;
    }
    // Earlier searches already anchored every cycle reachable from an explored node.
    if (this.explored.has(node)) return;
    this.explored.add(node);
    onStack.add(node);
    for (const child of childSchemas(node)) this.findAnchors(child, onStack);
    onStack.delete(node);
  }

  private convertNode(node: unknown, direction: Direction): Converted {
    if (!isSchemaObject(node)) return { schema: typeof node === 'boolean' ? node : {}, refs: NO_REFS };
    if (this.anchors.has(node)) {
      this.ensureDefBody(node, direction);
      return { schema: { $ref: `#/$defs/${this.defNameOf(node)}` }, refs: new Set([node]) };
    }
    const memo = this.nodes[direction].get(node);
    if (memo) return memo;
    const converted = this.convertBody(node, direction);
    this.nodes[direction].set(node, converted);
    return converted;
  }

  private ensureDefBody(anchor: Record<string, unknown>, direction: Direction): void {
    const bodies = this.defBodies[direction];
    if (bodies.has(anchor)) return;
    // A placeholder first: reaching this anchor again while building its body yields a $ref, not endless recursion.
    bodies.set(anchor, { schema: {}, refs: NO_REFS });
    bodies.set(anchor, this.convertBody(anchor, direction));
  }

  private convertBody(node: Record<string, unknown>, direction: Direction): Converted {
    const refs = new Set<object>();
    const sub = (child: unknown): JsonSchema => {
      const converted = this.convertNode(child, direction);
      converted.refs.forEach((anchor) => refs.add(anchor));
      return converted.schema;
    };
    const dropped = droppedPropertyNames(node, direction);
    const out: Record<string, unknown> = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword.startsWith('x-') || OPENAPI_ONLY_KEYWORDS.has(keyword)) continue;
      if (SCHEMA_MAP_KEYWORDS.has(keyword) && isSchemaObject(value)) {
        const entries = Object.entries(value).filter(([name]) => keyword !== 'properties' || !dropped.has(name));
        out[keyword] = Object.fromEntries(entries.map(([name, child]) => [name, sub(child)]));
      } else if ((SCHEMA_ARRAY_KEYWORDS.has(keyword) || keyword === 'items') && Array.isArray(value)) {
        out[keyword] = value.map(sub);
      } else if (SCHEMA_VALUE_KEYWORDS.has(keyword)) {
        out[keyword] = sub(value);
      } else if (keyword === 'required' && Array.isArray(value)) {
        const kept = value.filter((name) => !dropped.has(String(name)));
        if (kept.length > 0) out.required = kept;
      } else {
        out[keyword] = value;
      }
    }
    return { schema: this.adaptKeywords(out), refs };
  }

  private withDefs(top: Converted, direction: Direction): JsonSchema {
    const needed: object[] = [];
    const queue = [...top.refs];
    while (queue.length > 0) {
      const anchor = queue.shift() as object;
      if (needed.includes(anchor)) continue;
      needed.push(anchor);
      queue.push(...(this.defBodies[direction].get(anchor)?.refs ?? NO_REFS));
    }
    if (needed.length === 0 || !isSchemaObject(top.schema)) return top.schema;
    const defs: Record<string, JsonSchema> = {};
    for (const anchor of needed) {
      defs[this.defNameOf(anchor)] = (this.defBodies[direction].get(anchor) as Converted).schema;
    }
    const ownDefs = isSchemaObject(top.schema.$defs) ? top.schema.$defs : {};
    return { ...top.schema, $defs: { ...ownDefs, ...defs } };
  }

  private defNameOf(anchor: object): string {
    const known = this.defNames.get(anchor);
    if (known) return known;
    const title = isSchemaObject(anchor) && typeof anchor.title === 'string' ? anchor.title : undefined;
    const base = (this.nameHints.get(anchor) ?? title ?? 'Schema').replace(/[^A-Za-z0-9_.-]/g, '_');
    let name = base;
    for (let n = 2; this.takenNames.has(name); n++) name = `${base}_${n}`;
    this.takenNames.add(name);
    this.defNames.set(anchor, name);
    return name;
  }
}

/**
 * Properties the direction removes: readOnly ones from requests, writeOnly ones from responses. allOf members are
 * looked into because `required` often sits on the composing schema while the property lives in a member.
 */
function droppedPropertyNames(node: Record<string, unknown>, direction: Direction): Set<string> {
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const dropped = new Set<string>();
  const sources = [node, ...(Array.isArray(node.allOf) ? node.allOf : [])];
  for (const source of sources) {
    if (!isSchemaObject(source) || !isSchemaObject(source.properties)) continue;
    for (const [name, property] of Object.entries(source.properties)) {
      if (isSchemaObject(property) && property[flag] === true) dropped.add(name);
    }
  }
  return dropped;
}
