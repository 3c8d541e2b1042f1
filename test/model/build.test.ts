import { expect } from 'chai';
import { buildApiModel } from '../../model/build';
import { ModelError } from '../../model/errors';
import type { ApiModel, Operation } from '../../model/operation';
import petstore from '../../specs/fixtures/petstore.json';

/** The operation with the given id, failing the test when it is missing. */
function op(model: ApiModel, id: string): Operation {
  const found = model.operations.find((operation) => operation.id === id);
  if (!found) throw new Error(`no operation ${id}; have ${model.operations.map((o) => o.id).join(', ')}`);
  return found;
}

/** The ModelError a build rejects with; fails when the build succeeds or fails otherwise. */
async function modelErrorOf(document: object): Promise<ModelError> {
  try {
    await buildApiModel(document, { name: 'x' });
  } catch (error) {
    expect(error).to.be.instanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error('expected buildApiModel to reject');
}

const minimal = (paths: object, extra: object = {}): object => ({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, ...extra });

describe('model/build', () => {
  let model: ApiModel;
  before(async () => {
    model = await buildApiModel(petstore, { name: 'pets', source: 'specs/fixtures/petstore.json' });
  });

  it('carries name, title, version and servers', () => {
    expect([model.name, model.title, model.version, model.servers]).to.deep.equal(['pets', 'Fixture Petstore', '1.2.3', ['https://pets.example.test/v1']]);
  });

  it('keeps operationIds and derives method_path ids for unnamed operations', () => {
    expect(model.operations.map((operation) => operation.id)).to.deep.equal([
      'get_pets',
      'createPet',
      'getPet',
      'delete_pets_petid',
      'listCategories',
      'listStock',
      'get_stores_store_id_stock_row',
      'patch_stores_store_id_stock_row',
      'replaceTree',
      'runNightlyJob',
    ]);
  });

  it('merges path-item parameters under operation ones by name and location', () => {
    const limit = op(model, 'get_pets').parameters.filter((parameter) => parameter.name === 'limit');
    expect(limit).to.have.length(1);
    expect(limit[0].schema).to.deep.equal({ type: 'integer', minimum: 1, maximum: 100 });
    expect(op(model, 'createPet').parameters.map((parameter) => parameter.name)).to.deep.equal(['limit', 'X-Request-Id']);
  });

  it('defaults style and explode per location, and keeps explicit ones', () => {
    const byName = Object.fromEntries(op(model, 'get_pets').parameters.map((p) => [p.name, [p.style, p.explode]]));
    expect(byName).to.deep.equal({
      limit: ['form', true],
      'X-Request-Id': ['simple', false],
      page: ['form', true],
      attributes: ['deepObject', true],
      tag: ['form', false],
      session: ['form', true],
    });
    expect(op(model, 'getPet').parameters[0]).to.include({ name: 'petId', in: 'path', required: true, style: 'simple', explode: false });
    expect(op(model, 'replaceTree').parameters[0]).to.include({ style: 'label', explode: false });
  });

  it('collects parameter examples', () => {
    expect(op(model, 'get_pets').parameters.find((p) => p.name === 'page')?.examples).to.deep.equal([2]);
  });

  it('gives request bodies request-direction schemas and their named examples', () => {
    const body = op(model, 'createPet').requestBody;
    expect(body?.required).to.equal(true);
    expect(body?.content[0].mediaType).to.equal('application/json');
    expect(body?.content[0].examples).to.deep.equal([
      { kind: 'cat', name: 'Tom', lives: 9 },
      { kind: 'dog', name: 'Rex' },
    ]);
    expect(body?.content[0].schema).to.have.property('oneOf').with.length(2);
    expect(body?.content[0].schema).to.not.have.property('discriminator');
  });

  it('keeps status keys as written, problem+json content and lower-cased headers', () => {
    const responses = op(model, 'get_pets').responses;
    expect(responses.map((response) => response.status)).to.deep.equal(['200', 'default']);
    expect(responses[0].headers).to.deep.equal({ 'x-total-count': { required: true, schema: { type: 'integer' } } });
    expect(responses[1].content.map((media) => media.mediaType)).to.deep.equal(['application/problem+json']);
    expect(op(model, 'createPet').responses.map((response) => response.status)).to.deep.equal(['201', '4XX']);
    expect(op(model, 'delete_pets_petid').responses[0]).to.deep.include({ status: '204', content: [] });
  });

  it('drops writeOnly properties from responses and readOnly ones from requests', () => {
    const response = op(model, 'getPet').responses[0].content[0].schema as { properties: object; required: string[] };
    expect(response.properties).to.have.keys('id', 'name', 'tag', 'status', 'price', 'category');
    expect(response.required).to.deep.equal(['id', 'name']);
    const request = op(model, 'patch_stores_store_id_stock_row').requestBody?.content[0].schema as { properties: object };
    expect(request.properties).to.not.have.property('row_id');
  });

  it('resolves security: document default, operation override, optional and public', () => {
    expect(op(model, 'get_pets').security).to.deep.equal([[{ key: 'bearerAuth', type: 'http', scheme: 'bearer' }]]);
    expect(op(model, 'getPet').security).to.deep.equal([[{ key: 'apiKey', type: 'apiKey', in: 'header', paramName: 'X-API-Key' }], []]);
    expect(op(model, 'delete_pets_petid').security).to.deep.equal([]);
  });

  it('marks writes and x-side-effects reads as having side effects', () => {
    const effects = Object.fromEntries(model.operations.map((operation) => [operation.id, operation.sideEffects]));
    expect(effects).to.include({ get_pets: false, createPet: true, getPet: false, delete_pets_petid: true, runNightlyJob: true });
  });

  it('lists documented methods by path', () => {
    expect(model.methodsByPath['/pets']).to.deep.equal(['get', 'post']);
    expect(model.methodsByPath['/pets/{petId}']).to.deep.equal(['get', 'delete']);
  });

  it('gives recursive schemas as $defs with nothing cyclic left anywhere in the model', () => {
    expect(() => JSON.stringify(model)).to.not.throw();
    const tree = op(model, 'replaceTree').requestBody?.content[0].schema as Record<string, unknown>;
    expect(tree.$ref).to.equal('#/$defs/Tree');
  });

  it('does not modify the input document', async () => {
    const copy = structuredClone(petstore);
    await buildApiModel(copy, { name: 'pets' });
    expect(copy).to.deep.equal(petstore);
  });

  it('never lets a derived id take an operationId the document uses', async () => {
    const ok = { '200': { description: 'ok' } };
    const built = await buildApiModel(minimal({ '/a': { get: { responses: ok } }, '/b': { get: { operationId: 'get_a', responses: ok } } }), { name: 'x' });
    expect(built.operations.map((operation) => operation.id)).to.deep.equal(['get_a_2', 'get_a']);
  });

  describe('errors', () => {
    it('names the pointer of a schema violation', async () => {
      const error = await modelErrorOf(minimal({ '/pets': { get: { responses: { '200': { content: {} } } } } }));
      expect(error.pointer).to.equal('#/paths/~1pets/get/responses/200');
      expect(error.message).to.match(/description/).and.not.match(/\n/);
    });

    it('names the requirement that uses an undefined security scheme', async () => {
      const document = minimal({ '/pets': { get: { security: [{ JWT: [] }], responses: { '200': { description: 'ok' } } } } });
      const error = await modelErrorOf(document);
      expect(error.pointer).to.equal('#/paths/~1pets/get/security/0/JWT');
      expect(error.message).to.contain("undefined scheme 'JWT'");
    });

    it('reports an unresolvable $ref', async () => {
      const error = await modelErrorOf(minimal({ '/pets': { get: { responses: { '200': { $ref: '#/components/responses/Nope' } } } } }));
      expect(error.message).to.contain('#/components/responses/Nope');
      expect(error.pointer).to.equal('#/paths/~1pets/get/responses/200');
    });

    it('turns the dereferencer running out of depth into a ModelError', async () => {
      // A long ring of schemas each also pointing back two steps: every path through it is a new one to crawl.
      const schemas: Record<string, object> = {};
      for (let i = 0; i < 300; i++) {
        const ref = (n: number): object => ({ $ref: `#/components/schemas/S${(n + 300) % 300}` });
        schemas[`S${i}`] = { type: 'object', properties: { next: ref(i + 1), back: ref(i - 2) } };
      }
      const ok = { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } } };
      const error = await modelErrorOf(minimal({ '/s': { get: { responses: { '200': ok } } } }, { components: { schemas } }));
      expect(error.reason).to.match(/deeper than the dereferencer's limit of \d+/);
      expect(error.pointer).to.match(/^#\/paths\/~1s\/get\/responses\/200\//);
    });

    it('refuses Swagger 2.0 with a clear message', async () => {
      const error = await modelErrorOf({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: {} });
      expect(error.message).to.match(/Swagger 2\.0 .*not supported.*OpenAPI 3/);
    });

    it('prefixes the source when given', async () => {
      const document = minimal({ '/p': { get: { security: [{ JWT: [] }], responses: { '200': { description: 'ok' } } } } });
      try {
        await buildApiModel(document, { name: 'x', source: 'specs/x.json' });
        expect.fail('expected a ModelError');
      } catch (error) {
        expect((error as Error).message).to.match(/^specs\/x\.json: /);
      }
    });
  });

  it('reads OpenAPI 3.1 documents through the 3.1 adapter', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/n': {
          get: {
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: { type: ['integer', 'null'], exclusiveMinimum: 0 } } } },
            },
          },
        },
      },
    };
    const built = await buildApiModel(document, { name: 'n' });
    expect(built.operations[0].responses[0].content[0].schema).to.deep.equal({ type: ['integer', 'null'], exclusiveMinimum: 0 });
  });
});
