/**
 * The clause snippets in German: labels, descriptions and the example texts a person reads are
 * German when the locale is `de`, while the YAML keys, ids, dates, durations and choices stay
 * exactly as in English, so a German clause has the structure of the English one and checks the
 * same. Snippet completion and Insert Clause follow `options.locale`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { parse } from 'yaml';
import {
  buildWorkspaceIndex,
  defaultOptions,
  parsePolicyFile,
  validateTexts,
} from '../../../server/src/core';
import { clausesToOffer } from '../../../server/src/core/features/clauseInsertion';
import { complete } from '../../../server/src/core/features/completion';
import {
  clauseSnippets,
  expandPlaceholders,
  snippetText,
  snippetsForScope,
  type ClauseSnippet,
} from '../../../server/src/core/features/snippets';
import type { Locale } from '../../../server/src/core/i18n/locale';
import { withCursor } from '../../support/cursor';
import { TODAY, yaml } from '../../support/harness';

const ENGLISH = clauseSnippets('en');
const GERMAN = clauseSnippets('de');

function german(id: string): ClauseSnippet {
  const found = GERMAN.find((snippet) => snippet.id === id);
  assert.ok(found, `German snippet ${id}`);
  return found;
}

/** The YAML of a snippet with its defaults filled in, scalars replaced by their type. */
function shapeOf(snippet: ClauseSnippet): unknown {
  const shape = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shape);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shape(item)]));
    return typeof value;
  };
  return shape(parse(expandPlaceholders(snippetText(snippet, ''))));
}

/** Placeholder number -> default text, of every `${n:default}` in the body. */
function defaultsOf(snippet: ClauseSnippet): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of snippet.body)
    for (const match of line.matchAll(/\$\{(\d+):([^}]*)\}/g)) found.set(match[1], match[2]);
  return found;
}

/** A default a person reads: a phrase of words (not a name, an id or an e-mail address). */
function isProse(text: string): boolean {
  return /\b[a-z]{3,} [a-z]/.test(text) && !text.includes('@');
}

/** A default that is data in every language: an id, an e-mail address, a date, a duration. */
function isData(text: string): boolean {
  return /^([a-z0-9][\w.@-]*|P[\dTYMWDHS.]+|\d{4}-\d\d-\d\d)$/.test(text);
}

test('both locales have the same clauses in the same order, with the same ids, scopes and keys', () => {
  const facts = (snippet: ClauseSnippet) => [
    snippet.id,
    snippet.measure,
    snippet.scope,
    snippet.key,
  ];
  assert.deepEqual(GERMAN.map(facts), ENGLISH.map(facts));
  assert.ok(GERMAN.length >= 14);
});

test('every clause has a German label and description, different from the English ones', () => {
  for (const [index, clause] of GERMAN.entries()) {
    const english = ENGLISH[index];
    assert.notEqual(clause.label, english.label, clause.id);
    assert.notEqual(clause.description, english.description, clause.id);
    assert.match(clause.description, /^[A-ZÄÖÜ].{19,}\.$/, `${clause.id} has a description`);
  }
  assert.equal(german('client-concept').label, 'Mandantentrennungskonzept');
  assert.equal(german('emergency-preparedness').label, 'Notfallvorsorge');
  assert.equal(german('waiver').label, 'Begründete Abweichung');
});

test('a German clause has exactly the YAML keys and structure of the English one', () => {
  for (const [index, clause] of GERMAN.entries()) {
    assert.deepEqual(shapeOf(clause), shapeOf(ENGLISH[index]), clause.id);
    assert.equal(clause.body.length, ENGLISH[index].body.length, clause.id);
    for (const [line, text] of clause.body.entries()) {
      const key = (body: string) => /^\s*(- )?[\w-]*:?/.exec(body)?.[0];
      assert.equal(key(text), key(ENGLISH[index].body[line]), `${clause.id} line ${line}`);
    }
  }
});

test('every example text a person reads is German; ids, dates and durations stay', () => {
  for (const [index, clause] of GERMAN.entries()) {
    const germanDefaults = defaultsOf(clause);
    for (const [number, english] of defaultsOf(ENGLISH[index])) {
      const translated = germanDefaults.get(number);
      if (isProse(english)) assert.notEqual(translated, english, `${clause.id} $${number}`);
      else if (isData(english)) assert.equal(translated, english, `${clause.id} $${number} stays`);
    }
  }
  const termination = expandPlaceholders(snippetText(german('termination'), ''));
  assert.match(
    termination,
    /^ {2}secureDeletion:\n {4}method: Überschreiben aller Speicherbereiche des Auftraggebers/m,
  );
  assert.match(termination, /^ {2}reintegrationEstimate: P6M$/m);
});

/** The rule ids and paths of the findings of a snippet's document, to compare locales. */
function findingsOf(text: string, locale: Locale): string[] {
  const options = { ...defaultOptions(TODAY), locale };
  const [result] = validateTexts([{ uri: 'file:///s.engagement.yaml', text }], options);
  return result.findings.map((f) => `${f.ruleId} ${f.path?.join('.') ?? ''}`).sort();
}

test('the German engagement and agreement skeletons are checked exactly like the English ones', () => {
  for (const id of ['engagement', 'dca']) {
    const text = (locale: Locale) => {
      const snippet = clauseSnippets(locale).find((candidate) => candidate.id === id)!;
      return expandPlaceholders(snippetText(snippet, '')) + '\n';
    };
    assert.deepEqual(findingsOf(text('de'), 'de'), findingsOf(text('en'), 'en'), id);
  }
});

test('snippetsForScope gives the clauses of a scope in the locale', () => {
  const labels = snippetsForScope('contract', 'de').map((snippet) => snippet.label);
  assert.ok(labels.includes('Vertragslaufzeit'), labels.join(', '));
  assert.ok(labels.includes('Notfallklausel'), labels.join(', '));
  assert.deepEqual(
    snippetsForScope('contract').map((snippet) => snippet.id),
    snippetsForScope('contract', 'de').map((snippet) => snippet.id),
  );
});

const DOCUMENT = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: T, version: "1", status: planning}
  contract:
    |
`;

function completionsAt(marked: string, locale: Locale) {
  const { text, offset } = withCursor(marked);
  const options = { ...defaultOptions(TODAY), locale };
  const file = parsePolicyFile('file:///c.engagement.yaml', text, options);
  return complete({ file, index: buildWorkspaceIndex([file]), options }, offset);
}

test('snippet completion in German offers the German clause with German example texts', () => {
  const items = completionsAt(DOCUMENT, 'de');
  const emergency = items.find(
    (item) => item.filterText === 'emergency' && item.kind === CompletionItemKind.Snippet,
  );
  assert.ok(emergency, items.map((item) => item.label).join(', '));
  assert.match(String(emergency.label), /^Notfallklausel/);
  assert.deepEqual(emergency.documentation, {
    kind: 'markdown',
    value: german('contract-emergency').description,
  });
  const inserted = emergency.textEdit?.newText ?? emergency.insertText ?? '';
  assert.match(inserted, /^emergency:\n/);
  assert.match(inserted, /backupRequirements: \$\{24:eine tägliche Vollsicherung/);
  const english = completionsAt(DOCUMENT, 'en').find((item) => item.filterText === 'emergency');
  assert.match(String(english?.label), /^Emergency clause/);
});

test('Insert Clause offers the German labels and descriptions when the locale is de', () => {
  const text = yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: T, version: "1", status: planning}
  `;
  const options = { ...defaultOptions(TODAY), locale: 'de' as const };
  const file = parsePolicyFile('file:///i.engagement.yaml', text, options);
  const offered = clausesToOffer({ file, index: buildWorkspaceIndex([file]), options }, 0);
  const termination = offered.find((clause) => clause.id === 'termination');
  assert.equal(termination?.label, 'Geordnete Beendigung');
  assert.match(termination?.description ?? '', /^Was am Ende des Outsourcing-Vorhabens geschieht/);
  assert.deepEqual(
    offered.map((clause) => clause.id),
    clausesToOffer(
      { file, index: buildWorkspaceIndex([file]), options: defaultOptions(TODAY) },
      0,
    ).map((clause) => clause.id),
  );
});
