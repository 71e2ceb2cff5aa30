/**
 * Clause snippets: ready-made YAML blocks for the sections and contract clauses of OPS.3.1, in
 * VS Code snippet syntax. They live in `snippets/clauses.json` and are offered by the language
 * server only (never as a workspace-wide snippet file), so they appear in policy documents alone.
 *
 * Each clause carries its German next to the English (`de`): a label, a description and the
 * German example text of its prose placeholders, by placeholder number. The YAML keys, ids,
 * dates, durations and choices are the same in every locale, so a German clause has exactly the
 * structure of the English one; only what a person reads changes.
 */
import clauses from '../../../../snippets/clauses.json';
import type { Locale, Localized } from '../i18n/locale';
import type { MeasureId } from '../types';

export interface ClauseSnippet {
  /** A stable id, e.g. `contract-nda`. */
  id: string;
  /** The short name shown in the completion list. */
  label: string;
  /** One sentence that says what the snippet sets up. */
  description: string;
  /** The measure the snippet implements. */
  measure: MeasureId;
  /** Dotted path of the mapping the snippet's keys go into: '' for the document root. */
  scope: string;
  /** The top key the snippet inserts; '' for a whole document or a list item. */
  key: string;
  /** The lines, indented by two spaces per level relative to the scope. */
  body: string[];
}

/** The German of a clause, as `snippets/clauses.json` holds it next to the English. */
interface GermanClause {
  label: string;
  description: string;
  /** Placeholder number -> German default text, for the placeholders a person reads. */
  placeholders?: Record<string, string>;
}

interface ClauseSource extends ClauseSnippet {
  de: GermanClause;
}

const SOURCES: readonly ClauseSource[] = clauses as ClauseSource[];

function englishOf({ de: _german, ...snippet }: ClauseSource): ClauseSnippet {
  return snippet;
}

/** `\`, `$` and `}` are special inside a placeholder's default text. */
function escapeDefault(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

function germanOf(source: ClauseSource): ClauseSnippet {
  const { label, description, placeholders = {} } = source.de;
  const body = source.body.map((line) =>
    line.replace(/\$\{(\d+):((?:[^}\\]|\\.)*)\}/g, (whole, index: string) => {
      const german = placeholders[index];
      return german === undefined ? whole : `\${${index}:${escapeDefault(german)}}`;
    }),
  );
  return { ...englishOf(source), label, description, body };
}

const BY_LOCALE: Localized<readonly ClauseSnippet[]> = {
  en: SOURCES.map(englishOf),
  de: SOURCES.map(germanOf),
};

/** The clause snippets in `locale`: labels, descriptions and example texts in that language. */
export function clauseSnippets(locale: Locale = 'en'): readonly ClauseSnippet[] {
  return BY_LOCALE[locale];
}

/** The clause snippets in English. */
export const CLAUSE_SNIPPETS: readonly ClauseSnippet[] = BY_LOCALE.en;

/** The snippet's text, with every line after the first prefixed by `indent`. */
export function snippetText(snippet: ClauseSnippet, indent: string): string {
  return snippet.body.map((line, index) => (index === 0 ? line : indent + line)).join('\n');
}

/** The snippets that belong directly into the mapping at `scope` ('' for the root). */
export function snippetsForScope(scope: string, locale: Locale = 'en'): ClauseSnippet[] {
  return clauseSnippets(locale).filter((snippet) => snippet.scope === scope);
}

/** A position in a snippet's text while it is being expanded. */
interface Cursor {
  text: string;
  at: number;
}

/**
 * Plain text for a snippet: `${n:default}` becomes its default, `${n|a,b|}` its first choice,
 * `$n`, `${n}` and `$0` nothing; `\$`, `\}` and `\\` become the character they escape.
 */
export function expandPlaceholders(text: string): string {
  const cursor: Cursor = { text, at: 0 };
  return readUntil(cursor, undefined);
}

/** Reads plain text and placeholders until `stop` (or the end), leaving the cursor on `stop`. */
function readUntil(cursor: Cursor, stop: '}' | undefined): string {
  let out = '';
  while (cursor.at < cursor.text.length) {
    const char = cursor.text[cursor.at];
    if (char === stop) return out;
    if (char === '\\' && '$}\\'.includes(cursor.text[cursor.at + 1] ?? '')) {
      out += cursor.text[cursor.at + 1];
      cursor.at += 2;
    } else if (char === '$') {
      out += readPlaceholder(cursor);
    } else {
      out += char;
      cursor.at += 1;
    }
  }
  return out;
}

/** Reads one `$…` construct at the cursor and returns the text it stands for. */
function readPlaceholder(cursor: Cursor): string {
  const rest = cursor.text.slice(cursor.at);
  const bare = /^\$(\d+|[A-Za-z_]\w*)/.exec(rest);
  if (bare) {
    cursor.at += bare[0].length;
    return '';
  }
  const choice = /^\$\{\d+\|((?:[^|\\]|\\.)*?)\|\}/.exec(rest);
  if (choice) {
    cursor.at += choice[0].length;
    return firstChoice(choice[1]);
  }
  const opening = /^\$\{(\d+|[A-Za-z_]\w*)(:?)/.exec(rest);
  if (!opening) {
    cursor.at += 1;
    return '$';
  }
  cursor.at += opening[0].length;
  const inner = opening[2] === ':' ? readUntil(cursor, '}') : '';
  if (cursor.text[cursor.at] === '}') cursor.at += 1;
  return inner;
}

function firstChoice(options: string): string {
  const first = /^(?:[^,\\]|\\.)*/.exec(options)?.[0] ?? '';
  return first.replace(/\\(.)/g, '$1');
}
