/**
 * A small YAML grammar for the fuzz tests: random documents that are mostly well-formed, in
 * block and flow style, with anchors and aliases, quoted, plain and block scalars, comments,
 * directives and several documents per file. Keys come from the example documents, so that
 * random documents meet the schema now and then. Built as a tree, then rendered as text.
 */
import fc from 'fast-check';
import { seedDocuments } from '../support/mutations';

export type YamlNode =
  | { type: 'scalar'; text: string }
  | { type: 'alias'; name: string }
  | { type: 'blockScalar'; header: string; lines: string[] }
  | { type: 'map'; flow: boolean; anchor?: string; entries: YamlEntry[] }
  | { type: 'seq'; flow: boolean; anchor?: string; items: YamlNode[] };

export interface YamlEntry {
  key: string;
  value: YamlNode;
  /** A comment after the entry, or on a line of its own before it (`line`). */
  comment?: { text: string; line: boolean };
}

export interface YamlStream {
  directive: boolean;
  documents: YamlNode[];
  documentEnd: boolean;
}

type Rendered = { inline: string; lines?: string[] } | { block: string[]; anchor?: string };

const indentBy = (lines: readonly string[], indent: string) => lines.map((l) => indent + l);
const withAnchor = (anchor: string | undefined, text: string) =>
  anchor ? `&${anchor} ${text}` : text;

function flowText(node: YamlNode): string {
  switch (node.type) {
    case 'scalar':
      return node.text;
    case 'alias':
      return `*${node.name}`;
    case 'blockScalar':
      return JSON.stringify(node.lines.join('\n'));
    case 'map':
      return withAnchor(
        node.anchor,
        `{${node.entries.map((e) => `${e.key}: ${flowText(e.value)}`).join(', ')}}`,
      );
    case 'seq':
      return withAnchor(node.anchor, `[${node.items.map(flowText).join(', ')}]`);
  }
}

function rendered(node: YamlNode): Rendered {
  if (node.type === 'blockScalar') return { inline: node.header, lines: node.lines };
  if (node.type === 'map' && !node.flow && node.entries.length > 0)
    return { block: blockMapLines(node.entries), anchor: node.anchor };
  if (node.type === 'seq' && !node.flow && node.items.length > 0)
    return { block: blockSeqLines(node.items), anchor: node.anchor };
  return { inline: flowText(node) };
}

/** `lead` (`key:` or `-`) followed by the node, inline or as an indented block. */
function attach(lead: string, node: YamlNode, comment = ''): string[] {
  const r = rendered(node);
  if ('block' in r)
    return [`${withAnchor(r.anchor, lead).trimEnd()}${comment}`, ...indentBy(r.block, '  ')];
  return [`${lead} ${r.inline}${comment}`, ...indentBy(r.lines ?? [], '  ')];
}

function blockMapLines(entries: readonly YamlEntry[]): string[] {
  return entries.flatMap((e) => {
    if (e.comment?.line) return [`# ${e.comment.text}`, ...attach(`${e.key}:`, e.value)];
    return attach(`${e.key}:`, e.value, e.comment ? ` # ${e.comment.text}` : '');
  });
}

function blockSeqLines(items: readonly YamlNode[]): string[] {
  return items.flatMap((item) => attach('-', item));
}

export function renderYamlNode(node: YamlNode): string {
  const r = rendered(node);
  if ('block' in r) return [...(r.anchor ? [`&${r.anchor}`] : []), ...r.block].join('\n');
  return [r.inline, ...indentBy(r.lines ?? [], '  ')].join('\n');
}

export function renderYamlStream(stream: YamlStream): string {
  const documents = stream.documents.map((doc) => `${renderYamlNode(doc)}\n`);
  const head = stream.directive ? '%YAML 1.2\n---\n' : '';
  return head + documents.join('---\n') + (stream.documentEnd ? '...\n' : '');
}

let keyCache: string[] | undefined;

/** The keys of the example documents, so that random documents meet the schema now and then. */
function policyKeys(): string[] {
  keyCache ??= [
    ...new Set(
      seedDocuments().flatMap((seed) =>
        [...seed.text.matchAll(/^[ \t]*(?:- )?([A-Za-z][A-Za-z0-9]*):/gm)].map((m) => m[1]),
      ),
    ),
  ].sort();
  return keyCache;
}

// prettier-ignore
const PLAIN_VALUES = [
  'value', 'ENG-2025-004', 'DCA-E2E-001-01', 'nordlicht', 'swm', 'OPS.3.1.M3', '2024-01-10',
  '2024-02-30', 'P3M', 'PT5M', '42', '-1.5', 'true', 'false', 'null', '~', 'operation', 'planning',
  'isb', 'DE', 'multi-tenant', 'a b c', 'https://example.com/x', 'Engagement',
  'DataConnectionAgreement', 'outsourcing-policy/v1', '.inf',
];

const ANCHORS = ['a', 'b', 'c'];

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const scalarArb: fc.Arbitrary<YamlNode> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...PLAIN_VALUES), weight: 5 },
    { arbitrary: text.map((s) => JSON.stringify(s)), weight: 2 },
    { arbitrary: text.map((s) => `'${s.replace(/'/g, "''").replace(/[\r\n]/g, ' ')}'`), weight: 1 },
    {
      arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map((s) => JSON.stringify(s)),
      weight: 1,
    },
  )
  .map((scalar) => ({ type: 'scalar', text: scalar }));

const aliasArb: fc.Arbitrary<YamlNode> = fc
  .constantFrom(...ANCHORS)
  .map((name) => ({ type: 'alias', name }));

const blockScalarArb: fc.Arbitrary<YamlNode> = fc
  .record({
    header: fc.constantFrom('|', '>', '|-', '>+', '|2'),
    lines: fc.array(fc.constantFrom('line of text', '  more indented', '', '# not a comment'), {
      maxLength: 3,
    }),
  })
  .map(({ header, lines }) => ({ type: 'blockScalar', header, lines }));

const anchorArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 5 },
  { arbitrary: fc.constantFrom(...ANCHORS), weight: 1 },
);

function keyArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...policyKeys()), weight: 8 },
    {
      arbitrary: fc.constantFrom('"quoted key"', "'single'", '42', 'null', '<<', '? x'),
      weight: 1,
    },
    { arbitrary: fc.constantFrom('[a, b]', '{k: v}', 'key with spaces', 'ключ', '😀'), weight: 1 },
  );
}

const commentArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  {
    arbitrary: fc.record({
      text: fc.constantFrom('note', 'TODO: check', '# twice', '"quoted"', 'key: value'),
      line: fc.boolean(),
    }),
    weight: 1,
  },
);

function treeArb(): fc.Arbitrary<YamlNode> {
  const { node } = fc.letrec<{ node: YamlNode; map: YamlNode; seq: YamlNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
      { arbitrary: fc.oneof(scalarArb, aliasArb, blockScalarArb), weight: 3 },
      { arbitrary: tie('map'), weight: 2 },
      { arbitrary: tie('seq'), weight: 1 },
    ),
    map: fc
      .record({
        flow: fc.boolean(),
        anchor: anchorArb,
        entries: fc.array(fc.record({ key: keyArb(), value: tie('node'), comment: commentArb }), {
          maxLength: 5,
        }),
      })
      .map((map) => ({ type: 'map', ...map }) as YamlNode),
    seq: fc
      .record({
        flow: fc.boolean(),
        anchor: anchorArb,
        items: fc.array(tie('node'), { maxLength: 5 }),
      })
      .map((seq) => ({ type: 'seq', ...seq }) as YamlNode),
  }));
  return node;
}

/** A root mapping with the format header in front, so the engine validates it as a policy. */
function policyRootArb(tree: fc.Arbitrary<YamlNode>): fc.Arbitrary<YamlNode> {
  const entry = fc.record({ key: keyArb(), value: tree });
  return fc
    .tuple(
      fc.constantFrom('Engagement', 'DataConnectionAgreement', 'Other'),
      fc.array(entry, { maxLength: 8 }),
    )
    .map(([kind, entries]) => ({
      type: 'map',
      flow: false,
      entries: [
        { key: 'apiVersion', value: { type: 'scalar', text: 'outsourcing-policy/v1' } },
        { key: 'kind', value: { type: 'scalar', text: kind } },
        ...entries,
      ],
    }));
}

/** Random YAML streams: one to three documents, policy documents or any YAML at all. */
export function yamlStreamArb(): fc.Arbitrary<YamlStream> {
  const tree = treeArb();
  const documentArb = fc.oneof(
    { arbitrary: policyRootArb(tree), weight: 3 },
    { arbitrary: tree, weight: 1 },
  );
  return fc.record({
    directive: fc.boolean(),
    documents: fc.array(documentArb, { minLength: 1, maxLength: 3 }),
    documentEnd: fc.boolean(),
  });
}

/** Random YAML text from the grammar (see `yamlStreamArb`). */
export function yamlTextArb(): fc.Arbitrary<string> {
  return yamlStreamArb().map(renderYamlStream);
}
