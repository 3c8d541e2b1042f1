/**
 * The defects of the OpenAPI document Django REST Framework generates for its own views
 * (`rest_framework.schemas.openapi`, as reference/drf serves it): no security at all, one operationId per viewset
 * action however often the viewset is routed, and Django's Python regexes copied into `pattern`. Each is a finding
 * with its fallback, and the document runs.
 */
import { expect } from 'chai';
import { buildApiModelTolerant } from '../../../model/build-tolerant';
import { buildApiModel } from '../../../model/build';
import { SERVED_WITH_CREDENTIALS_KEY } from '../../../model/repair/undeclared-security';

/** Django's URLValidator regex as DRF writes it into `pattern` (Python syntax: `\z`, the look-behinds). */
const DJANGO_URL_PATTERN = '^(?:[a-z0-9.+-]*)://(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?(?:localhost)(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\z';

const list = (operationId: string): object => ({
  get: {
    operationId,
    parameters: [{ name: 'channel_id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': { description: '', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Image' } } } } } },
  },
});

/** A document in DRF's shape: an image viewset routed under two prefixes, a URLField, no security anywhere. */
function drfDocument(): Record<string, unknown> {
  return {
    openapi: '3.0.2',
    info: { title: 'Omnitron', version: '1.0.0' },
    paths: {
      '/api/channel/{channel_id}/images/': list('listImages'),
      '/api/v1/channel/{channel_id}/images/': list('listImages'),
      '/api/v2/channel/{channel_id}/images/': list('listImages'),
    },
    components: {
      schemas: {
        Image: {
          type: 'object',
          properties: {
            id: { type: 'integer', readOnly: true },
            image: { type: 'string', format: 'uri', maxLength: 500, pattern: DJANGO_URL_PATTERN },
            // A field named `pattern` is a property, not the keyword; an example holding one is data.
            pattern: { type: 'string', pattern: '^[a-z]+$', example: 'abc' },
          },
          example: { pattern: '(?<!' },
          required: ['image'],
        },
      },
    },
  };
}

describe('model/repair: the defects of DRF\'s generated schema', () => {
  it('a document served only with credentials that declares no security gets a stand-in scheme, and the finding says so', async () => {
    const model = await buildApiModelTolerant(drfDocument(), { name: 'omnitron', source: 'http://127.0.0.1:1/api/schema/', servedWithCredentials: true });
    const finding = model.specFindings?.find((f) => f.kind === 'undeclared-security');
    expect(finding).to.deep.include({ file: 'http://127.0.0.1:1/api/schema/', pointer: '/components/securitySchemes' });
    expect(finding?.fallback).to.equal('every operation is sent with the configured credentials in the Authorization header, and the auth checks expect it refused without them');
    for (const operation of model.operations) {
      expect(operation.security).to.deep.equal([[{ key: 'Authorization', type: 'apiKey', in: 'header', paramName: 'Authorization' }]]);
    }
  });

  it('a saved copy of such a document carries the evidence, so a replay from the file sends the credentials too', async () => {
    const saved = { ...drfDocument(), [SERVED_WITH_CREDENTIALS_KEY]: true };
    const model = await buildApiModelTolerant(saved, { name: 'omnitron', source: 'reports/spec/omnitron.json' });
    expect(model.specFindings?.filter((f) => f.kind === 'undeclared-security').map((f) => f.file)).to.deep.equal(['reports/spec/omnitron.json']);
    expect(model.operations.every((op) => op.security.length === 1)).to.equal(true);
  });

  it('without that evidence (a file, or served anonymously) no security is what the document says: public', async () => {
    const model = await buildApiModelTolerant(drfDocument(), { name: 'omnitron' });
    expect(model.specFindings?.map((f) => f.kind)).to.not.include('undeclared-security');
    expect(model.operations.every((op) => op.security.length === 0)).to.equal(true);
  });

  it('a document that declares any security is left alone, even when served with credentials', async () => {
    const document = drfDocument();
    (document.paths as Record<string, { get: Record<string, unknown> }>)['/api/channel/{channel_id}/images/'].get.security = [];
    const model = await buildApiModelTolerant(document, { name: 'omnitron', servedWithCredentials: true });
    expect(model.specFindings?.map((f) => f.kind)).to.not.include('undeclared-security');
  });

  it('a repeated operationId is one finding per later holder, which runs as <id>_2, <id>_3', async () => {
    const model = await buildApiModelTolerant(drfDocument(), { name: 'omnitron' });
    expect(model.operations.map((op) => [op.path, op.id])).to.deep.equal([
      ['/api/channel/{channel_id}/images/', 'listImages'],
      ['/api/v1/channel/{channel_id}/images/', 'listImages_2'],
      ['/api/v2/channel/{channel_id}/images/', 'listImages_3'],
    ]);
    const duplicates = model.specFindings?.filter((f) => f.kind === 'duplicate-operation-id') ?? [];
    expect(duplicates.map((f) => [f.pointer, f.operation, f.fallback])).to.deep.equal([
      ['/paths/~1api~1v1~1channel~1{channel_id}~1images~1/get/operationId', 'GET /api/v1/channel/{channel_id}/images/', "the operation is run as 'listImages_2'"],
      ['/paths/~1api~1v2~1channel~1{channel_id}~1images~1/get/operationId', 'GET /api/v2/channel/{channel_id}/images/', "the operation is run as 'listImages_3'"],
    ]);
    expect(duplicates[0].message).to.equal("operationId 'listImages' is already used by GET /api/channel/{channel_id}/images/ (operationIds must be unique)");
  });

  it('a rename never takes an id another operation already holds', async () => {
    const document = drfDocument();
    (document.paths as Record<string, unknown>)['/z/'] = list('listImages_2');
    const model = await buildApiModelTolerant(document, { name: 'omnitron' });
    const ids = model.operations.map((op) => op.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members(['listImages', 'listImages_2', 'listImages_3', 'listImages_4']);
  });

  it('a Python-only pattern is removed where it is written, the rest of its schema kept; valid patterns and data stay', async () => {
    const model = await buildApiModelTolerant(drfDocument(), { name: 'omnitron' });
    const invalid = model.specFindings?.filter((f) => f.kind === 'invalid-schema') ?? [];
    expect(invalid.map((f) => [f.pointer, f.fallback])).to.deep.equal([
      ['/components/schemas/Image/properties/image/pattern', 'the pattern is not judged nor generated from; the rest of the schema is'],
    ]);
    expect(invalid[0].message).to.match(/^pattern is not an ECMA-262 regular expression \(.+\)$/);
    const items = JSON.stringify(model.operations[0].responses);
    expect(items).to.contain('"maxLength":500').and.contain('"format":"uri"').and.contain('"^[a-z]+$"').and.contain('(?<!');
    expect(items).to.not.contain('\\\\z');
  });

  it('the strict build is unchanged: it takes the document as written', async () => {
    const model = await buildApiModel(drfDocument(), { name: 'omnitron' });
    expect(model.operations.map((op) => op.id)).to.deep.equal(['listImages', 'listImages', 'listImages']);
  });
});
