/**
 * Hostile edits of real documents for the fuzz tests: the valid and broken example documents,
 * changed line by line, byte by byte and encoding by encoding the way a half-typed, pasted or
 * damaged file looks. A mutation is plain data, so a failing case prints as something a person
 * can read and replay; `applyMutations` turns it into text. The random-YAML grammar is in
 * test/fuzz/yamlGrammar.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { decode } from '../../server/src/io/readRegularFile';

/** The repository root, seen from the compiled file in out/test/support/. */
const ROOT = path.resolve(__dirname, '../../..');
const SEED_FOLDERS = ['examples/clean', 'examples/broken', 'test/e2e/fixture-workspace'];

export interface SeedDocument {
  /** Repository-relative path, e.g. `examples/clean/erp-hosting.engagement.yaml`. */
  name: string;
  /** The file name only, which is what decides the kind for the engine. */
  uri: string;
  text: string;
}

let seedCache: SeedDocument[] | undefined;

/** Every example and fixture document the mutations start from, in a stable order. */
export function seedDocuments(): readonly SeedDocument[] {
  seedCache ??= SEED_FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, folder))
      .filter((file) => /\.ya?ml$/.test(file))
      .sort()
      .map((file) => ({
        name: `${folder}/${file}`,
        uri: file,
        text: fs.readFileSync(path.join(ROOT, folder, file), 'utf8'),
      })),
  );
  return seedCache;
}

export function seedNamed(name: string): SeedDocument {
  const seed = seedDocuments().find((candidate) => candidate.name === name);
  if (!seed) throw new Error(`no seed document ${name}`);
  return seed;
}

export type LineBreakStyle = 'crlf' | 'cr' | 'mixed';

export type Mutation =
  | { op: 'deleteLines'; line: number; count: number }
  | { op: 'duplicateLines'; line: number; count: number }
  | { op: 'swapLines'; line: number; other: number }
  | { op: 'shiftIndent'; line: number; count: number; by: number }
  | { op: 'tabIndent'; line: number }
  | { op: 'insertLine'; line: number; text: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'deleteRange'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'bom' }
  | { op: 'lineBreaks'; style: LineBreakStyle }
  | { op: 'invalidUtf8'; at: number; bytes: number[] };

function splitLines(text: string): string[] {
  return text.split('\n');
}

function pick(index: number, length: number): number {
  return length === 0 ? 0 : index % length;
}

function shiftIndent(line: string, by: number): string {
  if (by >= 0) return ' '.repeat(by) + line;
  const removable = line.length - line.trimStart().length;
  return line.slice(Math.min(removable, -by));
}

function editLines(text: string, edit: (lines: string[]) => string[]): string {
  return edit(splitLines(text)).join('\n');
}

function spliced<T>(items: readonly T[], start: number, remove: number, ...add: T[]): T[] {
  return [...items.slice(0, start), ...add, ...items.slice(start + remove)];
}

function replacedAt<T>(items: readonly T[], index: number, item: T): T[] {
  return spliced(items, index, 1, item);
}

function insertBytes(text: string, at: number, bytes: readonly number[]): string {
  const encoded = Buffer.from(text, 'utf8');
  const where = pick(at, encoded.length + 1);
  return decode(
    Buffer.concat([encoded.subarray(0, where), Buffer.from(bytes), encoded.subarray(where)]),
  );
}

function withLineBreaks(text: string, style: LineBreakStyle): string {
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let count = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][count++ % 3]);
}

function applyLineMutation(text: string, m: Mutation): string {
  switch (m.op) {
    case 'deleteLines':
      return editLines(text, (lines) => spliced(lines, pick(m.line, lines.length), m.count));
    case 'duplicateLines':
      return editLines(text, (lines) => {
        const at = pick(m.line, lines.length);
        return spliced(lines, at, 0, ...lines.slice(at, at + m.count));
      });
    case 'swapLines':
      return editLines(text, (lines) => {
        const [a, b] = [pick(m.line, lines.length), pick(m.other, lines.length)];
        return replacedAt(replacedAt(lines, a, lines[b]), b, lines[a]);
      });
    case 'shiftIndent':
      return editLines(text, (lines) => {
        const at = pick(m.line, lines.length);
        return lines.map((line, i) =>
          i >= at && i < at + m.count ? shiftIndent(line, m.by) : line,
        );
      });
    case 'tabIndent':
      return editLines(text, (lines) => {
        const at = pick(m.line, lines.length);
        return replacedAt(lines, at, lines[at].replace(/^ {1,4}/, '\t'));
      });
    case 'insertLine':
      return editLines(text, (lines) => spliced(lines, pick(m.line, lines.length + 1), 0, m.text));
    default:
      return applyTextMutation(text, m);
  }
}

function applyTextMutation(text: string, m: Mutation): string {
  switch (m.op) {
    case 'insert': {
      const at = pick(m.at, text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'deleteRange': {
      const at = pick(m.at, text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'truncate':
      return text.slice(0, pick(m.at, text.length + 1));
    case 'bom':
      return `\uFEFF${text}`;
    case 'lineBreaks':
      return withLineBreaks(text, m.style);
    case 'invalidUtf8':
      return insertBytes(text, m.at, m.bytes);
    default:
      throw new Error(`unknown mutation ${JSON.stringify(m)}`);
  }
}

export function applyMutation(text: string, mutation: Mutation): string {
  return applyLineMutation(text, mutation);
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const codePoints = (min: number, max: number, maxLength = 4) =>
  fc
    .array(fc.integer({ min, max }), { minLength: 1, maxLength })
    .map((points) => String.fromCodePoint(...points));

/** Pieces of YAML syntax, so that random insertions change the structure and not only text. */
// prettier-ignore
const YAML_TOKENS = [
  ': ', ':', '- ', '-', '? ', '&a ', '*a', '&b', '*b', '<<: *a', '!!str ', '!!map', '!local ', '{',
  '}', '[', ']', ',', '"', "'", '#', ' # note', '|', '>-', '|2+', '---', '---\n', '...\n',
  '%YAML 1.2\n---\n', '%TAG ! tag:x,2000:\n', '\n', '\n  ', '\\', '\\u12', '@', '`', '%', '~',
  'null', 'true', '0x1F', '1e400', '.nan', '2024-02-30', 'P1Y', '"\\x', "''", '{a: [b, {c: d}]}',
];

/** Strings the engine looks for, so that mutations reach its rules and references. */
// prettier-ignore
const POLICY_TOKENS = [
  'apiVersion: outsourcing-policy/v1\n', 'kind: Engagement\n', 'kind: DataConnectionAgreement\n',
  'kind: Engagment', 'id: ', 'engagementRef: ', 'ENG-2025-004', 'metadata:', 'status: operation',
  'waivers:', 'party: ', 'contact: ', 'OPS.3.1.M7', 'required: true', 'level: increased',
];

/** Unicode that is easy to get wrong: astral, combining, lone surrogates, odd whitespace. */
const unicodeNoise = fc.oneof(
  codePoints(0x1f300, 0x1faff),
  codePoints(0x10000, 0x10ffff),
  codePoints(0x0300, 0x036f, 6).map((marks) => `e${marks}`),
  codePoints(0xd800, 0xdfff, 2).map((points) => points),
  fc.constantFrom('\u00a0', '\u2028', '\u2029', '\u0085', '\ufeff', '\u200b', '\u202e', '\ufffd'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** Random characters in 0-255, the way bytes look after a wrong decoding. */
const byteNoise = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })
  .map((bytes) => String.fromCharCode(...bytes));

export const noiseArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...YAML_TOKENS), weight: 4 },
  { arbitrary: fc.constantFrom(...POLICY_TOKENS), weight: 2 },
  { arbitrary: fc.constantFrom('\t', '\t\t', ' \t', '\t- ', '\u0000', '\r', '\r\n'), weight: 2 },
  { arbitrary: unicodeNoise, weight: 2 },
  { arbitrary: byteNoise, weight: 1 },
);

/** Invalid UTF-8: stray continuation bytes, overlong forms, encoded surrogates, cut sequences. */
const invalidUtf8Bytes = fc.oneof(
  fc.constantFrom([0x80], [0xff], [0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8]),
  fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 6 }),
);

const line = fc.nat(4095);
const at = fc.nat(65535);

/** One line as a person might type it: indentation, a known key, some value. */
const typedLine = fc
  .tuple(
    fc.constantFrom('', '  ', '    ', '      ', '- ', '  - ', '\t'),
    fc.constantFrom('id', 'kind', 'metadata', 'contacts', 'party', 'engagementRef', 'x', ''),
    fc.constantFrom(':', ': ', ': x', ': [', ': {a: 1}', ': &a 1', ': *a', ': "', ' # c', ''),
  )
  .map(([indent, key, rest]) => indent + key + rest);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('deleteLines'), line, count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('duplicateLines'), line, count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('swapLines'), line, other: line }),
  fc.record({
    op: fc.constant('shiftIndent'),
    line,
    count: fc.integer({ min: 1, max: 8 }),
    by: fc.integer({ min: -4, max: 4 }),
  }),
  fc.record({ op: fc.constant('tabIndent'), line }),
  fc.record({ op: fc.constant('insertLine'), line, text: typedLine }),
  fc.record({ op: fc.constant('insert'), at, text: noiseArb }),
  fc.record({ op: fc.constant('deleteRange'), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate'), at }),
  fc.record({ op: fc.constant('bom') }),
  fc.record({ op: fc.constant('lineBreaks'), style: fc.constantFrom('crlf', 'cr', 'mixed') }),
  fc.record({ op: fc.constant('invalidUtf8'), at, bytes: invalidUtf8Bytes }),
) as fc.Arbitrary<Mutation>;

export interface MutatedSeed {
  /** The seed document's name (see `seedDocuments`). */
  seed: string;
  mutations: Mutation[];
}

/** A seed document and a few mutations of it; `textOf` gives the resulting text. */
export function mutatedSeedArb(maxMutations = 6): fc.Arbitrary<MutatedSeed> {
  return fc.record({
    seed: fc.constantFrom(...seedDocuments().map((seed) => seed.name)),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: maxMutations }),
  });
}

export function textOf(mutated: MutatedSeed): string {
  return applyMutations(seedNamed(mutated.seed).text, mutated.mutations);
}
