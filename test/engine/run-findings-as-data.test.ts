/**
 * Findings as data without mocha: `run()` on a defective document announces each defect it repaired on load as a
 * typed `spec-finding` (category, fingerprint, document and pointer), and on a lenient server each leniency finding
 * as a typed `leniency-finding` (kind and subject as fields, kept in the run state).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { startMockServer } from '../../mock/server';
import { invalidLimitIgnored } from '../../mock/variants/leniency';
import { Category } from '../../checks/categories';
import { DEFAULT_CONFIG, type RunConfig } from '../../engine/config';
import { EMBEDDED_DEV_TOKEN } from '../../engine/embedded';
import type { RunEvent } from '../../engine/events';
import type { RunResult } from '../../engine/engine';
import { run } from '../../engine/run';
import { checkRegistry } from '../../suites/registry';

const TOKEN = 'widget-secret-token-123';

/** A loopback server for the widgets fixture: the list and widget 1, 404 for any other widget, 405 otherwise. */
async function widgetServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const json = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const url = request.url?.split('?')[0] ?? '';
    if (request.headers.authorization !== `Token ${TOKEN}`) return json(401, { detail: 'no' });
    if (request.method === 'GET' && url === '/widgets/') return json(200, [{ id: 1, name: 'a' }]);
    if (request.method === 'GET' && url === '/widgets/1/') return json(200, { id: 1, name: 'a' });
    if (request.method === 'GET' && /^\/widgets\/[^/]+\/$/.test(url)) return json(404, { detail: 'Not found.' });
    json(405, { detail: 'Method not allowed.' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Runs the engine with the config, collecting every event. */
async function runCollecting(config: RunConfig): Promise<{ events: RunEvent[]; result: RunResult }> {
  const handle = run(config, { registry: checkRegistry });
  const events: RunEvent[] = [];
  handle.events.on((event) => events.push(event));
  return { events, result: await handle.result };
}

const specFindingsOf = (events: RunEvent[]) => events.flatMap((e) => (e.type === 'spec-finding' ? [e.finding] : []));

describe('engine/run: findings as data (spec and leniency findings as typed events)', function () {
  this.timeout(120_000);
  let widgets: { url: string; close: () => Promise<void> };
  let dir: string;
  before(async () => {
    widgets = await widgetServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-findings-data-'));
  });
  after(async () => {
    await widgets.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const widgetsConfig = (spec: string, extra: Partial<RunConfig> = {}): RunConfig => ({ ...DEFAULT_CONFIG, pathValues: {}, specs: [spec], target: widgets.url, token: TOKEN, seed: 1, runs: 1, ...extra });

  it('specs/fixtures/defective-document.yaml: each of the three repaired defects is a spec-finding event right after run-started', async () => {
    const { events, result } = await runCollecting(widgetsConfig('specs/fixtures/defective-document.yaml', { only: ['listWidgets'] }));
    expect(events[0]?.type).to.equal('run-started');
    const announced = specFindingsOf(events);
    expect(events.slice(1, 1 + announced.length).every((e) => e.type === 'spec-finding')).to.equal(true);
    expect(announced.map((f) => [f.kind, f.category, f.api, f.operation, f.location.document, f.location.pointer])).to.deep.equal([
      ['undefined-security-scheme', Category.specDefect, 'fixture-widgets-api', 'GET /widgets/', 'specs/fixtures/defective-document.yaml', '/paths/~1widgets~1/get/security/0/Session'],
      ['unresolvable-ref', Category.specDefect, 'fixture-widgets-api', undefined, 'specs/fixtures/defective-document.yaml', '/paths/~1widgets~1{id}~1/get/responses/200/content/application~1json/schema'],
      ['unbuildable-operation', Category.specDefect, 'fixture-widgets-api', 'POST /widgets/', 'specs/fixtures/defective-document.yaml', '/paths/~1widgets~1/post/parameters/0/in'],
    ]);
    // The message is the one the report's `spec` test fails with.
    expect(announced[0]?.message).to.match(/^\[spec defect\] specs\/fixtures\/defective-document\.yaml#\/paths\/~1widgets~1\/get\/security\/0\/Session: .*; the operation is sent with the configured credentials/);
    expect(announced[2]?.fallback).to.equal('the operation is skipped');
    expect(new Set(announced.map((f) => f.fingerprint)).size).to.equal(3);
    expect(announced.every((f) => /^[0-9a-f]{16}$/.test(f.fingerprint))).to.equal(true);
    expect(result.specFindings).to.deep.equal(announced);
    // Spec findings are not response findings: the findings (findings.json) and their count are unchanged by them.
    expect(result.findings.some((f) => f.category === Category.specDefect)).to.equal(false);
    expect(result.totals.findings).to.equal(result.findings.length);
  });

  it('a duplicate operationId and an operation without responses: typed findings, fingerprints stable across runs and file paths', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'Duplicates', version: '1' },
      components: { securitySchemes: { ApiToken: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
      security: [{ ApiToken: [] }],
      paths: {
        '/widgets/': { get: { operationId: 'widgets', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array' } } } } } } },
        '/widgets/{id}/': {
          get: { operationId: 'widgets', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': { description: 'ok' }, '404': { description: 'no' } } },
          delete: { operationId: 'removeWidget', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }] },
        },
      },
    };
    const specs = ['a', 'b'].map((sub) => {
      fs.mkdirSync(path.join(dir, sub));
      const file = path.join(dir, sub, 'duplicates.json');
      fs.writeFileSync(file, JSON.stringify(document));
      return file;
    });
    const first = await runCollecting(widgetsConfig(specs[0] as string));
    const second = await runCollecting(widgetsConfig(specs[1] as string, { seed: 2 }));
    const kinds = specFindingsOf(first.events).map((f) => [f.kind, f.location.pointer]);
    expect(kinds, JSON.stringify(specFindingsOf(first.events))).to.deep.include(['duplicate-operation-id', '/paths/~1widgets~1{id}~1/get/operationId']);
    expect(kinds.some(([, pointer]) => pointer?.startsWith('/paths/~1widgets~1{id}~1/delete'))).to.equal(true);
    expect(specFindingsOf(first.events).every((f) => f.category === Category.specDefect && f.location.document.endsWith(path.join('a', 'duplicates.json')))).to.equal(true);
    // Another seed and another folder: the same defects have the same fingerprints.
    expect(specFindingsOf(second.events).map((f) => f.fingerprint)).to.deep.equal(specFindingsOf(first.events).map((f) => f.fingerprint));
  });

  it('with --shard the defects are announced by the first shard only (as the report shows them once)', async () => {
    const { events } = await runCollecting(widgetsConfig('specs/fixtures/defective-document.yaml', { shard: { index: 2, count: 2 } }));
    expect(specFindingsOf(events)).to.deep.equal([]);
  });

  it('a lenient server: each leniency finding is a leniency-finding event with its kind and subject as fields, kept in the run state', async () => {
    const server = await startMockServer({ port: 0, tokens: [EMBEDDED_DEV_TOKEN], overrides: invalidLimitIgnored.overrides() });
    try {
      const config: RunConfig = { ...DEFAULT_CONFIG, pathValues: { channel_id: ['1'] }, specs: ['omnitron'], only: ['listSalesChannelFailedIntegrations'], target: server.url, token: EMBEDDED_DEV_TOKEN, seed: 1, runs: 10 };
      const { events, result } = await runCollecting(config);
      const announced = events.flatMap((e) => (e.type === 'leniency-finding' ? [e.finding] : []));
      expect(announced.length, JSON.stringify(result.findings.map((f) => f.message))).to.be.greaterThan(0);
      expect(result.leniencyFindings).to.deep.equal(announced);
      const fromCases = announced.filter((f) => f.check === 'invalid input is rejected');
      expect(fromCases.length).to.be.greaterThan(0);
      for (const finding of fromCases) {
        expect(finding.category).to.equal(Category.leniency);
        expect(finding.kind).to.equal('ignored');
        expect(finding.phase).to.not.equal('semantics');
        expect(finding.operation.id).to.equal('listSalesChannelFailedIntegrations');
        expect(finding.subject?.location).to.equal('query');
        expect(finding.subject?.name).to.equal('limit');
        // The subject's words are the mutation's description the message (and the test title) show.
        expect(finding.message).to.include(`answered 200 to ${finding.subject?.description}`);
        expect(finding.fingerprint).to.match(/^[0-9a-f]{16}$/);
      }
      // One cause (limit ignored), several values and phases: one fingerprint, one finding per distinct message.
      expect(new Set(fromCases.map((f) => f.fingerprint)).size).to.equal(1);
      expect(new Set(fromCases.map((f) => JSON.stringify(f.subject?.value))).size).to.be.greaterThan(1);
      expect(new Set(announced.map((f) => f.message)).size).to.equal(announced.length);
      // The pagination scenario's finding names its subject too (it threw a LeniencyFailure with it).
      const scenario = announced.find((f) => f.check === 'invalid page and limit are rejected');
      expect(scenario?.phase).to.equal('semantics');
      expect(scenario?.kind).to.equal('ignored');
      expect([scenario?.subject?.location, scenario?.subject?.name]).to.deep.equal(['query', 'limit']);
      expect(scenario?.subject?.description).to.equal(`query parameter limit set to ${String(scenario?.subject?.value)}`);
      expect(scenario?.fingerprint).to.not.equal(fromCases[0]?.fingerprint);
    } finally {
      await server.close();
    }
  });
});
