/** Die Texte der Regeln zu Verweisen zwischen Feldern und Dokumenten auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

/** Die drei Meldungen zu einer nicht definierten Kennung einer Art. */
function unresolvedOf(noun: string, plural: string, none: string) {
  const listed = `In {where} sind diese ${plural} definiert: {ids}. Korrigieren Sie den Verweis oder ergänzen Sie den fehlenden Eintrag dort.`;
  return {
    unknown: { message: `{field}: ${noun} „{value}“ ist nicht definiert`, detail: listed },
    suggested: {
      message: `{field}: ${noun} „{value}“ ist nicht definiert; meinten Sie „{suggestion}“?`,
      detail: listed,
    },
    none: {
      message: `{field}: ${noun} „{value}“ ist nicht definiert`,
      detail: `In {where} ist noch ${none} definiert: Ergänzen Sie den Eintrag dort oder korrigieren Sie den Verweis.`,
    },
  };
}

const party = unresolvedOf('Partei', 'Parteien', 'keine Partei');
const contact = unresolvedOf('Kontakt', 'Kontakte', 'kein Kontakt');
const dependency = unresolvedOf('Abhängigkeit', 'Abhängigkeiten', 'keine Abhängigkeit');
const partner = unresolvedOf(
  'Kommunikationspartner',
  'Kommunikationspartner',
  'kein Kommunikationspartner',
);
const classification = unresolvedOf(
  'Klassifizierungsstufe',
  'Klassifizierungsstufen',
  'keine Klassifizierungsstufe',
);

const SEVERITIES =
  'Vereinbart sind in contract.emergency.incidentCategories.severities die Schweregrade {severities}. Verwenden Sie einen davon oder nehmen Sie diesen Schweregrad in die Liste auf.';
const UNREACHABLE =
  '{who} trägt Verantwortung und muss erreichbar sein: Ergänzen Sie eine E-Mail-Adresse oder eine Telefonnummer.';
const NO_AGREEMENT =
  'Die Netze dürfen erst verbunden werden, wenn die Netzanbindungsvereinbarung vorliegt. Nehmen Sie ihr Dokument in den Arbeitsbereich auf oder korrigieren Sie die Kennung.';
const NO_ENGAGEMENT =
  'Ohne das Outsourcing-Vorhaben lassen sich die Parteien, Kontakte und Abhängigkeiten, die diese Vereinbarung nennt, nicht prüfen. Öffnen Sie die Datei des Vorhabens mit oder korrigieren Sie die Kennung.';
const DUPLICATE =
  'Das andere Dokument steht in {files}. Verweise auf diese Kennung wären mehrdeutig; geben Sie jedem Dokument eine eigene Kennung.';

export const de: TranslationOf<typeof en> = {
  'reference/unresolved': {
    title: 'Verweis auf eine unbekannte Kennung',
    summary:
      'Ein Feld verweist auf eine Partei, einen Kontakt, eine Abhängigkeit, einen Kommunikationspartner, eine Klassifizierungsstufe oder einen Schweregrad, der nirgends definiert ist.',
    details:
      'Viele Felder nennen eine verantwortliche Person oder ein zugehöriges Objekt über dessen Kennung, statt es zu wiederholen. Ist die Kennung nirgends definiert, ist die Verantwortung faktisch nicht zugewiesen, und die Anforderung läuft ins Leere. In einer Netzanbindungsvereinbarung werden Kontakte, Parteien und Abhängigkeiten in dem Outsourcing-Vorhaben gesucht, das `metadata.engagementRef` nennt. Die Klassifizierungsstufen, die ein Kommunikationspartner erhalten darf (`allowed`), stammen aus `securityConcept.classification.scheme`; fehlt dieses Schema, ist keine Stufe auflösbar. Jeder Schlüssel von `contract.emergency.reactionTimes` muss einer der vereinbarten Schweregrade aus `incidentCategories.severities` sein. Eine Schnellkorrektur bietet die ähnlichste vorhandene Kennung an.',
    fix: 'Korrigieren Sie die Kennung oder ergänzen Sie den fehlenden Kontakt, die Partei oder den sonstigen Eintrag dort, wo solche Einträge definiert werden.',
    messages: {
      unknownParty: party.unknown,
      unknownPartySuggested: party.suggested,
      noPartyDefined: party.none,
      unknownContact: contact.unknown,
      unknownContactSuggested: contact.suggested,
      noContactDefined: contact.none,
      unknownDependency: dependency.unknown,
      unknownDependencySuggested: dependency.suggested,
      noDependencyDefined: dependency.none,
      unknownPartner: partner.unknown,
      unknownPartnerSuggested: partner.suggested,
      noPartnerDefined: partner.none,
      unknownClassification: classification.unknown,
      unknownClassificationSuggested: classification.suggested,
      noClassificationDefined: classification.none,
      noClassificationScheme: {
        message:
          '{field}: „{value}“ ist nicht auflösbar, weil es kein Klassifizierungsschema gibt ({where})',
        detail:
          'Welche Stufen ein Kommunikationspartner erhalten darf, legt das Klassifizierungsschema fest, geordnet von der niedrigsten zur höchsten Stufe. Ergänzen Sie das Schema im Sicherheitskonzept.',
      },
      unknownSeverity: {
        message: 'Reaktionszeit für „{key}“, aber das ist kein vereinbarter Schweregrad',
        detail: SEVERITIES,
      },
      unknownSeveritySuggested: {
        message:
          'Reaktionszeit für „{key}“, aber das ist kein vereinbarter Schweregrad; meinten Sie „{suggestion}“?',
        detail: SEVERITIES,
      },
      contactUnreachable: {
        message:
          'Kontakt „{id}“ hat weder E-Mail noch Telefon, ist aber in {usedAt} als verantwortlich benannt',
        detail: UNREACHABLE,
      },
      contactUnreachableInDca: {
        message:
          'Kontakt „{id}“ hat weder E-Mail noch Telefon, ist aber in {usedAt} der Vereinbarung {dca} als verantwortlich benannt',
        detail: UNREACHABLE,
      },
    },
  },
  'engagement/dca-missing': {
    title: 'Netzanbindungsvereinbarung nicht gefunden',
    summary:
      'Ein Outsourcing-Vorhaben führt eine Netzanbindungsvereinbarung auf, die kein Dokument definiert, oder eine Vereinbarung nennt ein Vorhaben, das sich nicht finden lässt.',
    details:
      'Netze dürfen erst verbunden werden, wenn eine Vereinbarung über die Netzanbindung vorliegt. Führt ein Vorhaben unter `dataConnectionAgreements` eine Kennung auf, die keine `DataConnectionAgreement` im Arbeitsbereich trägt, gilt die Vereinbarung als fehlend: Fehler. Umgekehrt ist eine Vereinbarung, deren `metadata.engagementRef` zu keinem Vorhaben passt, nur eine Warnung, denn das Vorhaben kann schlicht in einem anderen Repository liegen.',
    fix: 'Ergänzen Sie das fehlende Dokument der Vereinbarung (oder korrigieren Sie die Kennung in der Liste); bei der Warnung prüfen Sie `engagementRef` oder prüfen Sie die Dateien gemeinsam.',
    messages: {
      agreementMissing: {
        message:
          'dataConnectionAgreements[{index}]: Netzanbindungsvereinbarung „{id}“ ist nicht im Arbeitsbereich',
        detail: NO_AGREEMENT,
      },
      agreementMissingSuggested: {
        message:
          'dataConnectionAgreements[{index}]: Netzanbindungsvereinbarung „{id}“ ist nicht im Arbeitsbereich; meinten Sie „{suggestion}“?',
        detail: NO_AGREEMENT,
      },
      engagementNotFound: {
        message: 'metadata.engagementRef: Outsourcing-Vorhaben „{ref}“ ist nicht im Arbeitsbereich',
        detail: NO_ENGAGEMENT,
      },
      engagementNotFoundSuggested: {
        message:
          'metadata.engagementRef: Outsourcing-Vorhaben „{ref}“ ist nicht im Arbeitsbereich; meinten Sie „{suggestion}“?',
        detail: NO_ENGAGEMENT,
      },
    },
  },
  'document/duplicate-id': {
    title: 'Zwei Dokumente mit derselben Kennung',
    summary: 'Zwei Dokumente derselben Art im Arbeitsbereich verwenden dieselbe `metadata.id`.',
    details:
      'Outsourcing-Vorhaben und Netzanbindungsvereinbarungen verweisen über ihre Kennung aufeinander. Tragen zwei Dokumente einer Art dieselbe Kennung, lässt sich ein solcher Verweis keinem Dokument mehr eindeutig zuordnen, und Prüfungen wie der Abgleich des Schutzbedarfs vergleichen womöglich mit dem falschen. Jedes Vorkommen wird gemeldet und nennt die andere Datei.',
    fix: 'Geben Sie jedem Dokument eine eigene Kennung und passen Sie Verweise (`dataConnectionAgreements`, `engagementRef`) an, die das umbenannte Dokument meinten.',
    messages: {
      sharedByEngagements: {
        message: 'metadata.id „{id}“ ist auch die Kennung eines anderen Outsourcing-Vorhabens',
        detail: DUPLICATE,
      },
      sharedByAgreements: {
        message: 'metadata.id „{id}“ ist auch die Kennung einer anderen Netzanbindungsvereinbarung',
        detail: DUPLICATE,
      },
    },
  },
};
