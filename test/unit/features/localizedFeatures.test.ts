/**
 * The editor features speak the locale of the options: hover, completion, outline and rename
 * give German texts for `locale: 'de'`, with the very same ranges, labels and insert texts as
 * in English.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CompletionItemKind,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver-types';
import { defaultOptions, parsePolicyFile } from '../../../server/src/core';
import { complete } from '../../../server/src/core/features/completion';
import type { FeatureContext } from '../../../server/src/core/features/context';
import { hover } from '../../../server/src/core/features/hover';
import { rename } from '../../../server/src/core/features/navigation';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import type { Locale } from '../../../server/src/core/i18n/locale';
import { buildWorkspaceIndex } from '../../../server/src/core/workspace';
import { TODAY, yaml } from '../../support/harness';
import { withCursor } from '../../support/offsets';

const ENGAGEMENT = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: ERP hosting, version: "1", status: negotiation}
  parties:
    provider: {id: provider, name: Provider GmbH, country: DE}
    customer: {id: customer, name: Customer AG, country: AT}
  contacts:
    - {id: alice, party: provider, role: isb, name: Alice Example, email: alice@example.org}
    - {id: bob, party: customer, role: dpo, name: Bob Example}
  securityConcept:
    classification:
      scheme: [public, internal, confidential]
  waivers:
    - measure: OPS.3.1.M4
      justification: the partners are covered by OPS.3.1.M2 clauses already
      approvedBy: bob
      date: 2026-01-10
`;

function context(text: string, locale: Locale): FeatureContext {
  const options = { ...defaultOptions(TODAY), locale };
  const file = parsePolicyFile('erp.engagement.yaml', text, options);
  return { file, index: buildWorkspaceIndex([file]), options };
}

/** The hover at the `|` of `marked` in both locales. */
function hoverBoth(marked: string): { en: Hover; de: Hover; markdown: string } {
  const { text, offset } = withCursor(marked);
  const en = hover(context(text, 'en'), offset);
  const de = hover(context(text, 'de'), offset);
  assert.ok(en && de, 'a hover in both locales');
  assert.deepEqual(de.range, en.range, 'the same range in both locales');
  const markdown = (de.contents as { value: string }).value;
  assert.notEqual(markdown, (en.contents as { value: string }).value);
  return { en, de, markdown };
}

function at(anchor: string, delta = 1): string {
  const offset = ENGAGEMENT.indexOf(anchor) + delta;
  assert.ok(offset > 0, anchor);
  return ENGAGEMENT.slice(0, offset) + '|' + ENGAGEMENT.slice(offset);
}

describe('hover in German', () => {
  test('on a key: measure title, obligation and the Kompendium line in German', () => {
    const { markdown } = hoverBoth(at('securityConcept:'));
    assert.match(
      markdown,
      /^Maßnahme OPS\.3\.1\.M3: Erstellung eines Sicherheitskonzepts für das Outsourcing-Vorhaben$/m,
    );
    assert.match(markdown, /^\*\*MUSS\*\*: erforderlich ab Status `negotiation`; davor optional$/m);
    assert.match(markdown, /^Anforderung im Kompendium: OPS\.3\.1\.A3 · ISO\/IEC 27001:2022: /m);
  });

  test('on a measure id in a value: the German title and what the measure asks', () => {
    const { markdown } = hoverBoth(at('OPS.3.1.M2 clauses', 3));
    assert.match(
      markdown,
      /^\*\*OPS\.3\.1\.M2: Vertragsgestaltung mit den Outsourcing-Kunden\*\*$/m,
    );
    assert.match(markdown, /^Was die Maßnahme verlangt:$/m);
    assert.match(markdown, /^- eine Vertraulichkeitsvereinbarung von Anfang an/m);
  });

  test('on a reference: the German kind and labels, the values as written', () => {
    const { markdown } = hoverBoth(at('approvedBy: bob', 13));
    assert.match(markdown, /^\*\*Kontakt `bob`\*\*$/m);
    assert.match(markdown, /^- Rolle: dpo$/m);
    assert.match(markdown, /^- Vertragspartei: customer$/m);
    assert.match(markdown, /^- Weder E-Mail-Adresse noch Telefonnummer sind hinterlegt\.$/m);
  });

  test('on a finding: the severity, rule and measure words in German', () => {
    const marked = ENGAGEMENT.replace('approvedBy: bob', 'approvedBy: b|ob2');
    const { markdown } = hoverBoth(marked);
    assert.match(markdown, /^\*\*Fehler: /m);
    assert.match(markdown, /^Regel \[reference\/unresolved\]\([^)]+\)/m);
    assert.match(
      markdown,
      /^Unter dieser Kennung ist im Outsourcing-Vorhaben nichts definiert \(Kontakt\)\.$/m,
    );
  });
});

function completeBoth(marked: string): { en: CompletionItem[]; de: CompletionItem[] } {
  const { text, offset } = withCursor(marked);
  const en = complete(context(text, 'en'), offset);
  const de = complete(context(text, 'de'), offset);
  assert.ok(en.length > 0);
  // Clause snippets are named in words (their label says "clause"), keys and values are not.
  const edits = (items: CompletionItem[]) =>
    items
      .filter((item) => item.kind !== CompletionItemKind.Snippet)
      .map((item) => [item.label, item.sortText, item.textEdit, item.insertTextFormat]);
  assert.deepEqual(edits(de), edits(en), 'the same labels, order and edits in both locales');
  assert.equal(de.length, en.length);
  return { en, de };
}

function detailOf(items: CompletionItem[], label: string): string | undefined {
  return items.find((item) => item.label === label)?.detail;
}

describe('completion in German', () => {
  test('keys: the obligation in German beside the measure id; clauses called Klausel', () => {
    const { en, de } = completeBoth(ENGAGEMENT + '|');
    assert.ok(de.some((item) => item.label === 'Mandantentrennungskonzept (Klausel)'));
    assert.ok(en.some((item) => item.label === 'Client concept (clause)'));
    assert.equal(detailOf(en, 'contract'), 'OPS.3.1.M2 · must');
    assert.equal(detailOf(de, 'contract'), 'OPS.3.1.M2 · muss');
    assert.equal(detailOf(de, 'clientConcept'), 'OPS.3.1.M7 · optional');
    const documentation = de.find((item) => item.label === 'contract')?.documentation;
    assert.match(JSON.stringify(documentation), /Pflichtangabe \(MUSS\)/);
  });

  test('values: measure titles, durations and today in German', () => {
    const measures = completeBoth(ENGAGEMENT.replace('measure: OPS.3.1.M4', 'measure: |'));
    assert.equal(detailOf(measures.de, 'OPS.3.1.M12'), 'Änderungsmanagement');
    assert.equal(detailOf(measures.en, 'OPS.3.1.M12'), 'Change management');
    const date = completeBoth(ENGAGEMENT.replace('date: 2026-01-10', 'date: |'));
    assert.equal(detailOf(date.de, TODAY), 'heute');
    const interval = completeBoth(ENGAGEMENT + 'communication:\n  review:\n    interval: |');
    assert.equal(detailOf(interval.de, 'P1Y'), '1 Jahr');
    assert.equal(detailOf(interval.en, 'P1Y'), '1 year');
  });

  test('references: the classification levels are called Klassifizierungsstufe', () => {
    const marked =
      ENGAGEMENT + 'communication:\n  partners:\n    - id: p1\n      allowed:\n        - |\n';
    const { de } = completeBoth(marked);
    assert.deepEqual(
      de.map((item) => [item.label, item.detail]),
      [
        ['public', 'Klassifizierungsstufe'],
        ['internal', 'Klassifizierungsstufe'],
        ['confidential', 'Klassifizierungsstufe'],
      ],
    );
  });
});

describe('outline and rename in German', () => {
  test('the group of header and shared sections and the measure titles are German', () => {
    const names = (symbols: DocumentSymbol[]) =>
      symbols[0].children?.map((child) => [child.name, child.detail]);
    const en = documentSymbols(context(ENGAGEMENT, 'en'));
    const de = documentSymbols(context(ENGAGEMENT, 'de'));
    assert.deepEqual(names(en)?.[0], ['Document', 'header and shared sections']);
    assert.deepEqual(names(de)?.[0], ['Dokument', 'Kopfdaten und gemeinsam genutzte Abschnitte']);
    assert.deepEqual(names(de)?.[1], [
      'OPS.3.1.M3',
      'Erstellung eines Sicherheitskonzepts für das Outsourcing-Vorhaben',
    ]);
    assert.deepEqual(de[0].range, en[0].range);
  });

  test('a rename that cannot be done says why in German', () => {
    const { text, offset } = withCursor(at('id: alice', 5));
    assert.deepEqual(rename(context(text, 'de'), offset, 'bob'), {
      error:
        'den Namen "bob" trägt bereits eine andere Kennung der Art Kontakt (in erp.engagement.yaml); wählen Sie einen Namen, der noch nicht vergeben ist',
    });
    assert.match(
      (rename(context(text, 'de'), offset, '1x') as { error: string }).error,
      /^"1x" ist keine gültige Kennung: /,
    );
  });
});
