import { expect } from 'chai';
import type { WireRequest } from '../../../generators/model/case';
import type { ApiModel, Operation } from '../../../generators/model/operation';
import { cleanupLedger, describeLeftover } from '../../../suites/runner/cleanup';
import { DEFAULT_CONFIG } from '../../../suites/runner/config';
import { Ledger } from '../../../suites/runner/ledger';
import type { Session } from '../../../suites/runner/session';
import { TransportError } from '../../../suites/targets/http-target';
import type { Target, WireResponse } from '../../../suites/targets/target';

const param = (name: string) => ({ name, in: 'path' as const, required: true, schema: { type: 'integer' }, style: 'simple', explode: false, allowReserved: false, examples: [] });
const apiKey = { key: 'k', type: 'apiKey' as const, in: 'header' as const, paramName: 'Authorization' };
const remove: Operation = { id: 'remove', api: 'a', method: 'delete', path: '/c/{scope}/things/{id}/', tags: [], parameters: [param('scope'), param('id')], responses: [], security: [[apiKey]], sideEffects: true, deprecated: false, inferred: { filters: [] } };
const api: ApiModel = { name: 'a', title: 'A', version: '1', servers: [], operations: [remove], methodsByPath: {} };
const TOKEN = 'cleanup-secret-token';

/** A session whose target answers DELETEs by id: 204, 404, 500, or a connection error. */
function session(answers: Record<string, number | 'reset'>, sent: WireRequest[]): Session {
  const target: Target = {
    name: 't', baseUrl: 'https://staging.example.com', async close() {},
    async send(request): Promise<WireResponse> {
      sent.push(request);
      const answer = answers[/\/things\/(\w+)\//.exec(request.path)?.[1] ?? ''];
      if (answer === 'reset') throw new TransportError(`https://staging.example.com: connection reset by peer (${TOKEN})`, 'ECONNRESET');
      return { status: answer, headers: {}, text: '', truncated: false, elapsedMs: 1 };
    },
  };
  return { ledger: new Ledger(), apis: [api], target, config: { ...DEFAULT_CONFIG, token: TOKEN } } as unknown as Session;
}

describe('suites/runner/cleanup', () => {
  it('deletes what is left, with credentials, and reports what it could not remove', async () => {
    const sent: WireRequest[] = [];
    const s = session({ 1: 204, 2: 404, 3: 500, 4: 'reset' }, sent);
    const entry = (key: unknown) => ({ api: 'a', collection: '/c/{scope}/things/', createdBy: 'create', scope: { scope: 9 }, param: 'id', key, deleteOperationId: 'remove' });
    for (const key of [1, 2, 3, 4]) s.ledger.add(entry(key));
    s.ledger.add({ ...entry(undefined) });
    s.ledger.add({ ...entry(6), deleteOperationId: undefined });
    s.ledger.add(entry(7)).removed = true;

    const result = await cleanupLedger(s);
    expect(sent.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort()).to.deep.equal(['DELETE /c/9/things/1/', 'DELETE /c/9/things/2/', 'DELETE /c/9/things/3/', 'DELETE /c/9/things/4/']);
    expect(sent[0].headers.authorization).to.equal(`Token ${TOKEN}`);
    expect(result.created).to.equal(7);
    expect(result.removed).to.equal(3);
    const lines = result.leftovers.map(describeLeftover);
    expect(lines).to.have.length(4);
    expect(lines.find((l) => l.includes('id=3'))).to.match(/DELETE answered 500; remove with: curl .*-X DELETE .*\/c\/9\/things\/3\//);
    expect(lines.find((l) => l.includes('id=4'))).to.include('connection reset by peer');
    expect(lines.some((l) => l.startsWith('an object in /c/{scope}/things/') && l.includes('did not carry the new object\'s key'))).to.equal(true);
    expect(lines.some((l) => l.includes('id=6') && l.includes('documents no DELETE'))).to.equal(true);
    expect(lines.join('\n')).to.not.include(TOKEN);
    expect(s.ledger.remaining()).to.have.length(4);
  });
});
