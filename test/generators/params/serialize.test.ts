import { expect } from 'chai';
import { buildApiModel } from '../../../model/build';
import type { Case } from '../../../model/case';
import type { ApiModel, Operation, Parameter } from '../../../model/operation';
import { serializeBody, serializeCase } from '../../../generators/params/serialize';
import petstore from '../../../specs/fixtures/petstore.json';

/** A positive case for an operation with only the given parts filled in. */
function caseFor(operation: Operation, parts: Partial<Case> = {}): Case {
  return { operation, phase: 'examples', mode: 'positive', pathParams: {}, query: {}, headers: {}, cookies: {}, ...parts };
}

function parameter(name: string, location: Parameter['in'], extra: Partial<Parameter> = {}): Parameter {
  const style = location === 'query' || location === 'cookie' ? 'form' : 'simple';
  return { name, in: location, required: false, schema: {}, style, explode: style === 'form', allowReserved: false, examples: [], ...extra };
}

function operation(method: Operation['method'], path: string, parameters: Parameter[]): Operation {
  return { id: 'o', api: 't', method, path, tags: [], parameters, responses: [], security: [], sideEffects: false, deprecated: false, inferred: { filters: [] } };
}

describe('generators/params/serialize', () => {
  let model: ApiModel;
  const byId = (id: string): Operation => model.operations.find((candidate) => candidate.id === id) as Operation;
  before(async () => {
    model = await buildApiModel(petstore, { name: 'pets' });
  });

  it('serialises every location of a documented operation', () => {
    const request = serializeCase(
      caseFor(byId('get_pets'), {
        query: { limit: 10, attributes: { color: 'red', size: 'x l' }, tag: ['a', 'b'], page: undefined },
        headers: { 'X-Request-Id': 'r-1' },
        cookies: { session: 'a;b c' },
      }),
    );
    expect(request).to.deep.equal({
      method: 'GET',
      path: '/pets?limit=10&attributes[color]=red&attributes[size]=x%20l&tag=a,b',
      headers: { 'X-Request-Id': 'r-1', Cookie: 'session=a%3Bb%20c' },
    });
  });

  it('substitutes and percent-encodes path parameters per style', () => {
    expect(serializeCase(caseFor(byId('getPet'), { pathParams: { petId: 'a/b c' } })).path).to.equal('/pets/a%2Fb%20c');
    expect(serializeCase(caseFor(byId('replaceTree'), { pathParams: { treeId: 'oak' } })).path).to.equal('/trees/.oak');
    const matrix = operation('get', '/m/{point}', [parameter('point', 'path', { style: 'matrix', explode: true })]);
    expect(serializeCase(caseFor(matrix, { pathParams: { point: { x: 1, y: 2 } } })).path).to.equal('/m/;x=1;y=2');
  });

  it('serialises a JSON body, keeping null as the text "null", with its Content-Type', () => {
    const nullBody = serializeCase(caseFor(byId('createPet'), { body: { value: null, mediaType: 'application/json' } }));
    expect(nullBody.body).to.equal('null');
    expect(nullBody.headers['Content-Type']).to.equal('application/json');
    const patch = serializeCase(caseFor(byId('patch_stores_store_id_stock_row'), { pathParams: { store_id: 1, row: 2 }, body: { value: { sku: 'x' }, mediaType: 'application/merge-patch+json' } }));
    expect([patch.method, patch.path, patch.body, patch.headers['Content-Type']]).to.deep.equal(['PATCH', '/stores/1/stock/2/', '{"sku":"x"}', 'application/merge-patch+json']);
  });

  it('sends no body and no Content-Type when the case has none', () => {
    const request = serializeCase(caseFor(byId('getPet'), { pathParams: { petId: 1 } }));
    expect(request).to.not.have.property('body');
    expect(request.headers).to.deep.equal({});
  });

  it('adds auth headers, but a header the case sets itself wins whatever its spelling', () => {
    const op = byId('getPet');
    expect(serializeCase(caseFor(op, { pathParams: { petId: 1 } }), { auth: { Authorization: 'Token good' } }).headers).to.deep.equal({ Authorization: 'Token good' });
    const overridden = serializeCase(caseFor(op, { pathParams: { petId: 1 }, headers: { authorization: 'Token bad' } }), { auth: { Authorization: 'Token good' } });
    expect(overridden.headers).to.deep.equal({ authorization: 'Token bad' });
  });

  it('serialises undocumented query values with the default form style', () => {
    const request = serializeCase(caseFor(byId('getPet'), { pathParams: { petId: 1 }, query: { extra: ['x', 'y'] } }));
    expect(request.path).to.equal('/pets/1?extra=x&extra=y');
  });

  it('honours allowReserved in the query only', () => {
    const op = operation('get', '/r/{p}', [parameter('p', 'path'), parameter('q', 'query', { allowReserved: true })]);
    expect(serializeCase(caseFor(op, { pathParams: { p: 'a/b' }, query: { q: 'a/b?c' } })).path).to.equal('/r/a%2Fb?q=a/b?c');
  });

  it('sends content-described parameters as encoded JSON', () => {
    const op = operation('get', '/c', [parameter('filter', 'query', { contentType: 'application/json' })]);
    expect(serializeCase(caseFor(op, { query: { filter: { a: [1] } } })).path).to.equal('/c?filter=%7B%22a%22%3A%5B1%5D%7D');
  });

  it('encodes form bodies and passes text and buffers through', () => {
    expect(serializeBody({ a: 'x y', b: 1 }, 'application/x-www-form-urlencoded')).to.equal('a=x%20y&b=1');
    expect(serializeBody('plain', 'text/plain')).to.equal('plain');
    expect(serializeBody(Buffer.from('hi'), 'application/octet-stream')).to.deep.equal(Buffer.from('hi'));
    expect(serializeBody('quoted', 'application/json')).to.equal('"quoted"');
  });
});
