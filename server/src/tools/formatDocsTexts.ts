/**
 * The words of the format reference in each locale: docs/format.md in English and
 * docs/de/format.md in German. Everything else on the pages (field paths, types, descriptions,
 * examples) comes from the schema definitions (server/src/core/schema/fields.ts).
 */
import type { Localized } from '../core/i18n/locale';
import type { Obligation } from '../core/schema/dsl';
import type { PolicyKind } from '../core/types';

export interface FormatDocsTexts {
  file: string;
  /**
   * How the page reaches the folder `docs/`: '' for docs/format.md, '../' for docs/de/. Only the
   * schemas are reached through it: the measures and rules pages of the page's own language sit
   * next to it (docs/measures.md, docs/de/measures.md; docs/rules/, docs/de/rules/).
   */
  docsRoot: string;
  intro: (docsRoot: string) => string[];
  kindTitles: Record<PolicyKind, string>;
  lifecycleHeading: string;
  lifecycleIntro: string[];
  nothingMore: string;
  obligations: Record<Obligation, string>;
  columns: [string, string, string, string, string, string];
}

export const FORMAT_DOCS_TEXTS: Localized<FormatDocsTexts> = {
  en: {
    file: 'docs/format.md',
    docsRoot: '',
    intro: (root) => [
      '# Format reference',
      '',
      'Every field of the two document kinds, generated from the schema definitions the checker',
      'itself uses, so this page and the checker cannot disagree. The published JSON schemas in',
      `[\`schemas/\`](${root}../schemas) hold the same facts; [the measures](measures.md) say what each`,
      'measure asks, and [the rules](rules/README.md) what each finding means.',
      '',
      '**Types.** `text`: a non-empty string. `date`: `YYYY-MM-DD`. `duration`: ISO 8601, such as',
      '`PT4H`, `P30D`, `P3M` or `P1Y`. `level`: `normal`, `high` or `very-high`. `id`: a letter, then',
      '1-63 letters, digits, dots, underscores or hyphens. `ref<X>`: the `id` of an X defined',
      'elsewhere. `true!`: `true` or `false`, and it has to be `true` (false is a finding, not a',
      'type error); `false!` likewise has to be `false`. `a | b`: one of these values. `list of X`:',
      'a YAML sequence; its entries appear below it as `field[]`. `mapping`: its keys follow as',
      '`field.key`.',
      '',
      '**Obligation.** A missing `must` field (or a `true!` field that is false) is an error, a',
      'missing `should` field a warning. "from _status_": in an engagement, the field is asked for',
      'once `metadata.status` has reached that status (see the life cycle below); before, it is',
      'optional but checked in full when present. "if _field_ is given": asked for only inside that',
      'optional field. "when …": asked for only under that condition. A value of the wrong type is',
      'an error whatever the obligation.',
      '',
    ],
    kindTitles: {
      Engagement: 'Engagement (`kind: Engagement`)',
      DataConnectionAgreement: 'Data connection agreement (`kind: DataConnectionAgreement`)',
    },
    lifecycleHeading: 'Life cycle of an engagement',
    lifecycleIntro: [
      'What an engagement needs from each `metadata.status` on, in addition to what the statuses',
      'before it need. The fields of a section are asked for from the same status as the section.',
    ],
    nothingMore: 'nothing more',
    obligations: { must: 'must', should: 'should', optional: 'optional' },
    columns: ['Field', 'Type', 'Obligation', 'Measure', 'Description', 'Example'],
  },
  de: {
    file: 'docs/de/format.md',
    docsRoot: '../',
    intro: (root) => [
      '# Formatreferenz',
      '',
      'Alle Felder der beiden Dokumentarten, erzeugt aus denselben Schemadefinitionen, mit denen',
      'auch die Prüfung arbeitet; diese Seite und die Prüfung können sich daher nicht widersprechen.',
      `Die veröffentlichten JSON-Schemas in [\`schemas/\`](${root}../schemas) enthalten dieselben`,
      'Angaben; [die Maßnahmen](measures.md) beschreiben, was jede Maßnahme verlangt, und',
      '[die Regeln](rules/README.md), was jeder Befund bedeutet.',
      '',
      'Die Schlüssel, die Typnamen (`text`, `date`, `mapping` …) und die Werte in der Spalte „Typ“',
      'sind Teil des Formats und bleiben deshalb englisch.',
      '',
      '**Typen.** `text`: eine nicht leere Zeichenkette. `date`: ein Datum `YYYY-MM-DD`',
      '(JJJJ-MM-TT). `duration`: eine Dauer nach ISO 8601, z. B. `PT4H`, `P30D`, `P3M` oder `P1Y`.',
      '`level`: `normal`, `high` oder `very-high`. `id`: ein Buchstabe, dann 1-63 Buchstaben,',
      'Ziffern, Punkte, Unterstriche oder Bindestriche. `ref<X>`: die `id` eines an anderer Stelle',
      'definierten X. `true!`: `true` oder `false`, wobei der Wert `true` sein muss (`false` ergibt',
      'einen Befund, keinen Typfehler); `false!` muss entsprechend `false` sein. `a | b`: einer',
      'dieser Werte. `Liste von X`: eine YAML-Liste (Sequenz); ihre Einträge folgen darunter als',
      '`feld[]`. `mapping`: eine Zuordnung, deren Schlüssel als `feld.schlüssel` folgen.',
      '',
      '**Verbindlichkeit.** Fehlt ein Feld, das angegeben werden `muss` (oder ist ein `true!`-Feld',
      '`false`), ist das ein Fehler; fehlt ein Feld, das angegeben werden `sollte`, eine Warnung.',
      '„ab _Status_“: In einem Outsourcing-Vorhaben wird das Feld verlangt, sobald',
      '`metadata.status` diesen Status erreicht hat (siehe Lebenszyklus unten); vorher ist es',
      'optional, wird aber vollständig geprüft, wenn es vorhanden ist. „wenn _Feld_ angegeben ist“:',
      'nur innerhalb dieses optionalen Felds verlangt. „wenn …“: nur unter dieser Bedingung',
      'verlangt. Ein Wert des falschen Typs ist unabhängig von der Verbindlichkeit ein Fehler.',
      '',
    ],
    kindTitles: {
      Engagement: 'Outsourcing-Vorhaben (`kind: Engagement`)',
      DataConnectionAgreement: 'Netzanbindungsvereinbarung (`kind: DataConnectionAgreement`)',
    },
    lifecycleHeading: 'Lebenszyklus eines Outsourcing-Vorhabens',
    lifecycleIntro: [
      'Was ein Outsourcing-Vorhaben ab dem jeweiligen `metadata.status` zusätzlich zu den',
      'vorherigen Status braucht. Die Felder eines Abschnitts werden ab demselben Status verlangt',
      'wie der Abschnitt selbst.',
    ],
    nothingMore: 'nichts weiter',
    obligations: { must: 'muss', should: 'sollte', optional: 'optional' },
    columns: ['Feld', 'Typ', 'Verbindlichkeit', 'Maßnahme', 'Beschreibung', 'Beispiel'],
  },
};
