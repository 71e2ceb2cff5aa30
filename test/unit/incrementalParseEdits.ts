/**
 * Seeded random edits of a policy document, the way typing, deleting and pasting change it:
 * characters and lines inserted, deleted and replaced anywhere (section boundaries, keys,
 * values, comments, indentation), new top-level keys typed, sections deleted and pasted,
 * syntax errors made and fixed again. Deterministic for a seed; each edit says what it did.
 */

/** mulberry32: small, seeded, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Edit {
  text: string;
  /** What the edit did, for the failure message. */
  what: string;
}

type Random = () => number;

const int = (random: Random, below: number) => Math.floor(random() * below);
const choose = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];

const CHARACTERS = [
  'a',
  'Z',
  '0',
  ' ',
  '  ',
  ':',
  ': ',
  '\n',
  '#',
  '-',
  '- ',
  '"',
  "'",
  '[',
  '{',
  ',',
];
const LINES = [
  '# a comment',
  '  # an indented comment',
  '',
  'newKey: value',
  'notes: "quoted text"',
  '  nested: 1',
  '  - item',
  '- item',
  'key:',
  '    deeper: true',
  'broken: "unterminated',
  'flow: {a: 1, b: [2, 3]}',
  'text: |',
  '  block scalar line',
  'spec: 2026-01-01',
  'dup: 1',
];

/** Offsets of the lines that start with a top-level key (the section boundaries). */
function keyLines(text: string): number[] {
  return [...text.matchAll(/^[A-Za-z_"'][^\n]*/gm)].map((match) => match.index ?? 0);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** A random place, often at or next to a section boundary. */
function place(random: Random, text: string): number {
  const keys = keyLines(text);
  if (keys.length > 0 && random() < 0.4) {
    const key = choose(random, keys);
    return Math.max(0, Math.min(text.length, key + choose(random, [-2, -1, 0, 1, 3])));
  }
  return int(random, text.length + 1);
}

const splice = (text: string, at: number, remove: number, insert: string) =>
  text.slice(0, at) + insert + text.slice(at + remove);

type Editor = (random: Random, text: string) => Edit;

const EDITORS: readonly Editor[] = [
  (random, text) => {
    const at = place(random, text);
    const inserted = choose(random, CHARACTERS);
    return {
      text: splice(text, at, 0, inserted),
      what: `insert ${JSON.stringify(inserted)} at ${at}`,
    };
  },
  (random, text) => {
    const at = place(random, text);
    const length = 1 + int(random, 12);
    return { text: splice(text, at, length, ''), what: `delete ${length} at ${at}` };
  },
  (random, text) => {
    const at = place(random, text);
    const inserted = choose(random, CHARACTERS);
    return {
      text: splice(text, at, 1, inserted),
      what: `replace at ${at} by ${JSON.stringify(inserted)}`,
    };
  },
  (random, text) => {
    const at = choose(random, lineStarts(text));
    const line = choose(random, LINES);
    return {
      text: splice(text, at, 0, `${line}\n`),
      what: `insert line ${JSON.stringify(line)} at ${at}`,
    };
  },
  (random, text) => {
    const starts = lineStarts(text);
    const i = int(random, starts.length);
    const end = starts[i + 1] ?? text.length;
    return {
      text: splice(text, starts[i], end - starts[i], ''),
      what: `delete line at ${starts[i]}`,
    };
  },
  (random, text) => {
    const starts = lineStarts(text);
    const at = choose(random, starts);
    const indent = random() < 0.5;
    const changed = indent
      ? splice(text, at, 0, '  ')
      : text.slice(at, at + 2) === '  '
        ? splice(text, at, 2, '')
        : text;
    return { text: changed, what: `${indent ? 'indent' : 'dedent'} line at ${at}` };
  },
  (random, text) => {
    const keys = keyLines(text);
    const at = keys.length ? choose(random, keys) : 0;
    const line = `${choose(random, ['extra', 'notes', 'contract', 'metadata', 'x'])}: ${choose(random, ['1', 'text', '', '[a]'])}`;
    return {
      text: splice(text, at, 0, `${line}\n`),
      what: `type top-level key ${JSON.stringify(line)} at ${at}`,
    };
  },
  (random, text) => {
    const keys = keyLines(text);
    if (keys.length < 2) return { text, what: 'no section to delete' };
    const i = int(random, keys.length);
    const end = keys[i + 1] ?? text.length;
    return { text: splice(text, keys[i], end - keys[i], ''), what: `delete section at ${keys[i]}` };
  },
  (random, text) => {
    const keys = keyLines(text);
    if (keys.length < 2) return { text, what: 'no section to paste' };
    const i = int(random, keys.length);
    const block = text.slice(keys[i], keys[i + 1] ?? text.length);
    const at = choose(random, keys);
    const pasted = block.endsWith('\n') ? block : `${block}\n`;
    return { text: splice(text, at, 0, pasted), what: `paste section ${keys[i]} at ${at}` };
  },
  (random, text) => {
    const keys = keyLines(text);
    const at = keys.length ? choose(random, keys) : 0;
    return {
      text: splice(text, at, 0, `# edit ${int(random, 100)}\n`),
      what: `comment before key at ${at}`,
    };
  },
];

/** One random edit of `text`; `original` is what "fixing" returns to. */
export function randomEdit(random: Random, text: string, original: string): Edit {
  if (random() < 0.05) return { text: original, what: 'fix: back to the original' };
  return choose(random, EDITORS)(random, text);
}

/** The starts of the lines that begin with spaces and hold something (inside a section). */
function indentedLines(text: string): number[] {
  return [...text.matchAll(/^ +\S[^\n]*/gm)].map((match) => match.index ?? 0);
}

const lineEndOf = (text: string, at: number) => {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
};

const indentOf = (text: string, at: number) => /^ */.exec(text.slice(at))?.[0] ?? '';

const NESTED_LINES = [
  'newKey: value',
  '- item',
  '- id: x',
  '# a comment',
  'key:',
  '  deeper: true',
  'text: |',
  'flow: [a, b]',
  'quoted: "text"',
  'date: 2026-01-01',
];

const NESTED_EDITORS: readonly Editor[] = [
  (random, text) => {
    const line = choose(random, indentedLines(text));
    const at = line + int(random, lineEndOf(text, line) - line + 1);
    const inserted = choose(random, CHARACTERS);
    return {
      text: splice(text, at, 0, inserted),
      what: `type ${JSON.stringify(inserted)} at ${at}`,
    };
  },
  (random, text) => {
    const line = choose(random, indentedLines(text));
    const end = lineEndOf(text, line);
    const word = choose(random, ['x', 'yz', ' more', '1', '-', ': v']);
    return { text: splice(text, end, 0, word), what: `type ${JSON.stringify(word)} at ${end}` };
  },
  (random, text) => {
    const line = choose(random, indentedLines(text));
    const at = line + int(random, lineEndOf(text, line) - line + 1);
    const length = 1 + int(random, 4);
    return { text: splice(text, at, length, ''), what: `delete ${length} at ${at}` };
  },
  (random, text) => {
    const line = choose(random, indentedLines(text));
    const end = lineEndOf(text, line);
    const copy = `${text.slice(line, end)}\n`;
    const at = random() < 0.5 ? line : Math.min(text.length, end + 1);
    return { text: splice(text, at, 0, copy), what: `duplicate line ${line} at ${at}` };
  },
  (random, text) => {
    const line = choose(random, indentedLines(text));
    const end = Math.min(text.length, lineEndOf(text, line) + 1);
    return { text: splice(text, line, end - line, ''), what: `delete line at ${line}` };
  },
  (random, text) => {
    const line = choose(random, indentedLines(text));
    const inserted = `${indentOf(text, line)}${choose(random, NESTED_LINES)}\n`;
    return {
      text: splice(text, line, 0, inserted),
      what: `insert ${JSON.stringify(inserted)} at ${line}`,
    };
  },
];

/** One random edit inside the sections (indented lines), the way typing in a value does. */
export function randomNestedEdit(random: Random, text: string, original: string): Edit {
  if (indentedLines(text).length === 0 || random() < 0.03)
    return { text: original, what: 'fix: back to the original' };
  return choose(random, NESTED_EDITORS)(random, text);
}
