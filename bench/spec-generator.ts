/**
 * A deterministic OpenAPI 3.0 document of any number of operations, for the scale benchmark. Shaped like the
 * bundled APIs (paginated lists, CRUD items, DRF-style errors) but with more nesting and more `$ref`s per schema,
 * so load, dereference and compile cost are measured on a document harder than the real ones, not easier.
 * No randomness: operation i always has the same shape, so two runs of the benchmark compare like with like.
 */

/** A plain JSON object (the document is built from these and nothing else, so it round-trips through JSON). */
type Json = Record<string, unknown>;

/** The CRUD operations each resource gets, in order; the document has the first `operations` of them. */
export const OPERATION_KINDS = ['list', 'create', 'retrieve', 'update', 'delete'] as const;

/** How many resources share one `Address` schema: sharing makes the dereferencer meet the same $ref many times. */
const RESOURCES_PER_ADDRESS = 10;

/** Every 7th resource carries a recursive `Category` tree, so recursion handling is part of what is measured. */
const RECURSION_EVERY = 7;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** The resource schemas: the item, its summary (referenced by the next resource) and its line items. */
function resourceSchemas(r: number, resources: number): Record<string, Json> {
  const properties: Json = {
    id: { type: 'integer', readOnly: true, minimum: 1 },
    name: { type: 'string', minLength: 1, maxLength: 64 },
    status: { type: 'string', enum: ['draft', 'active', 'archived'] },
    created_at: { type: 'string', format: 'date-time', readOnly: true },
    price: { type: 'number', minimum: 0, maximum: 1_000_000 },
    tags: { type: 'array', items: { type: 'string', maxLength: 16 }, maxItems: 5 },
    address: ref(`Address${Math.floor(r / RESOURCES_PER_ADDRESS)}`),
    items: { type: 'array', items: ref(`LineItem${r}`), maxItems: 3 },
    // OpenAPI 3.0 cannot put `nullable` beside a $ref; allOf is the idiom the published specs use.
    parent: { allOf: [ref(`Resource${(r + 1) % resources}Summary`)], nullable: true },
    metadata: { type: 'object', additionalProperties: { type: 'string', maxLength: 32 }, maxProperties: 4 },
  };
  if (r % RECURSION_EVERY === 0) properties.category = ref('Category');
  return {
    [`Resource${r}`]: { type: 'object', required: ['id', 'name', 'status'], properties },
    [`Resource${r}Summary`]: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer', minimum: 1 }, name: { type: 'string', maxLength: 64 } },
    },
    [`LineItem${r}`]: {
      type: 'object',
      required: ['sku', 'quantity'],
      properties: {
        sku: { type: 'string', pattern: '^[A-Z]{3}-[0-9]{4}$' },
        quantity: { type: 'integer', minimum: 1, maximum: 99 },
        unit_price: ref('Money'),
      },
    },
  };
}

/** Schemas every resource shares: money, coordinates, a recursive category tree, the error body. */
function sharedSchemas(addresses: number): Record<string, Json> {
  const schemas: Record<string, Json> = {
    Money: {
      type: 'object',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,2})?$' }, currency: { type: 'string', enum: ['TRY', 'EUR', 'USD'] } },
    },
    Geo: {
      type: 'object',
      properties: { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } },
    },
    Category: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', maxLength: 32 }, children: { type: 'array', items: ref('Category'), maxItems: 2 } },
    },
    Error: { type: 'object', properties: { detail: { type: 'string' } }, additionalProperties: { type: 'array', items: { type: 'string' } } },
  };
  for (let a = 0; a < addresses; a++) {
    schemas[`Address${a}`] = {
      type: 'object',
      required: ['line', 'country'],
      properties: {
        line: { type: 'string', maxLength: 128 },
        city: { type: 'string', maxLength: 64 },
        country: { type: 'string', enum: ['TR', 'DE', 'NL', 'GB'] },
        geo: ref('Geo'),
      },
    };
  }
  return schemas;
}

const json = (schema: Json): Json => ({ 'application/json': { schema } });
const errorResponse = (description: string): Json => ({ description, content: json(ref('Error')) });
const responseRef = (name: string): Json => ({ $ref: `#/components/responses/${name}` });

/** One operation of resource `r`; `kind` decides its method, parameters, body and responses. */
function operation(r: number, kind: (typeof OPERATION_KINDS)[number]): Json {
  const common = { operationId: `${kind}Resource${r}`, tags: [`resource-${r}`], summary: `${kind} resource ${r}` };
  const item = ref(`Resource${r}`);
  const standardErrors = { '401': responseRef('Unauthorized'), '500': responseRef('ServerError') };
  switch (kind) {
    case 'list':
      return {
        ...common,
        parameters: [
          { $ref: '#/components/parameters/Page' },
          { $ref: '#/components/parameters/Limit' },
          { name: 'name', in: 'query', schema: { type: 'string', maxLength: 64 } },
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['draft', 'active', 'archived'] } },
        ],
        responses: {
          '200': {
            description: 'A page of resources',
            content: json({
              type: 'object',
              required: ['count', 'results'],
              properties: {
                count: { type: 'integer', minimum: 0 },
                next: { type: 'string', format: 'uri', nullable: true },
                previous: { type: 'string', format: 'uri', nullable: true },
                results: { type: 'array', items: item },
              },
            }),
          },
          ...standardErrors,
        },
      };
    case 'create':
      return {
        ...common,
        requestBody: { required: true, content: json(item) },
        responses: { '201': { description: 'Created', content: json(item) }, '400': errorResponse('Invalid input'), ...standardErrors },
      };
    case 'retrieve':
      return { ...common, responses: { '200': { description: 'The resource', content: json(item) }, '404': responseRef('NotFound'), ...standardErrors } };
    case 'update':
      return {
        ...common,
        requestBody: { required: true, content: json(item) },
        responses: {
          '200': { description: 'Updated', content: json(item) },
          '400': errorResponse('Invalid input'),
          '404': responseRef('NotFound'),
          ...standardErrors,
        },
      };
    case 'delete':
      return { ...common, responses: { '204': { description: 'Deleted' }, '404': responseRef('NotFound'), ...standardErrors } };
  }
}

/**
 * The document with exactly `operations` operations (5 per resource: list, create, retrieve, update, delete).
 * Same input, same document, byte for byte.
 */
export function generateSpec(operations: number): Json {
  if (!Number.isSafeInteger(operations) || operations < 1) throw new RangeError(`operations must be a whole number >= 1, not ${operations}`);
  const resources = Math.ceil(operations / OPERATION_KINDS.length);
  const schemas: Record<string, Json> = { ...sharedSchemas(Math.ceil(resources / RESOURCES_PER_ADDRESS)) };
  const paths: Record<string, Json> = {};
  for (let i = 0; i < operations; i++) {
    const r = Math.floor(i / OPERATION_KINDS.length);
    const kind = OPERATION_KINDS[i % OPERATION_KINDS.length];
    if (i % OPERATION_KINDS.length === 0) Object.assign(schemas, resourceSchemas(r, resources));
    const collection = `/api/v1/resource-${r}/`;
    const itemPath = `${collection}{id}/`;
    const method = { list: 'get', create: 'post', retrieve: 'get', update: 'put', delete: 'delete' }[kind];
    const path = kind === 'list' || kind === 'create' ? collection : itemPath;
    paths[path] ??= path === itemPath ? { parameters: [{ $ref: '#/components/parameters/Id' }] } : {};
    paths[path][method] = operation(r, kind);
  }
  return {
    openapi: '3.0.3',
    info: { title: `Bench ${operations}`, version: '1.0.0' },
    servers: [{ url: 'http://127.0.0.1' }],
    security: [{ token: [] }],
    paths,
    components: {
      schemas,
      parameters: {
        Id: { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        Page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
      },
      responses: {
        NotFound: errorResponse('Not found'),
        Unauthorized: errorResponse('Missing or invalid token'),
        ServerError: { description: 'Server error' },
      },
      securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'Authorization' } },
    },
  };
}

/** How many operations a generated document holds (counts methods under every path). */
export function countOperations(document: Json): number {
  const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  let count = 0;
  for (const item of Object.values((document.paths ?? {}) as Record<string, Json>)) count += Object.keys(item).filter((key) => methods.has(key)).length;
  return count;
}
