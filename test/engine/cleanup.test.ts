import { expect } from 'chai';
import type { WireRequest } from '../../model/case';
import type { ApiModel, Operation } from '../../model/operation';
import { cleanupLedger, cleanupLine, describeLeftover, leftoverRecord } from '../../engine/cleanup';
import { DEFAULT_CONFIG } from '../../engine/config';
import { Ledger } from '../../engine/ledger';
import type { Session } from '../../engine/session';
import { TransportError } from '../../targets/http-target';
import type { Target, WireResponse } from '../../targets/target';

const param = (name: string) => ({ name, in: 'path' as const, required: true, schema: { type: 'integer' }, style: 'simple', explode: false, allowReserved: false, examples: [] });
const apiKey = { key: 'k', type: 'apiKey' as const, in: 'header' as const, paramName: 'Authorization' };
const base = { api: 'a', tags: [], responses: [], security: [[apiKey]], deprecated: false };
const remove: Operation = { ...base, id: 'remove', method: 'delete', path: '/c/{scope}/things/{id}/', parameters: [param('scope'), param('id')], sideEffects: true, inferred: { filters: [] } };
const read: Operation = { ...base, id: 'read', method: 'get', path: '/c/{scope}/things/{id}/', parameters: [param('scope'), param('id')], sideEffects: false, inferred: { filters: [] } };
const list: Operation = {
  ...base, id: 'list', method: 'get', path: '/c/{scope}/things/', parameters: [param('scope')], sideEffects: false,
  inferred: { filters: [], pagination: { kind: 'envelope', itemKey: 'id' } },
};
const TOKEN = 'cleanup-secret-token';

/** Answers by request: DELETE and GET by id, the list with the ids still listed (two pages). */
function session(deletes: Record<string, number | 'reset'>, reads: Record<string, number>, listed: number[], operations: Operation[], sent: WireRequest[]): Session {
  const api: ApiModel = { name: 'a', title: 'A', version: '1', servers: [], operations, methodsByPath: {} };
  const target: Target = {
    name: 't', baseUrl: 'https://staging.example.com', async close() {},
    async send(request): Promise<WireResponse> {
      sent.push(request);
      const id = /\/things\/(\w+)\//.exec(request.path)?.[1] ?? '';
      const reply = (status: number, json?: unknown): WireResponse => ({ status, headers: {}, text: json === undefined ? '' : JSON.stringify(json), json, truncated: false, elapsedMs: 1 });
      if (request.method.toUpperCase() === 'DELETE') {
        const answer = deletes[id];
        if (answer === 'reset') throw new TransportError(`https://staging.example.com: connection reset by peer (${TOKEN})`, 'ECONNRESET');
        return reply(answer);
      }
      if (id) return reply(reads[id] ?? 404);
      const second = request.path.includes('page=2');
      const rows = listed.filter((_, i) => (second ? i % 2 === 1 : i % 2 === 0)).map((key) => ({ id: key }));
      return reply(200, { count: listed.length, next: second ? null : 'https://staging.example.com/c/9/things/?page=2', previous: null, results: rows });
    },
  };
  return { ledger: new Ledger(), apis: [api], target, config: { ...DEFAULT_CONFIG, token: TOKEN }, token: TOKEN, secrets: [TOKEN] } as unknown as Session;
}

const entry = (key: unknown) => ({ api: 'a', collection: '/c/{scope}/things/', createdBy: 'create', scope: { scope: 9 }, param: 'id', key, deleteOperationId: 'remove' });

describe('engine/cleanup', () => {
  it('deletes what is left, with credentials, and reports what it could not remove', async () => {
    const sent: WireRequest[] = [];
    const s = session({ 1: 204, 3: 500, 4: 'reset' }, {}, [], [remove], sent);
    for (const key of [1, 3, 4]) s.ledger.add(entry(key));
    s.ledger.add({ ...entry(undefined) });
    s.ledger.add({ ...entry(6), deleteOperationId: undefined });
    s.ledger.add(entry(7)).removed = true;

    const result = await cleanupLedger(s);
    expect(sent.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort()).to.deep.equal(['DELETE /c/9/things/1/', 'DELETE /c/9/things/3/', 'DELETE /c/9/things/4/']);
    expect(sent[0].headers.authorization).to.equal(`Token ${TOKEN}`);
    expect(result.created).to.equal(6);
    expect(result.removed).to.equal(2);
    const lines = result.leftovers.map(describeLeftover);
    expect(lines).to.have.length(4);
    expect(lines.find((l) => l.includes('id=3'))).to.match(/DELETE answered 500; remove with: curl .*-X DELETE .*\/c\/9\/things\/3\//);
    expect(lines.find((l) => l.includes('id=4'))).to.include('connection reset by peer');
    expect(lines.some((l) => l.startsWith('an object in /c/{scope}/things/') && l.includes('did not carry the new object\'s key'))).to.equal(true);
    expect(lines.some((l) => l.includes('id=6') && l.includes('documents no DELETE'))).to.equal(true);
    expect(lines.join('\n')).to.not.include(TOKEN);
    expect(s.ledger.remaining()).to.have.length(4);
    expect(cleanupLine(result, 'reports/cleanup.json')).to.equal('cleanup: removed 2 of 6, 4 left behind (see reports/cleanup.json)');
  });

  it('counts a 404 as removed only when the object is also gone from its own path and from its collection', async () => {
    const sent: WireRequest[] = [];
    // 2: gone everywhere. 5: DELETE 404 but its own path still answers. 8: 404 at its path but still listed (page 2).
    const s = session({ 2: 404, 5: 404, 8: 404 }, { 5: 200 }, [11, 8], [remove, read, list], sent);
    for (const key of [2, 5, 8]) s.ledger.add(entry(key)).lastSeen = `/c/9/things/${key}/`;
    const result = await cleanupLedger(s);
    expect(result.removed).to.equal(1);
    const records = result.leftovers.map(leftoverRecord);
    expect(records.map((r) => r.object).sort()).to.deep.equal(['/c/{scope}/things/ id=5', '/c/{scope}/things/ id=8']);
    expect(records.find((r) => r.object.endsWith('id=5'))?.why).to.equal('DELETE answered 404, but GET /c/9/things/5/ answered 200');
    expect(records.find((r) => r.object.endsWith('id=8'))?.why).to.equal('DELETE answered 404, but the collection still lists id=8');
    expect(records.every((r) => r.lastSeen?.startsWith('/c/9/things/'))).to.equal(true);
    // The second page was read through the link, on the target itself.
    expect(sent.some((r) => r.path === '/c/9/things/?page=2')).to.equal(true);
  });

  it('without a list to look in, a 404 is not proof', async () => {
    const s = session({ 2: 404 }, {}, [], [remove, read], []);
    s.ledger.add(entry(2));
    const result = await cleanupLedger(s);
    expect(result.removed).to.equal(0);
    expect(result.leftovers[0].why).to.match(/documents no list to confirm/);
  });
});
