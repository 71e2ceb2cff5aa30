/** Die Texte der Regeln zu Unterauftragnehmern und Weiterverlagerung auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

const NAMED =
  'Laut Grobkonzept (roughConcept.dependencies) wird der Unterauftragnehmer {subcontractors} eingesetzt.';
const NOT_PERMITTED = `${NAMED} Der Vertrag erlaubt diese Weiterverlagerung aber nicht. Lassen Sie die Weiterverlagerung unter festgelegten Bedingungen zu oder verzichten Sie auf den Unterauftragnehmer.`;
const NOT_FLOWED_DOWN = `${NAMED} Er ist aber nicht an die Anforderungen gebunden, die der Dienstleister übernommen hat. Verpflichten Sie jeden Unterauftragnehmer auf sämtliche Anforderungen und setzen Sie furtherRelocation.flowDownAllRequirements auf true.`;

export const de: TranslationOf<typeof en> = {
  'subcontracting/flow-down': {
    title: 'Unterauftragnehmer ohne Weitergabe der Anforderungen',
    summary:
      'Ein Unterauftragnehmer ist aufgeführt, der Vertrag erlaubt aber keine Weiterverlagerung oder gibt nicht alle Anforderungen an ihn weiter.',
    details:
      'Enthält `roughConcept.dependencies` einen Eintrag vom Typ `subcontractor`, muss der Vertrag die Weiterverlagerung zulassen (`furtherRelocation.permitted: true`) und jeden Unterauftragnehmer auf dieselben Anforderungen verpflichten, die der Dienstleister selbst übernommen hat (`flowDownAllRequirements: true`). Andernfalls läuft ein Teil der Leistung unter schwächeren Regeln als vereinbart oder sogar vertragswidrig.',
    fix: 'Setzen Sie `furtherRelocation.permitted` und `flowDownAllRequirements` auf `true` und stellen Sie sicher, dass der Vertrag diese Klausel tatsächlich enthält; oder verzichten Sie auf den Unterauftragnehmer.',
    messages: {
      relocationMissing: {
        message: 'Ein Unterauftragnehmer wird eingesetzt, aber contract.furtherRelocation fehlt',
        detail: `${NAMED} Der Vertrag muss die Weiterverlagerung unter festgelegten Bedingungen erlauben und alle Anforderungen an Unterauftragnehmer weitergeben.`,
      },
      permittedMissing: {
        message: 'Ein Unterauftragnehmer wird eingesetzt, aber furtherRelocation.permitted fehlt',
        detail: NOT_PERMITTED,
      },
      permittedFalse: {
        message:
          'Ein Unterauftragnehmer wird eingesetzt, aber furtherRelocation.permitted ist false',
        detail: NOT_PERMITTED,
      },
      flowDownMissing: {
        message:
          'Ein Unterauftragnehmer wird eingesetzt, aber furtherRelocation.flowDownAllRequirements fehlt',
        detail: NOT_FLOWED_DOWN,
      },
      flowDownFalse: {
        message:
          'Ein Unterauftragnehmer wird eingesetzt, aber furtherRelocation.flowDownAllRequirements ist false',
        detail: NOT_FLOWED_DOWN,
      },
    },
  },
  'subcontracting/late-disclosure': {
    title: 'Abhängigkeit erst nach Vertragsschluss offengelegt',
    summary:
      'Eine Abhängigkeit von Dritten wurde dem Kunden erst nach der Unterzeichnung des Vertrags mitgeteilt.',
    details:
      'Nach dem Grobkonzept muss der Dienstleister dem Kunden Unterauftragnehmer, weitere Outsourcing-Dienstleister, Rechenzentrumsbetreiber, Netzbetreiber und Notfallpartner vor Vertragsschluss nennen, damit der Kunde die Risiken bewerten kann, solange er noch verhandeln kann. Liegt `disclosedOn` nach `contract.signedOn`, ist das nicht geschehen.',
    fix: 'Besprechen Sie die Abhängigkeit mit dem Kunden und halten Sie das Ergebnis fest (etwa als Vertragsnachtrag); war nur das Datum falsch, korrigieren Sie `disclosedOn`.',
    messages: {
      disclosedAfterSigning: {
        message:
          'Abhängigkeit {dependency} erst am {disclosedOn} offengelegt, der Vertrag wurde am {signedOn} unterzeichnet',
        detail:
          'Abhängigkeiten von Dritten wie {described} sollten dem Kunden vor Vertragsschluss offengelegt werden, damit er das Risiko bewerten kann. Klären Sie die Abhängigkeit mit dem Kunden und halten Sie das Ergebnis fest, oder korrigieren Sie disclosedOn.',
      },
    },
  },
  'subcontracting/blanket-exclusion': {
    title: 'Weiterverlagerung pauschal ausgeschlossen',
    summary: '`contract.furtherRelocation.permitted` ist `false`.',
    details:
      'Ein Vertrag kann jede Beteiligung Dritter untersagen, die Maßnahme rät aber von einem solchen Pauschalverbot ab: Früher oder später wird doch ein Spezialist, ein Netzbetreiber oder eine Wartungsfirma gebraucht, und dann bleibt nur der Vertragsbruch oder eine Nachverhandlung. Besser sind klare Bedingungen, unter denen Unterauftragnehmer zulässig sind. Die Regel gibt nur einen Hinweis.',
    fix: 'Erwägen Sie, Unterauftragnehmer unter festgelegten Bedingungen zuzulassen (Zustimmung des Kunden, Weitergabe aller Anforderungen), statt sie ganz auszuschließen.',
    messages: {
      blanketBan: {
        message:
          'furtherRelocation.permitted ist false und schließt damit jede Weiterverlagerung aus',
        detail:
          'Ein Pauschalverbot ist nicht ratsam, weil später oft doch Spezialisten oder Netzbetreiber gebraucht werden. Lassen Sie Unterauftragnehmer besser unter festgelegten Bedingungen zu (Zustimmung des Kunden, Weitergabe aller Anforderungen).',
      },
    },
  },
};
