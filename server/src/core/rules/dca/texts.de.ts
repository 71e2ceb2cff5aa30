/** Die Texte der Regeln zu Netzanbindungsvereinbarungen auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

const GATE =
  'Die Verbindung darf erst nach der Sicherheitsüberprüfung freigeschaltet werden, wenn keine bekannten Mängel mehr offen sind (activation.openSecurityDeficiencies) und die Vereinbarung in Kraft ist. Beheben Sie zuerst die Mängel oder korrigieren Sie die Daten.';
const MISMATCH =
  'Beide Seiten brauchen dieselbe Einschätzung, wie schutzbedürftig die Daten auf der Verbindung sind. Gleichen Sie die beiden Werte an.';
const ONE_SIDED =
  'Jede Seite braucht für diese Art von Problemen mit der Verbindung einen Ansprechpartner auf der anderen Seite.';

export const de: TranslationOf<typeof en> = {
  'dca/activation-gate': {
    title: 'Netzanbindung zu früh freigeschaltet',
    summary:
      'Eine Netzanbindungsvereinbarung verzeichnet eine Freischaltung, obwohl Sicherheitsmängel offen sind, oder vor der Sicherheitsüberprüfung oder dem Beginn der Vereinbarung.',
    details:
      'Zwei Netze sollten erst verbunden werden, wenn beide Seiten die vereinbarten Maßnahmen umgesetzt haben und keine bekannte Schwachstelle mehr besteht. Ein Datum in `activatedOn` zusammen mit Einträgen in `openSecurityDeficiencies` oder ein Datum vor `activation.securityCheck.date` oder `term.effectiveFrom` zeigt, dass die Verbindung vorher in Betrieb ging. Jeder dieser Gründe wird einzeln gemeldet. Mängel, die bei der Inbetriebnahme offen sind, bleiben erfahrungsgemäß dauerhaft offen.',
    fix: 'Beheben Sie die Mängel und leeren Sie die Liste oder korrigieren Sie die Daten; ist die Verbindung noch nicht in Betrieb, entfernen Sie `activatedOn`.',
    messages: {
      deficiencyOpen: {
        message:
          'Verbindung am {activatedOn} zu früh freigeschaltet: Ein Sicherheitsmangel ist noch offen',
        detail: `Freigeschaltet, obwohl noch ein Sicherheitsmangel offen ist. ${GATE}`,
      },
      deficienciesOpen: {
        message:
          'Verbindung am {activatedOn} zu früh freigeschaltet: {count} Sicherheitsmängel sind noch offen',
        detail: `Freigeschaltet, obwohl noch {count} Sicherheitsmängel offen sind. ${GATE}`,
      },
      beforeSecurityCheck: {
        message:
          'Verbindung am {activatedOn} zu früh freigeschaltet: vor der Sicherheitsüberprüfung am {checkDate}',
        detail: `Freigeschaltet vor der Sicherheitsüberprüfung am {checkDate} (activation.securityCheck.date). ${GATE}`,
      },
      beforeEffective: {
        message:
          'Verbindung am {activatedOn} zu früh freigeschaltet: vor Inkrafttreten der Vereinbarung am {effectiveFrom}',
        detail: `Freigeschaltet, bevor die Vereinbarung am {effectiveFrom} in Kraft tritt (term.effectiveFrom). ${GATE}`,
      },
    },
  },
  'dca/protection-mismatch': {
    title: 'Schutzbedarf weicht vom Outsourcing-Vorhaben ab',
    summary:
      'Der Schutzbedarf in einer Netzanbindungsvereinbarung stimmt nicht mit dem des zugehörigen Outsourcing-Vorhabens überein.',
    details:
      'Die Vereinbarung muss auf einem gemeinsamen Verständnis beruhen, wie schutzbedürftig die Daten sind. Bewertet sie Vertraulichkeit, Integrität oder Verfügbarkeit anders als das Vorhaben, ist eines der beiden Dokumente veraltet, und die für die Verbindung gewählten Maßnahmen reichen womöglich nicht aus. Maßgeblich ist das Vorhaben, das `metadata.engagementRef` nennt.',
    fix: 'Bringen Sie beide Dokumente auf die zutreffende Bewertung und aktualisieren Sie `classificationAgreedOn`, wenn die Vereinbarung neu verhandelt wurde.',
    messages: {
      confidentialityDiffers: {
        message:
          'Schutzbedarf hinsichtlich Vertraulichkeit ist hier {level}, im Outsourcing-Vorhaben {engagement} aber {engagementLevel}',
        detail: MISMATCH,
      },
      integrityDiffers: {
        message:
          'Schutzbedarf hinsichtlich Integrität ist hier {level}, im Outsourcing-Vorhaben {engagement} aber {engagementLevel}',
        detail: MISMATCH,
      },
      availabilityDiffers: {
        message:
          'Schutzbedarf hinsichtlich Verfügbarkeit ist hier {level}, im Outsourcing-Vorhaben {engagement} aber {engagementLevel}',
        detail: MISMATCH,
      },
      inNetworkEncryptionRequired: {
        message:
          'encryption.inNetwork muss true sein, weil der Schutzbedarf an Vertraulichkeit {confidentiality} ist',
        detail:
          'Bei diesem Schutzbedarf muss auch der Verkehr innerhalb der verbundenen Netze verschlüsselt werden. Verschlüsseln Sie ihn und setzen Sie inNetwork auf true.',
      },
    },
  },
  'dca/one-sided-contacts': {
    title: 'Ansprechpartner nur einer Seite',
    summary:
      'Eine Kategorie von Ansprechpartnern einer Netzanbindungsvereinbarung nennt nur Personen einer der beiden Parteien.',
    details:
      'Für organisatorische und technische Fragen sowie für Sicherheitsvorfälle braucht jede Seite jemanden, den sie auf der anderen Seite ansprechen kann. Gehören etwa alle technischen Ansprechpartner zum Dienstleister, hat ein Problem, das der Dienstleister bemerkt, beim Kunden kein Gegenüber. Die Parteien ergeben sich aus den Kontakten des Outsourcing-Vorhabens, zu dem die Vereinbarung gehört.',
    fix: 'Ergänzen Sie in der Kategorie mindestens einen Kontakt der fehlenden Partei.',
    messages: {
      noProviderContact: {
        message: 'contacts.{category} nennt keinen Ansprechpartner des Dienstleisters',
        detail: `${ONE_SIDED} Ergänzen Sie einen Kontakt des Dienstleisters ({provider}).`,
      },
      noCustomerContact: {
        message: 'contacts.{category} nennt keinen Ansprechpartner des Kunden',
        detail: `${ONE_SIDED} Ergänzen Sie einen Kontakt des Kunden ({customer}).`,
      },
      noContactOfEither: {
        message:
          'contacts.{category} nennt weder Ansprechpartner des Dienstleisters noch des Kunden',
        detail: `${ONE_SIDED} Ergänzen Sie je einen Kontakt des Dienstleisters ({provider}) und des Kunden ({customer}).`,
      },
      foreignLawNotesMissing: {
        message:
          'foreignLawNotes wird empfohlen, fehlt aber: Die Parteien sitzen in {providerCountry} und {customerCountry}',
        detail:
          'Der Dienstleister sitzt in {providerCountry}, der Kunde in {customerCountry}; jede Seite sollte daher wissen, was das Recht des anderen Landes zu Kryptografie, Datenschutz und Urheberrecht vorschreibt. Ergänzen Sie foreignLawNotes.',
      },
    },
  },
};
