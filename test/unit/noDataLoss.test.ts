/**
 * No data loss in edits: for many broken variants of the clean examples, every quick-fix
 * offered for every finding (and fix-all) must leave YAML that parses, keep every comment and
 * every key/value pair (except at the fixed path) and add no error; renaming a contact id must
 * do the same and move every reference along.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  isMap,
  isScalar,
  isSeq,
  Lexer,
  parseAllDocuments,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import {
  buildWorkspaceIndex,
  defaultOptions,
  LineIndex,
  parsePolicyFile,
  validateFiles,
  type DataPath,
  type Finding,
  type FileResult,
  type PolicyFile,
} from '../../server/src/core';
import { documentAt, type FeatureContext } from '../../server/src/core/features/context';
import { locate, pathAtOffset } from '../../server/src/core/locate';
import { codeActions, fixAll, toActionable } from '../../server/src/core/features/codeActions';
import { rename } from '../../server/src/core/features/navigation';
import { forEachRef } from '../../server/src/core/rules/references/forEachRef';
import { schemaForKind } from '../../server/src/core/schema';
import {
  DURATION_PATTERN,
  ID_PATTERN,
  type RefKind,
  type SchemaNode,
} from '../../server/src/core/schema/dsl';
import { definitionPaths } from '../../server/src/core/domain/references';
import { valueAt } from '../../server/src/core/data';
import { formatPath, schemaAt } from '../../server/src/core/schema/lookup';
import { TODAY } from '../support/harness';

const EXAMPLES_DIR = join(__dirname, '../../../examples');
const OPTIONS = defaultOptions(TODAY);
const SEED = 20261127;

/**
 * `NO_DATA_LOSS_RUNS=10` multiplies the number of generated cases (for a longer fuzz run);
 * `NO_DATA_LOSS_REPORT=1` lists every problem of every case instead of the first failing case.
 */
const RUNS_FACTOR = Number(process.env.NO_DATA_LOSS_RUNS ?? 1) || 1;
const REPORT_ALL = process.env.NO_DATA_LOSS_REPORT === '1';

function runs(count: number): number {
  return Math.round(count * RUNS_FACTOR);
}

interface Source {
  uri: string;
  text: string;
}

function examples(folder: string): Source[] {
  const dir = join(EXAMPLES_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      uri: `file:///${folder}/${name}`,
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

const CLEAN = examples('clean');

const ENGAGEMENT = CLEAN.find((source) => source.uri.endsWith('.engagement.yaml'))!;
const DCA = CLEAN.find((source) => source.uri.endsWith('.dca.yaml'))!;

/**
 * Errors a fix may leave behind although the document did not have them before, with the reason
 * why no safe placeholder exists. Keep this list short: prefer fixing the placeholder.
 */
const ALLOWED_NEW_ERRORS: readonly { ruleId: string; reason: string }[] = [];

// ---- the workspace: one broken file among the clean ones -----------------------------------

const cleanFiles = new Map(CLEAN.map((source) => [source.uri, parse(source)]));

function parse(source: Source): PolicyFile {
  return parsePolicyFile(source.uri, source.text, OPTIONS);
}

/** Parses (the clean files only once) and validates the files together. */
function checkAll(sources: readonly Source[]): FileResult[] {
  const files = sources.map((source) => {
    const clean = cleanFiles.get(source.uri);
    return clean?.text === source.text ? clean : parse(source);
  });
  return validateFiles(files, OPTIONS);
}

/** The clean examples with `broken` in place of the file of the same uri. */
function workspaceWith(broken: Source): Source[] {
  return CLEAN.map((source) => (source.uri === broken.uri ? broken : source));
}

function contextOf(results: readonly FileResult[], uri: string): FeatureContext {
  const file = results.find((result) => result.file.uri === uri)!.file;
  const index = buildWorkspaceIndex(results.map((result) => result.file));
  return { file, index, options: OPTIONS };
}

/** Applies LSP text edits, all relative to the original text, to `text`. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  return spans.reduce((out, s) => out.slice(0, s.start) + s.newText + out.slice(s.end), text);
}

function applyWorkspaceEdit(sources: readonly Source[], edit: WorkspaceEdit): Source[] {
  return sources.map((source) => {
    const edits = edit.changes?.[source.uri];
    return edits ? { uri: source.uri, text: applyEdits(source.text, edits) } : source;
  });
}

// ---- what must survive an edit ---------------------------------------------------------------

function countsOf(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Items of `before` that `after` has fewer of (as a multiset difference). */
function lostItems(before: readonly string[], after: readonly string[]): string[] {
  const remaining = countsOf(after);
  return [...countsOf(before)].flatMap(([item, count]) =>
    (remaining.get(item) ?? 0) < count ? [item] : [],
  );
}

function commentLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trimStart().startsWith('#'));
}

/** Every comment, whole-line or after a value, as the YAML lexer reads it. */
function commentTokens(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}

function yamlErrors(file: PolicyFile): string[] {
  return file.documents.flatMap((doc) => doc.yaml.errors.map((error) => error.message));
}

/** `path=value` for every leaf of the data (empty collections count as leaves). */
function flatten(value: unknown, path: DataPath, out: [DataPath, string][]): void {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  if (entries.length === 0) out.push([path, JSON.stringify(value)]);
  for (const [segment, child] of entries) flatten(child, [...path, segment], out);
}

/** The key/value pairs of every document, paths prefixed with the document's index. */
function keyValuePairs(file: PolicyFile): [DataPath, string][] {
  const out: [DataPath, string][] = [];
  file.documents.forEach((doc, i) => flatten(doc.value, [i], out));
  return out;
}

const pairText = ([path, value]: [DataPath, string]) => `${formatPath(path)}=${value}`;

function isUnder(path: DataPath, prefix: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

const fileName = (uri: string) => uri.replace(/^.*\//, '');

function findingKey(uri: string, finding: Finding): string {
  return `${fileName(uri)} ${finding.ruleId} ${formatPath(finding.path ?? [])}`;
}

function errorKeys(results: readonly FileResult[]): string[] {
  return results.flatMap((result) =>
    result.findings
      .filter((finding) => finding.severity === 'error')
      .filter((finding) => !ALLOWED_NEW_ERRORS.some((allowed) => allowed.ruleId === finding.ruleId))
      .map((finding) => findingKey(result.file.uri, finding)),
  );
}

/** What has to survive an edit of a file, worked out once per parsed file. */
interface Survivors {
  commentLines: string[];
  comments: string[];
  pairs: [DataPath, string][];
}

const survivorsOfFile = new WeakMap<PolicyFile, Survivors>();

function survivorsOf(file: PolicyFile): Survivors {
  let survivors = survivorsOfFile.get(file);
  if (!survivors) {
    const { text } = file;
    survivors = {
      commentLines: commentLines(text),
      comments: commentTokens(text),
      pairs: keyValuePairs(file),
    };
    survivorsOfFile.set(file, survivors);
  }
  return survivors;
}

/** Key/value pairs of `before` that are gone in `after`, except under the fixed paths. */
function lostPairs(before: Survivors, after: Survivors, fixedPaths: readonly DataPath[]) {
  const kept = before.pairs.filter(
    ([path]) => !fixedPaths.some((fixed) => isUnder(path.slice(1), fixed)),
  );
  return lostItems(kept.map(pairText), after.pairs.map(pairText));
}

/** Problems of one file after an edit: YAML errors, lost comments, lost key/value pairs. */
function fileProblems(before: PolicyFile, after: PolicyFile, fixedPaths: readonly DataPath[]) {
  if (before.text === after.text) return [];
  const problems = yamlErrors(after).map((error) => `YAML error: ${error}`);
  const [old, now] = [survivorsOf(before), survivorsOf(after)];
  for (const line of lostItems(old.commentLines, now.commentLines))
    problems.push(`comment line lost: ${line.trim()}`);
  for (const token of lostItems(old.comments, now.comments))
    problems.push(`comment lost: ${token}`);
  if (problems.length === 0)
    for (const pair of lostPairs(old, now, fixedPaths)) problems.push(`lost: ${pair}`);
  return problems.map((problem) => `${fileName(after.uri)}: ${problem}`);
}

/** Everything that went wrong in one edit, as readable lines (empty when the edit is sound). */
function problemsOf(
  before: readonly FileResult[],
  after: readonly FileResult[],
  fixedPaths: readonly DataPath[],
): string[] {
  const problems = after.flatMap((result, i) =>
    fileProblems(before[i].file, result.file, fixedPaths),
  );
  for (const error of lostItems(errorKeys(after), errorKeys(before)))
    problems.push(`new error: ${error}`);
  return problems;
}

// ---- applying every fix -------------------------------------------------------------------

/** The path a finding is about: its own, or the one its span lies on (header findings). */
function pathOf(file: PolicyFile, finding: Finding): DataPath {
  if (finding.path) return finding.path;
  const doc = documentAt(file, finding.start);
  return doc ? pathAtOffset(doc.yaml, finding.start).path : [];
}

function actionsFor(ctx: FeatureContext, finding: Finding): CodeAction[] {
  return codeActions(ctx, { start: finding.start, end: finding.end }, [toActionable(finding)]);
}

/** The fixed error itself has to be gone (or there be one fewer of its kind at its path). */
function stillThere(before: readonly FileResult[], after: readonly FileResult[], key: string) {
  const count = (results: readonly FileResult[]) =>
    errorKeys(results).filter((k) => k === key).length;
  return count(after) >= count(before) ? [`the fixed error is still there: ${key}`] : [];
}

/** Applies every action of every finding, and fix-all, in turn; returns what went wrong. */
function problemsOfFixes(name: string, sources: readonly Source[]): string[] {
  const before = checkAll(sources);
  if (before.some((result) => yamlErrors(result.file).length > 0)) return [];
  const checked = new Map<string, FileResult[]>();
  const checkEdited = (edit: WorkspaceEdit) => {
    const edited = applyWorkspaceEdit(sources, edit);
    const key = edited.map((source) => source.text).join('\u0000');
    const results = checked.get(key) ?? checkAll(edited);
    checked.set(key, results);
    return results;
  };
  const problems: string[] = [];
  const report = (title: string, found: string[]) =>
    problems.push(...found.map((problem) => `${name} | ${title} | ${problem}`));
  for (const result of before) {
    const ctx = contextOf(before, result.file.uri);
    for (const finding of result.findings) {
      const key = findingKey(result.file.uri, finding);
      for (const action of actionsFor(ctx, finding)) {
        const after = checkEdited(action.edit!);
        const found = problemsOf(before, after, [pathOf(result.file, finding)]);
        if (finding.severity === 'error') found.push(...stillThere(before, after, key));
        report(`${key} -> ${action.title}`, found);
      }
    }
    const all = fixAll(ctx, result.findings);
    if (!all) continue;
    const after = checkEdited(all.edit!);
    const fixedPaths = result.findings.map((finding) => pathOf(result.file, finding));
    report(`fix-all ${fileName(result.file.uri)}`, problemsOf(before, after, fixedPaths));
  }
  return problems;
}

function assertNoProblems(problems: readonly string[]): void {
  const shown = problems.slice(0, REPORT_ALL ? Infinity : 60).join('\n');
  assert.equal(problems.length, 0, `${problems.length} problems:\n${shown}`);
}

// ---- broken documents ---------------------------------------------------------------------

interface Broken {
  name: string;
  source: Source;
}

/** A broken document that fast-check prints by its name, not by its whole text. */
function brokenCase(name: string, source: Source): Broken {
  return { name, source, [fc.toStringMethod]: () => name } as Broken;
}

function replaceSpan(source: Source, start: number, end: number, newText: string): Source {
  return { uri: source.uri, text: source.text.slice(0, start) + newText + source.text.slice(end) };
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break of the line that holds `offset`. */
function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

function lastContentBefore(text: string, end: number): number {
  let i = end - 1;
  while (i > 0 && /\s/.test(text[i])) i--;
  return i;
}

/** Where a pair's text ends: after its value, or after its key when the value is empty. */
function pairEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  const key = pair.key as Node;
  return value?.range ? value.range[1] : key.range![1];
}

/** The span that removes pair `i` of `map` and leaves valid YAML, or undefined. */
function removalSpan(text: string, map: YAMLMap, i: number): [number, number] | undefined {
  const keyStart = (map.items[i].key as Node).range![0];
  const next = map.items[i + 1]?.key as Node | undefined;
  if (map.flow) {
    if (next) return [keyStart, next.range![0]];
    const previous = map.items[i - 1];
    return previous
      ? [pairEnd(previous), pairEnd(map.items[i])]
      : [keyStart, pairEnd(map.items[i])];
  }
  const end = nextLineStart(text, lastContentBefore(text, pairEnd(map.items[i])));
  if (next) {
    const contentAfter = end + (/^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0);
    return [keyStart, Math.min(contentAfter, next.range![0])];
  }
  const lineStart = lineStartAt(text, keyStart);
  if (text.slice(lineStart, keyStart).trim() !== '') return undefined; // the only key of `- key:`
  return [lineStart, end];
}

/** Every mapping of the document with its data path. */
function mapsOf(node: unknown, path: DataPath, out: [YAMLMap, DataPath][]): [YAMLMap, DataPath][] {
  if (isMap(node)) {
    out.push([node, path]);
    for (const pair of node.items) mapsOf(pair.value, [...path, keyOf(pair)], out);
  } else if (isSeq(node)) node.items.forEach((item, i) => mapsOf(item, [...path, i], out));
  return out;
}

function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/** (a) Each key of each mapping removed in turn. */
function removals(source: Source): Broken[] {
  return parseAllDocuments(source.text).flatMap((doc) =>
    mapsOf(doc.contents, [], []).flatMap(([map, path]) =>
      map.items.flatMap((pair, i) => {
        const span = removalSpan(source.text, map, i);
        if (!span) return [];
        const name = `${fileName(source.uri)} without ${formatPath([...path, keyOf(pair)])}`;
        return [brokenCase(name, replaceSpan(source, span[0], span[1], ''))];
      }),
    ),
  );
}

/** A scalar of a document with its data path and its schema node. */
interface ScalarSite {
  path: DataPath;
  start: number;
  end: number;
  value: unknown;
  quoted: boolean;
  schema: SchemaNode | undefined;
  keyStart: number | undefined;
  keyEnd: number | undefined;
}

function visitScalars(
  node: unknown,
  path: DataPath,
  key: Node | undefined,
  visit: (scalar: Scalar, path: DataPath, key: Node | undefined) => void,
): void {
  if (isMap(node))
    for (const pair of node.items)
      visitScalars(pair.value, [...path, keyOf(pair)], pair.key as Node, visit);
  else if (isSeq(node))
    node.items.forEach((item, i) => visitScalars(item, [...path, i], undefined, visit));
  else if (isScalar(node)) visit(node, path, key);
}

function scalarSites(source: Source): ScalarSite[] {
  const sites: ScalarSite[] = [];
  for (const doc of parseAllDocuments(source.text)) {
    const kind = doc.get('kind');
    const root =
      kind === 'Engagement' || kind === 'DataConnectionAgreement' ? schemaForKind(kind) : undefined;
    visitScalars(doc.contents, [], undefined, (node, path, key) =>
      sites.push({
        path,
        start: node.range![0],
        end: node.range![1],
        value: node.value,
        quoted: node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE',
        schema: root && schemaAt(root, path),
        keyStart: key?.range?.[0],
        keyEnd: key?.range?.[1],
      }),
    );
  }
  return sites;
}

const PLAIN_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** `value` as a YAML scalar that reads back as that string. */
function asYamlString(value: string): string {
  const plain = PLAIN_ID.test(value) && parseAllDocuments(value)[0].toJS() === value;
  return plain ? value : JSON.stringify(value);
}

function allSites(): { source: Source; site: ScalarSite }[] {
  return CLEAN.flatMap((source) => scalarSites(source).map((site) => ({ source, site })));
}

/** A spot to write a typo into: an enum value, a ref, or a key of a known mapping. */
interface TypoTarget {
  source: Source;
  start: number;
  end: number;
  word: string;
  where: string;
}

function typoTargets(): TypoTarget[] {
  return allSites().flatMap(({ source, site }) => {
    const targets: TypoTarget[] = [];
    const typed = site.schema?.enum || site.schema?.['x-ref'];
    const where = `${fileName(source.uri)} ${formatPath(site.path)}`;
    if (typed && typeof site.value === 'string')
      targets.push({ source, start: site.start, end: site.end, word: site.value, where });
    const key = site.path[site.path.length - 1];
    if (typeof key === 'string' && site.keyStart !== undefined && site.keyEnd !== undefined)
      targets.push({ source, start: site.keyStart, end: site.keyEnd, word: key, where });
    return targets;
  });
}

type TypoKind = 'drop' | 'swap' | 'double' | 'replace' | 'case';

function withTypo(word: string, kind: TypoKind, at: number, letter: string): string {
  const i = at % word.length;
  switch (kind) {
    case 'drop':
      return word.slice(0, i) + word.slice(i + 1);
    case 'swap':
      return i + 1 < word.length
        ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
        : word;
    case 'double':
      return word.slice(0, i + 1) + word.slice(i);
    case 'replace':
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 'case':
      return word === word.toUpperCase() ? word.toLowerCase() : word.toUpperCase();
  }
}

const typoArbitrary = (targets: readonly TypoTarget[]) =>
  fc
    .record({
      target: fc.constantFrom(...targets),
      kind: fc.constantFrom<TypoKind>('drop', 'swap', 'double', 'replace', 'case'),
      at: fc.nat(),
      letter: fc.constantFrom(...'aeiklmnorstxyz-'),
    })
    .map(({ target, kind, at, letter }): Broken => {
      const typo = withTypo(target.word, kind, at, letter);
      const text = asYamlString(typo === '' ? 'x' : typo);
      const name = `${target.where}: typo ${target.word} -> ${text}`;
      return brokenCase(name, replaceSpan(target.source, target.start, target.end, text));
    });

/** (c) Every quoted value written without quotes (a version "1.0" becomes a number). */
function unquoted(): Broken[] {
  return allSites()
    .filter(({ site }) => site.quoted && typeof site.value === 'string')
    .map(({ source, site }) => {
      const name = `${fileName(source.uri)} ${formatPath(site.path)} unquoted`;
      return brokenCase(name, replaceSpan(source, site.start, site.end, String(site.value)));
    });
}

/** (c) A text value written as a number, a boolean or null. */
function literalArbitrary(): fc.Arbitrary<Broken> {
  const texts = allSites().filter(
    ({ site }) => typeof site.value === 'string' && !site.schema?.enum,
  );
  return fc
    .record({
      target: fc.constantFrom(...texts),
      literal: fc.constantFrom(
        '42',
        '3.5',
        '2025',
        '1e3',
        '0x1F',
        'true',
        'false',
        'null',
        '~',
        '',
      ),
    })
    .map(({ target: { source, site }, literal: text }): Broken => {
      const name = `${fileName(source.uri)} ${formatPath(site.path)}: ${text}`;
      return brokenCase(name, replaceSpan(source, site.start, site.end, text));
    });
}

const UNIT_SPELLINGS: Record<string, readonly string[]> = {
  Y: ['y', 'yr', ' year', ' years'],
  M: ['mo', ' month', ' months'],
  W: ['w', ' weeks'],
  D: ['d', ' days', ' day'],
  TH: ['h', 'hrs', ' hours'],
  TM: ['min', 'm', ' minutes'],
  TS: ['s', ' seconds'],
};

/** Common ways people write an ISO duration or date that the format does not accept. */
function misspellings(value: string): string[] {
  const single = /^P(T?)(\d+)([YMWDHS])$/.exec(value);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) return [`${date[3]}.${date[2]}.${date[1]}`, `${date[1]}/${date[2]}/${date[3]}`];
  const spelled = single
    ? (UNIT_SPELLINGS[single[1] + single[3]] ?? []).map((unit) => `${single[2]}${unit}`)
    : [];
  return [...spelled, value.toLowerCase(), `${value} approx`, 'soon'];
}

/** (d) Durations (and dates) in spellings the format does not accept. */
function spellingArbitrary(): fc.Arbitrary<Broken> {
  const sites = allSites().filter(
    ({ site }) =>
      typeof site.value === 'string' &&
      (site.schema?.pattern === DURATION_PATTERN || site.schema?.format === 'date'),
  );
  return fc
    .record({ target: fc.constantFrom(...sites), pick: fc.nat() })
    .map(({ target: { source, site }, pick }): Broken => {
      const options = misspellings(String(site.value));
      const text = asYamlString(options[pick % options.length]);
      const name = `${fileName(source.uri)} ${formatPath(site.path)}: ${text}`;
      return brokenCase(name, replaceSpan(source, site.start, site.end, text));
    });
}

/** (e) The header lines removed or wrong. */
function headerBreaks(source: Source): Broken[] {
  const drop = (pattern: RegExp) => source.text.replace(pattern, '');
  const variants: [string, string][] = [
    ['no apiVersion', drop(/^apiVersion:.*\r?\n/m)],
    ['no kind', drop(/^kind:.*\r?\n/m)],
    ['no header', drop(/^apiVersion:.*\r?\n/m).replace(/^kind:.*\r?\n/m, '')],
    [
      'wrong apiVersion',
      source.text.replace(/^apiVersion: .*$/m, 'apiVersion: outsourcing-policy/v2'),
    ],
    ['kind misspelt', source.text.replace(/^kind:/m, 'kin-:')],
    ['apiVersion misspelt', source.text.replace(/^apiVersion:/m, 'apiVersio:')],
    [
      'unknown kind',
      source.text.replace(/^kind: (\w+)$/m, (_, kind: string) => `kind: ${kind.slice(0, -1)}`),
    ],
  ];
  return variants.map(([name, text]) =>
    brokenCase(`${fileName(source.uri)} ${name}`, { uri: source.uri, text }),
  );
}

function problemsOfAll(cases: readonly Broken[]): string[] {
  return cases.flatMap((broken) => problemsOfFixes(broken.name, workspaceWith(broken.source)));
}

function assertProperty(arbitrary: fc.Arbitrary<Broken>, count: number): void {
  const numRuns = runs(count);
  if (REPORT_ALL) {
    const cases = fc.sample(arbitrary, { seed: SEED, numRuns });
    assertNoProblems(problemsOfAll(cases));
    return;
  }
  fc.assert(
    fc.property(arbitrary, (broken) =>
      assertNoProblems(problemsOfFixes(broken.name, workspaceWith(broken.source))),
    ),
    { seed: SEED, numRuns, endOnFailure: true },
  );
}

describe('quick-fixes lose no data and add no errors', () => {
  test('(a) every key of the clean examples removed in turn', () => {
    const cases = CLEAN.flatMap(removals);
    assert.ok(cases.length > 500, `only ${cases.length} removals`);
    assertNoProblems(problemsOfAll(cases));
  });

  test('(b) typos in enum values, refs and keys', () => {
    assertProperty(typoArbitrary(typoTargets()), 120);
  });

  test('(c) quoted values written without quotes', () => {
    const cases = unquoted();
    assert.ok(cases.length >= 15, `only ${cases.length} quoted values`);
    assertNoProblems(problemsOfAll(cases));
  });

  test('(c) text values written as numbers, booleans or null', () => {
    assertProperty(literalArbitrary(), 120);
  });

  test('(d) durations and dates in the wrong spelling', () => {
    assertProperty(spellingArbitrary(), 120);
  });

  test('the broken examples as they are', () => {
    const broken = examples('broken');
    assert.ok(broken.length >= 4);
    assertNoProblems(problemsOfFixes('examples/broken', broken));
  });

  test('(e) the header removed or wrong', () => {
    assertNoProblems(problemsOfAll(CLEAN.flatMap(headerBreaks)));
  });
});

// ---- the placeholders and replacements that used to add errors -----------------------------

function edited(source: Source, from: string | RegExp, to: string): Source {
  const text = source.text.replace(from, to);
  assert.notEqual(text, source.text, `nothing to replace: ${String(from)}`);
  return { uri: source.uri, text };
}

/** The actions offered for the finding of `ruleId` at `path` after `broken` replaced its clean file. */
function offered(broken: Source, ruleId: string, path: string): CodeAction[] {
  const results = checkAll(workspaceWith(broken));
  const result = results.find((r) => r.file.uri === broken.uri)!;
  const finding = result.findings.find(
    (f) => f.ruleId === ruleId && formatPath(f.path ?? []) === path,
  );
  assert.ok(finding, `no ${ruleId} at ${path}`);
  return actionsFor(contextOf(results, broken.uri), finding);
}

function titles(actions: readonly CodeAction[]): string[] {
  return actions.map((action) => action.title);
}

function insertedText(action: CodeAction): string {
  return Object.values(action.edit!.changes!)
    .flat()
    .map((edit) => edit.newText)
    .join('');
}

describe('placeholders and corrections that keep the rules satisfied', () => {
  test("a provider's recovery time is the customer's requirement", () => {
    const broken = edited(ENGAGEMENT, '    rto: PT4H\n', '');
    const actions = offered(
      broken,
      'schema/required',
      'emergencyPreparedness.providerCapability.rto',
    );
    assert.deepEqual(titles(actions), ['Add rto: PT8H']);
  });

  test('a flag a rule demands to be true is set to true, for the user to confirm', () => {
    const broken = edited(ENGAGEMENT, '  defaultPasswordsChanged: true\n', '');
    const path = 'accessControl.defaultPasswordsChanged';
    assert.deepEqual(titles(offered(broken, 'schema/required', path)), [
      'Add defaultPasswordsChanged: true (confirm this is really the case)',
    ]);
    const agreement = edited(DCA, '  inNetwork: true\n', '');
    assert.equal(
      titles(offered(agreement, 'schema/required', 'encryption.inNetwork'))[0],
      'Add inNetwork: true (confirm this is really the case)',
    );
  });

  test('a new contract has the keys the status and the tenancy need', () => {
    const broken = edited(ENGAGEMENT, /^contract:\n[\s\S]*?\n(?=\n# M3)/m, '');
    const [placeholders, clause] = offered(broken, 'schema/required', 'contract');
    assert.equal(
      placeholders.title,
      'Add contract with placeholders (confirm the values set to true)',
    );
    assert.equal(clause, undefined);
    const text = insertedText(placeholders);
    assert.match(text, /\n {2}signedOn: 2026-11-27$/);
    assert.match(text, /\n {2}clientCapability:\n {4}clientConceptRef: CC-ERP-01\n/);
    assert.match(
      text,
      /\n {4}permitted: true\n {4}conditions: to be defined\n {4}flowDownAllRequirements: true\n/,
    );
  });

  test('ids: the one another field names, or a fresh one nothing refers to', () => {
    const concept = edited(ENGAGEMENT, 'clientConcept:\n  id: CC-ERP-01\n', 'clientConcept:\n');
    assert.deepEqual(titles(offered(concept, 'schema/required', 'clientConcept.id')), [
      'Add id: CC-ERP-01',
    ]);
    const taken = edited(
      ENGAGEMENT,
      'metadata:\n  id: ENG-2025-004',
      'metadata:\n  id: to-be-defined',
    );
    const broken = edited(taken, 'securityConcept:\n  id: SK-ERP-SWM\n', 'securityConcept:\n');
    assert.deepEqual(titles(offered(broken, 'schema/required', 'securityConcept.id')), [
      'Add id: to-be-defined-2',
    ]);
  });

  test("an agreement's protection needs are those of its engagement", () => {
    const broken = edited(DCA, /^ {2}integrity: high\n/m, '');
    assert.deepEqual(titles(offered(broken, 'schema/required', 'protectionNeeds.integrity')), [
      'Add integrity: high',
    ]);
  });

  test('a deputy is not corrected to, or filled in as, the primary', () => {
    const typo = edited(ENGAGEMENT, 'deputy: nl-service-deputy', 'deputy: nl-service-leadd');
    assert.deepEqual(offered(typo, 'reference/unresolved', 'staff.substitutes[0].deputy'), []);
    const missing = edited(ENGAGEMENT, '      deputy: nl-dpo\n', '');
    assert.deepEqual(titles(offered(missing, 'schema/required', 'staff.substitutes[1].deputy')), [
      'Add deputy: swm-isb',
    ]);
  });

  test('a number is not quoted where a reference or a date belongs', () => {
    const reference = edited(ENGAGEMENT, 'owner: swm', 'owner: 2025');
    assert.deepEqual(
      offered(reference, 'schema/type', 'contract.infrastructure.ownership[1].owner'),
      [],
    );
    const date = edited(ENGAGEMENT, 'signedOn: 2025-05-20', 'signedOn: 2025');
    assert.deepEqual(offered(date, 'schema/type', 'contract.signedOn'), []);
  });

  test("a clause's example ids become ids the engagement defines", () => {
    const broken = edited(ENGAGEMENT, /^emergencyPreparedness:\n[\s\S]*?\n(?=\n# M15)/m, '');
    const clause = offered(broken, 'schema/required', 'emergencyPreparedness').find((action) =>
      action.title.startsWith('Insert'),
    );
    assert.ok(clause);
    assert.match(insertedText(clause), /\n {2}responsibilities: \[nl-isb, swm-isb\]\n/);
  });
});

// ---- rename --------------------------------------------------------------------------------

const ID_KINDS: readonly RefKind[] = [
  'party',
  'contact',
  'dependency',
  'partner',
  'classification',
  'engagement',
  'dca',
];

/** A place to start a rename from: where an id is defined, or a reference to a contact. */
interface IdSite {
  kind: RefKind;
  id: string;
  uri: string;
  offset: number;
}

/** The definition sites of every id, and the first reference to each contact in each file. */
function idSites(): IdSite[] {
  return [...cleanFiles.values()].flatMap((file) =>
    file.documents.flatMap((doc) => {
      const site = (kind: RefKind, path: DataPath): IdSite[] => {
        const range = locate(doc.yaml, path).value?.range;
        const id = valueAt(doc.value, path);
        return range ? [{ kind, id: String(id), uri: file.uri, offset: range[0] + 1 }] : [];
      };
      const definitions = ID_KINDS.flatMap((kind) =>
        definitionPaths(doc.kind!, doc.value, kind)
          .map((path) => site(kind, path))
          .flat(),
      );
      const references: IdSite[] = [];
      forEachRef(schemaForKind(doc.kind!), doc.value, (ref) => {
        if (ref.kind === 'contact' && !references.some((known) => known.id === ref.value))
          references.push(...site('contact', ref.path));
      });
      return [...definitions, ...references];
    }),
  );
}

/** The data paths of `oldId` as an id of `kind` (defined or named), per file. */
function pathsOfId(kind: RefKind, oldId: string): Map<string, DataPath[]> {
  const found = new Map<string, DataPath[]>();
  for (const file of cleanFiles.values()) {
    const paths: DataPath[] = [];
    file.documents.forEach((doc, i) => {
      forEachRef(schemaForKind(doc.kind!), doc.value, (ref) => {
        if (ref.kind === kind && ref.value === oldId) paths.push([i, ...ref.path]);
      });
      for (const path of definitionPaths(doc.kind!, doc.value, kind))
        if (valueAt(doc.value, path) === oldId) paths.push([i, ...path]);
    });
    found.set(file.uri, paths);
  }
  return found;
}

/** The key/value pairs of each clean file as they should be after the rename. */
function expectedPairs(paths: Map<string, DataPath[]>, newId: string): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  for (const file of cleanFiles.values()) {
    const renamed = new Set(paths.get(file.uri)!.map(formatPath));
    const pairs = keyValuePairs(file).map(([path, value]) =>
      pairText([path, renamed.has(formatPath(path)) ? JSON.stringify(newId) : value]),
    );
    expected.set(file.uri, pairs.sort());
  }
  return expected;
}

function problemsOfRename(site: IdSite, newId: string): string[] {
  const before = checkAll(CLEAN);
  const result = rename(contextOf(before, site.uri), site.offset, newId);
  const label = `rename ${site.kind} ${site.id} (from ${fileName(site.uri)}) -> ${newId}`;
  if ('error' in result) return [`${label}: refused: ${result.error}`];
  const after = checkAll(applyWorkspaceEdit(CLEAN, result));
  const paths = pathsOfId(site.kind, site.id);
  const renamed = [...paths.values()].flat().map((path) => path.slice(1));
  const problems = problemsOf(before, after, renamed);
  const expected = expectedPairs(paths, newId);
  for (const { file } of after) {
    const actual = keyValuePairs(file).map(pairText).sort();
    const wanted = expected.get(file.uri)!;
    const name = fileName(file.uri);
    for (const pair of lostItems(wanted, actual)) problems.push(`${name}: missing ${pair}`);
    for (const pair of lostItems(actual, wanted)) problems.push(`${name}: unexpected ${pair}`);
  }
  return problems.map((problem) => `${label}: ${problem}`);
}

describe('rename loses no data, adds no errors and moves every reference', () => {
  const sites = idSites();
  const contacts = sites.filter((site) => site.kind === 'contact');
  const inEngagement = (site: IdSite) => site.uri.endsWith('.engagement.yaml');

  test('every contact id, from its definition and from a reference in each file', () => {
    assert.ok(contacts.filter(inEngagement).length >= 15);
    assert.ok(contacts.some((site) => !inEngagement(site)));
    const problems = contacts.flatMap((site) => [
      ...problemsOfRename(site, `${site.id}-renamed`),
      ...problemsOfRename(site, 'null'),
    ]);
    assertNoProblems(problems);
  });

  test('every other id (parties, dependencies, partners, levels, documents)', () => {
    const others = sites.filter((site) => site.kind !== 'contact');
    assert.deepEqual([...new Set(others.map((site) => site.kind))].sort(), [
      'classification',
      'dca',
      'dependency',
      'engagement',
      'partner',
      'party',
    ]);
    assertNoProblems(others.flatMap((site) => problemsOfRename(site, `${site.id}-renamed`)));
  });

  test('ids renamed to random valid ids', () => {
    const taken = new Set(sites.map((site) => site.id));
    const newIds = fc.stringMatching(new RegExp(ID_PATTERN)).filter((id) => !taken.has(id));
    fc.assert(
      fc.property(fc.constantFrom(...sites), newIds, (site, newId) =>
        assertNoProblems(problemsOfRename(site, newId)),
      ),
      { seed: SEED, numRuns: runs(40), endOnFailure: true },
    );
  });
});
