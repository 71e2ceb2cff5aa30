/**
 * Protocol fuzzing: malformed params (wrong types, null, missing fields, huge numbers, odd URIs)
 * sent to every request and notification the server registers. After each batch the process must
 * live, publish the diagnostics of a later edit (validation runs from a timer, outside any request)
 * and answer a request exactly as before. Bounded and seeded, so it runs in `npm test`.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { REFUSED_REQUEST } from '../../server/src/lsp/messageGate';
import * as protocol from '../../server/src/lsp/protocol';
import { tempTree } from '../support/cli';
import { uriOf } from '../support/lspClient';
import { frame, RawServer, type RawMessage } from '../support/rawServer';
import { CLEAN_ENGAGEMENT as ENGAGEMENT } from '../support/examples';

const SEED = 20261206;
const RUNS = 120;

/** The requests of the server, by the capability that announces them (plus its own methods). */
const REQUESTS_BY_CAPABILITY: Record<string, string[]> = {
  completionProvider: ['textDocument/completion'],
  hoverProvider: ['textDocument/hover'],
  codeActionProvider: ['textDocument/codeAction'],
  documentSymbolProvider: ['textDocument/documentSymbol'],
  definitionProvider: ['textDocument/definition'],
  referencesProvider: ['textDocument/references'],
  renameProvider: ['textDocument/prepareRename', 'textDocument/rename'],
  codeLensProvider: ['textDocument/codeLens'],
  textDocumentSync: ['textDocument/willSaveWaitUntil'],
};
const OWN_REQUESTS = [
  protocol.EXPLAIN_REQUEST,
  protocol.CLAUSES_REQUEST,
  protocol.INSERT_CLAUSE_REQUEST,
  protocol.COVERAGE_REQUEST,
  protocol.COVERAGE_REPORT_REQUEST,
  protocol.DEBUG_STATS_REQUEST,
  REFUSED_REQUEST,
];
/** `shutdown` and `exit` end the session by design; test/lsp/protocolErrors covers them. */
const REQUESTS = [
  'initialize',
  ...Object.values(REQUESTS_BY_CAPABILITY).flat(),
  ...OWN_REQUESTS,
  'outsourcingPolicy/noSuchRequest',
];
const NOTIFICATIONS = [
  'initialized',
  'textDocument/didOpen',
  'textDocument/didChange',
  'textDocument/didClose',
  'textDocument/didSave',
  'textDocument/willSave',
  'workspace/didChangeConfiguration',
  'workspace/didChangeWatchedFiles',
  '$/cancelRequest',
  '$/setTrace',
  'outsourcingPolicy/noSuchNotification',
];

const root = tempTree({ 'disk.engagement.yaml': ENGAGEMENT });
const PROBE = uriOf(path.join(root, 'probe.engagement.yaml'));
const URIS = [
  uriOf(path.join(root, 'fuzz.engagement.yaml')),
  uriOf(path.join(root, 'disk.engagement.yaml')),
  uriOf(path.join(root, '.outsourcing-policy.yaml')),
  'file://server/share/a.engagement.yaml',
  'file:///%E0%A4%A.engagement.yaml',
  'untitled:Untitled-1',
  'http://example.invalid/a.engagement.yaml',
  'not a uri',
  '',
];

const hugeNumber = fc.constantFrom(-1, -0.5, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308);
const anyValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  hugeNumber,
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);
const uri = maybe(fc.constantFrom(...URIS));
const position = maybe(
  fc.record({ line: maybe(hugeNumber), character: maybe(hugeNumber) }, { requiredKeys: [] }),
);
const range = maybe(fc.record({ start: position, end: position }, { requiredKeys: [] }));
const textDocument = maybe(
  fc.record(
    {
      uri,
      languageId: maybe(fc.constant('yaml')),
      version: maybe(hugeNumber),
      text: maybe(fc.constant(ENGAGEMENT)),
    },
    { requiredKeys: [] },
  ),
);
const paramsRecord = fc.record(
  {
    textDocument,
    position,
    range,
    contentChanges: maybe(fc.array(fc.record({ text: anyValue, range }), { maxLength: 2 })),
    context: maybe(
      fc.record(
        { diagnostics: maybe(fc.array(anyValue, { maxLength: 2 })), only: anyValue },
        { requiredKeys: [] },
      ),
    ),
    changes: maybe(fc.array(fc.record({ uri, type: maybe(hugeNumber) }), { maxLength: 2 })),
    settings: anyValue,
    newName: anyValue,
    topic: anyValue,
    clauseId: anyValue,
    capabilities: anyValue,
    id: anyValue,
    value: anyValue,
  },
  { requiredKeys: [] },
);
/** Params of a wrong type altogether, or a record whose fields are malformed; or no params. */
const params = fc.option(fc.oneof(anyValue, paramsRecord), { nil: undefined });
const message = fc.oneof(
  fc.record({ method: fc.constantFrom(...REQUESTS), params, request: fc.constant(true) }),
  fc.record({ method: fc.constantFrom(...NOTIFICATIONS), params, request: fc.constant(false) }),
);

let server: RawServer | undefined;
let nextId = 1000;
let probeVersion = 1;
let expectedSymbols: unknown;

function send(method: string, params: unknown, id?: number): void {
  const body: RawMessage = { jsonrpc: '2.0', method };
  if (id !== undefined) body.id = id;
  if (params !== undefined) body.params = params;
  server!.write(frame(body));
}

async function request(method: string, params: unknown): Promise<RawMessage> {
  const id = nextId++;
  send(method, params, id);
  return server!.answerTo(id);
}

function symbolsOfProbe(): Promise<RawMessage> {
  return request('textDocument/documentSymbol', { textDocument: { uri: PROBE } });
}

/** Changes the probe document and waits until its diagnostics for that version arrive. */
async function probePublishes(): Promise<void> {
  const version = ++probeVersion;
  send('textDocument/didChange', {
    textDocument: { uri: PROBE, version },
    contentChanges: [{ text: ENGAGEMENT }],
  });
  await server!.waitFor(`diagnostics of the probe v${version}`, () =>
    server!.messages.find((m) => {
      const p = m.params as { uri?: string; version?: number } | undefined;
      return (
        m.method === 'textDocument/publishDiagnostics' && p?.uri === PROBE && p.version === version
      );
    }),
  );
}

/** A fresh server (the first one, or after one died): initialized, with the probe open. */
async function liveServer(): Promise<RawServer> {
  if (server && server.exitCode === null) return server;
  server?.kill();
  server = new RawServer();
  const init = await request('initialize', {
    processId: null,
    rootUri: uriOf(root),
    capabilities: {},
    initializationOptions: { today: '2026-11-27', settings: { validation: { delay: 0 } } },
  });
  send('initialized', {});
  send('textDocument/didOpen', {
    textDocument: { uri: PROBE, languageId: 'yaml', version: probeVersion, text: ENGAGEMENT },
  });
  await probePublishes();
  expectedSymbols ??= (await symbolsOfProbe()).result;
  return init.result ? server : assert.fail('initialize failed');
}

describe('protocol fuzzing', () => {
  after(() => server?.kill());

  test('every capability the server announces is fuzzed', async () => {
    await liveServer();
    const init = server!.messages.find((m) => m.id === 1000)!;
    const capabilities = (init.result as { capabilities: Record<string, unknown> }).capabilities;
    assert.deepEqual(
      Object.keys(capabilities).filter((name) => !(name in REQUESTS_BY_CAPABILITY)),
      [],
    );
    const ownMethods = Object.entries(protocol)
      .filter(([name]) => name.endsWith('_REQUEST'))
      .map(([, method]) => method);
    assert.deepEqual(
      ownMethods.filter((method) => !OWN_REQUESTS.includes(method as string)),
      [],
    );
  });

  test(`malformed params to every method: the server lives and answers (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 3 }), async (batch) => {
        await liveServer();
        for (const { method, params: sent, request: isRequest } of batch) {
          if (isRequest) {
            const answer = await request(method, sent);
            assert.ok('result' in answer || 'error' in answer, JSON.stringify(answer));
          } else send(method, sent);
        }
        await probePublishes();
        const symbols = await symbolsOfProbe();
        assert.deepEqual(symbols.result, expectedSymbols);
        assert.equal(server!.exitCode, null, `the server exited; stderr: ${server!.stderr}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
