/**
 * Section "lsp": our server (dist/server.js) and yaml-language-server driven by the same
 * client: edit -> diagnostics, didOpen on a fresh server, requests while typing elsewhere or
 * while a 2 MB document is validated, start-up with 500 documents, RSS with 500 open documents.
 */
import type { CorpusDocument } from '../generate/corpus';
import { ourServer, yamlLanguageServer } from '../lsp/servers';
import {
  didOpenOnFreshServer,
  editToDiagnostics,
  typedInTheMiddle,
  requestsDuringValidation,
  requestsWhileTyping,
  type WhileTyping,
} from '../lsp/scenarios';
import { memoryWithOpenDocuments, startUpWithWorkspace } from '../lsp/workspaceScenarios';
import type { Peer } from '../peers/install';
import type { TableRow, Verdict } from '../report/markdown';
import type { Summary } from '../stats';
import { attempt, mb, ms, msSummary, notMeasured, valueOf, type Outcome } from './format';

const EDITS = 20;
const OPENS = 5;
const DEFAULT_DELAY = 150;
/** yaml-language-server waits this long before validating (`validationDelayMs`, not a setting). */
const YLS_DEBOUNCE = 200;

const verdict = (ok: boolean | undefined): Verdict =>
  ok === undefined ? 'not measured' : ok ? 'met' : 'missed';

const show = <T>(outcome: Outcome<T>, format: (value: T) => string): string => {
  const value = valueOf(outcome);
  return value === undefined ? notMeasured(outcome) : format(value);
};

const yls = (peer: Peer) => () => yamlLanguageServer(peer);

export async function lspSection(
  documents: readonly CorpusDocument[],
  yamlPeer: Peer,
  parse2k: number | undefined,
): Promise<{ rows: TableRow[]; details: string }> {
  const text = (name: string) => documents.find((d) => d.name === name)!.text;
  const [small, middle, large, huge] = [
    '250-line block',
    '2000-line block',
    '8000-line block',
    '2 MB block',
  ].map(text);
  const peer = yls(yamlPeer);
  const limit = 600_000;

  const edit = await attempt('lsp: edit, ours', limit, () =>
    editToDiagnostics(ourServer(0), middle, EDITS),
  );
  const editPeer = await attempt('lsp: edit, YLS', limit, () =>
    editToDiagnostics(peer(), middle, EDITS),
  );
  const value = await attempt('lsp: typing in a value, ours', limit, () =>
    editToDiagnostics(ourServer(0), middle, EDITS, typedInTheMiddle),
  );
  const valuePeer = await attempt('lsp: typing in a value, YLS', limit, () =>
    editToDiagnostics(peer(), middle, EDITS, typedInTheMiddle),
  );
  const open = await attempt('lsp: didOpen, ours', limit, () =>
    didOpenOnFreshServer(ourServer(DEFAULT_DELAY), small, OPENS),
  );
  const open0 = await attempt('lsp: didOpen, ours, delay 0', limit, () =>
    didOpenOnFreshServer(ourServer(0), small, OPENS),
  );
  const openPeer = await attempt('lsp: didOpen, YLS', limit, () =>
    didOpenOnFreshServer(peer(), small, OPENS),
  );
  const typing = await attempt('lsp: typing, ours', limit, () =>
    requestsWhileTyping(ourServer(DEFAULT_DELAY), large, small, EDITS),
  );
  const typingPeer = await attempt('lsp: typing, YLS', limit, () =>
    requestsWhileTyping(peer(), large, small, EDITS),
  );
  const during = await attempt('lsp: 2 MB, ours', limit, () =>
    requestsDuringValidation(ourServer(DEFAULT_DELAY), huge, small, 3),
  );
  const start = await attempt('lsp: start-up, ours', limit, () =>
    startUpWithWorkspace(ourServer(DEFAULT_DELAY), 500, true),
  );
  const startPeer = await attempt('lsp: start-up, YLS', limit, () =>
    startUpWithWorkspace(peer(), 500, false),
  );
  const memory = await attempt('lsp: memory, ours', 1_200_000, () =>
    memoryWithOpenDocuments(ourServer(DEFAULT_DELAY), 500, 5_000),
  );
  const memoryPeer = await attempt('lsp: memory, YLS', 1_200_000, () =>
    memoryWithOpenDocuments(peer(), 500, 5_000),
  );

  const o = valueOf(open);
  const t = valueOf(typing);
  const d = valueOf(during);
  const s = valueOf(start);
  const m = valueOf(memory);
  const p95 = (x: { hover: Summary; completion: Summary }) =>
    Math.max(x.hover.p95, x.completion.p95);
  const typed = (x: WhileTyping) =>
    `hover ${ms(x.hover.median)} (p95 ${ms(x.hover.p95)}), completion ${ms(x.completion.median)} (p95 ${ms(x.completion.p95)}); ${x.cpuSeconds.toFixed(2)} CPU s, ${x.publications} publications`;
  const rows: TableRow[] = [
    editRow(
      `edit -> diagnostics (a comment line), ${middle.split('\n').length - 1}-line engagement, debounce 0`,
      edit,
      editPeer,
      parse2k,
    ),
    editRow(
      `typing in a value -> diagnostics, ${middle.split('\n').length - 1}-line engagement, debounce 0`,
      value,
      valuePeer,
      parse2k,
    ),
    {
      what: `didOpen -> first diagnostics, fresh server, ${small.split('\n').length - 1}-line engagement`,
      ours: `${show(open, msSummary)}; at delay 0: ${show(open0, msSummary)}`,
      peer: `YLS ${show(openPeer, msSummary)}`,
      ratio:
        o && valueOf(openPeer)
          ? `${(o.median / valueOf(openPeer)!.median).toFixed(2)}x YLS's time`
          : '',
      target: '<= 150 ms (default settings)',
      verdict: verdict(o ? o.median <= 150 : undefined),
    },
    {
      what: `hover and completion on a small document while typing in the ${large.split('\n').length - 1}-line one (${EDITS} keystrokes)`,
      ours: show(typing, typed),
      peer: `YLS ${show(typingPeer, typed)}`,
      ratio:
        t && valueOf(typingPeer)
          ? `hover p95 ${(t.hover.p95 / valueOf(typingPeer)!.hover.p95).toFixed(1)}x YLS's`
          : '',
      target: 'p95 <= 20 ms',
      verdict: verdict(t ? p95(t) <= 20 : undefined),
    },
    {
      what: 'hover and completion on a small document while a 2 MB document is validated (3 changes)',
      ours: show(
        during,
        (x) =>
          `hover ${msSummary(x.hover)}, max ${ms(x.hover.max)}; completion ${msSummary(x.completion)}, max ${ms(x.completion.max)}`,
      ),
      peer: 'YLS not measured (not part of the comparison)',
      ratio: '',
      target: 'p95 <= 20 ms',
      verdict: verdict(d ? p95(d) <= 20 : undefined),
    },
    {
      what: 'start with 500 documents in the workspace: first request answered / all diagnosed (from process start)',
      ours: show(
        start,
        (x) =>
          `${ms(x.answersMs)} / ${x.allDiagnosedMs === undefined ? '?' : ms(x.allDiagnosedMs)}`,
      ),
      peer: `YLS ${show(startPeer, (x) => `${ms(x.answersMs)} (it does not read the workspace)`)}`,
      ratio: '',
      target: 'answers <= 1 s, all diagnosed <= 3 s',
      verdict: verdict(
        s ? s.answersMs <= 1000 && (s.allDiagnosedMs ?? Infinity) <= 3000 : undefined,
      ),
    },
    {
      what: 'RSS, 500 open documents / after 5,000 open-close cycles',
      ours: show(memory, (x) => `${mb(x.openMb)} / ${mb(x.afterCyclesMb)} (peak ${mb(x.peakMb)})`),
      peer: `YLS ${show(memoryPeer, (x) => `${mb(x.openMb)} / ${mb(x.afterCyclesMb)} (peak ${mb(x.peakMb)})`)}`,
      ratio:
        m && valueOf(memoryPeer)
          ? `${(m.openMb / valueOf(memoryPeer)!.openMb).toFixed(2)}x YLS's`
          : '',
      target: '<= 250 MB; no growth (we allow 10 %)',
      verdict: verdict(m ? m.openMb <= 250 && m.afterCyclesMb <= m.openMb * 1.1 : undefined),
    },
  ];
  const details = [
    '### LSP',
    '',
    `- Both servers are driven by the same client (\`bench/lsp/driver.ts\`) over stdio. yaml-language-server ${yamlPeer.version} gets this project's schemas through \`yaml.schemas\` (\`*.engagement.yaml\`, \`*.dca.yaml\`); it has a fixed debounce of ${YLS_DEBOUNCE} ms (\`validationDelayMs\` in its \`yamlSettings.js\`, not a setting), included in its didOpen and typing numbers and subtracted where the table says so. Ours runs with \`outsourcingPolicy.validation.delay\` 0 for edit -> diagnostics and the default ${DEFAULT_DELAY} ms elsewhere.`,
    `- edit -> diagnostics: ${EDITS} edits after 2 warm-up edits, each a comment line inserted before the top-level key nearest the middle, the next sent when the diagnostics arrived; typing in a value: the same, each edit one more character at the end of the plain scalar value nearest the middle (\`bench/lsp/scenarios.ts\` \`typedInTheMiddle\`), so the section around it is parsed again. didOpen: ${OPENS} fresh servers each, time from didOpen to the first publication. Typing: ${EDITS} keystrokes, each followed by a hover and a completion on the small document, answers timed; CPU seconds from /proc/<pid>/stat. 2 MB: 3 changes of the 2 MB document, hover and completion asked for again and again until its diagnostics arrive.`,
    '- Start-up: a workspace of 500 generated documents (250 engagement + DCA pairs) on disk; the time from spawning the process to the answer of a hover on one of them, and until every one of them had diagnostics. Memory: 500 documents opened (not on disk), RSS (VmRSS from /proc) when all are diagnosed and the server was quiet for 2 s, then 5,000 cycles of closing and re-opening one document after the other (every 100th waits for its diagnostics), RSS again when quiet for 2 s; the peak is VmHWM. RSS includes garbage V8 has not collected yet, so growth may be garbage rather than a leak.',
  ].join('\n');
  return { rows, details };
}

/** A row of the edit -> diagnostics kind: ours against YLS (its debounce excluded) and the bare parse. */
function editRow(
  what: string,
  ours: Outcome<Summary>,
  yls: Outcome<Summary>,
  parse2k: number | undefined,
): TableRow {
  const e = valueOf(ours);
  const ep = valueOf(yls);
  return {
    what,
    ours: show(ours, msSummary),
    peer: `YLS ${show(yls, msSummary)}; without its ${YLS_DEBOUNCE} ms debounce ${ep ? ms(ep.median - YLS_DEBOUNCE) : '?'}`,
    ratio:
      e && ep
        ? `${((ep.median - YLS_DEBOUNCE) / e.median).toFixed(2)}x faster (debounce excluded)`
        : '',
    target: `<= 15 ms, >= 3x faster than YLS, < one bare parse (${parse2k === undefined ? '?' : ms(parse2k)})`,
    verdict: verdict(
      e && ep && parse2k !== undefined
        ? e.median <= 15 && (ep.median - YLS_DEBOUNCE) / e.median >= 3 && e.median < parse2k
        : undefined,
    ),
  };
}
