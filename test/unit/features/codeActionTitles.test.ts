/**
 * Quick-fix titles speak the locale of the request: asked with `locale: 'de'`, every fix of the
 * golden fixtures has a German title and exactly the same edits as in English, except that an
 * inserted clause carries the German example texts (same place, same keys, same structure).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { buildWorkspaceIndex, defaultOptions, validateTexts } from '../../../server/src/core';
import { codeActions, fixAll, toActionable } from '../../../server/src/core/features/codeActions';
import { FIX_TITLES } from '../../../server/src/core/features/codeActions/titles';
import { leavesOf } from '../../../server/src/core/i18n/catalogue';
import { placeholdersOf } from '../../../server/src/core/i18n/message';
import type { Locale } from '../../../server/src/core/i18n/locale';
import { TODAY } from '../../support/harness';

const FIXTURES = join(__dirname, '../../../../test/fixtures/code-actions');

interface Offered {
  quickFixes: CodeAction[];
  fixAll: CodeAction | null;
}

function offered(uri: string, text: string, locale: Locale): Offered {
  const options = { ...defaultOptions(TODAY), locale };
  const [result] = validateTexts([{ uri, text }], options);
  const ctx = { file: result.file, index: buildWorkspaceIndex([result.file]), options };
  const quickFixes = result.findings.flatMap((finding) =>
    codeActions(ctx, { start: finding.start, end: finding.end }, [toActionable(finding)]),
  );
  return { quickFixes, fixAll: fixAll(ctx, result.findings) };
}

const editsOf = (action: CodeAction | null) => action?.edit?.changes;

/** A clause snippet's insertion: the only fix whose text differs between the locales. */
const isClauseInsertion = (germanTitle: string) => germanTitle.startsWith('Vorlage „');

/** Each line of an edit reduced to its indentation, list dashes and key: the YAML structure. */
function skeletonOf(action: CodeAction) {
  const changes = editsOf(action) ?? {};
  return Object.entries(changes).map(([uri, edits]) => ({
    uri,
    edits: edits.map(({ range, newText }) => ({
      range,
      lines: newText.split('\n').map((line) => /^\s*(?:- )*(?:[\w.]+:)?/.exec(line)?.[0]),
    })),
  }));
}

const fixtures = readdirSync(FIXTURES).filter(
  (name) => name.endsWith('.yaml') && !name.endsWith('.golden.yaml'),
);

test('the golden fixtures offer German titles with the same edits as the English ones', () => {
  let compared = 0;
  let germanClauses = 0;
  for (const name of fixtures) {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const uri = `file:///work/${name}`;
    const en = offered(uri, text, 'en');
    const de = offered(uri, text, 'de');
    assert.equal(de.quickFixes.length, en.quickFixes.length, name);
    en.quickFixes.forEach((action, i) => {
      const german = de.quickFixes[i];
      assert.notEqual(german.title, action.title, `${name}: ${action.title}`);
      if (isClauseInsertion(german.title)) {
        assert.deepEqual(skeletonOf(german), skeletonOf(action), `${name}: ${action.title}`);
        if (JSON.stringify(editsOf(german)) !== JSON.stringify(editsOf(action))) germanClauses++;
      } else {
        assert.deepEqual(editsOf(german), editsOf(action), `${name}: ${action.title}`);
      }
      assert.equal(german.isPreferred, action.isPreferred);
      compared++;
    });
    assert.deepEqual(editsOf(de.fixAll), editsOf(en.fixAll), name);
    if (en.fixAll) assert.equal(de.fixAll?.title, 'Alle automatisch behebbaren Probleme beheben');
  }
  assert.ok(compared >= 20, `only ${compared} fixes compared`);
  assert.ok(germanClauses > 0, 'no clause was inserted with its German example texts');
});

test('some German titles, exactly', () => {
  const text = [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
    'tenancy:',
    '  model: dedicatd',
    '',
  ].join('\n');
  const titles = offered('file:///work/a.engagement.yaml', text, 'de').quickFixes.map(
    (action) => action.title,
  );
  assert.ok(titles.includes('Durch dedicated ersetzen'), titles.join(' | '));
  assert.ok(titles.includes('parties mit Platzhaltern ergänzen'), titles.join(' | '));
});

test('every title exists in every locale with the same placeholders', () => {
  const reference = new Map(leavesOf(FIX_TITLES.en));
  for (const locale of ['en', 'de'] as const) {
    const leaves = new Map(leavesOf(FIX_TITLES[locale]));
    assert.deepEqual([...leaves.keys()].sort(), [...reference.keys()].sort(), locale);
    for (const [key, title] of leaves)
      assert.deepEqual(placeholdersOf(title), placeholdersOf(reference.get(key)!), key);
  }
});

test('a missing section is inserted as the German clause, under a German title', () => {
  const name = 'required-snippet.engagement.yaml';
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const uri = `file:///work/${name}`;
  const titled = (locale: Locale, title: string) =>
    offered(uri, text, locale).quickFixes.find((action) => action.title === title);
  const german = titled('de', 'Vorlage „Audits und Prüfrechte“ einfügen');
  const english = titled('en', 'Insert Audit clause');
  assert.ok(german && english);
  const [germanEdit] = editsOf(german)![uri];
  const [englishEdit] = editsOf(english)![uri];
  assert.deepEqual(germanEdit.range, englishEdit.range);
  assert.match(germanEdit.newText, /^ {6}- die interne Revision des Auftraggebers$/m);
  assert.match(englishEdit.newText, /^ {6}- the internal audit of the customer$/m);
});
