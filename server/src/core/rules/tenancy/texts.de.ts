/** Die Texte der Regeln zur Mandantentrennung auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'tenancy/client-concept': {
    title: 'Gemeinsam genutzter Dienst ohne schlüssiges Mandantentrennungskonzept',
    summary:
      'Ein mandantenfähiger Betrieb hat kein Mandantentrennungskonzept, verweist auf ein anderes oder trennt die Datensicherungen nicht nach Mandanten.',
    details:
      'Ist `tenancy.model` gleich `multi-tenant`, teilen sich mehrere Kunden die Systeme; nur ein dokumentiertes Mandantentrennungskonzept belegt, wie sie voneinander getrennt werden. Die Regel meldet sich, wenn `clientConcept` fehlt, wenn `contract.clientCapability.clientConceptRef` ein anderes Konzept nennt als `clientConcept.id` oder wenn `emergencyPreparedness.backup.separateMediaPerClient` nicht `true` ist: Gemeinsame Sicherungsmedien heben die Trennung bei einer Wiederherstellung wieder auf.',
    fix: 'Ergänzen Sie den Abschnitt `clientConcept`, lassen Sie den Vertrag auf dessen Kennung verweisen und sichern Sie die Daten jedes Mandanten auf eigenen Medien.',
    messages: {
      conceptMissing: {
        message: 'Mandantenfähiger Betrieb, aber das Vorhaben hat kein clientConcept',
        detail:
          'Teilen sich mehrere Kunden die Systeme, muss ein dokumentiertes Mandantentrennungskonzept zeigen, wie sie getrennt werden. Ergänzen Sie den Abschnitt clientConcept und stellen Sie ihn dem Kunden zur Verfügung.',
      },
      contractRefMissing: {
        message: 'Mandantenfähiger Betrieb, aber contract.clientCapability.clientConceptRef fehlt',
        detail:
          'Der Vertrag muss das Mandantentrennungskonzept benennen, das diesen Kunden von den anderen trennt.',
      },
      contractRefMissingNamed: {
        message: 'Mandantenfähiger Betrieb, aber contract.clientCapability.clientConceptRef fehlt',
        detail:
          'Der Vertrag muss das Mandantentrennungskonzept ({conceptId}) benennen, das diesen Kunden von den anderen trennt.',
      },
      contractRefMismatch: {
        message: 'clientConceptRef {ref} passt nicht zu clientConcept.id {conceptId}',
        detail:
          'Der Vertrag (contract.clientCapability.clientConceptRef) verweist auf ein anderes Mandantentrennungskonzept als das dokumentierte. Beide müssen dasselbe Konzept nennen.',
      },
      separateMediaMissing: {
        message: 'Mandantenfähiger Betrieb, aber backup.separateMediaPerClient fehlt',
        detail:
          'Liegen die Sicherungen mehrerer Kunden auf denselben Medien, ist die Mandantentrennung bei einer Wiederherstellung aufgehoben. Sichern Sie die Daten jedes Kunden auf eigenen Medien und setzen Sie emergencyPreparedness.backup.separateMediaPerClient auf true.',
      },
      separateMediaFalse: {
        message: 'Mandantenfähiger Betrieb, aber backup.separateMediaPerClient ist false',
        detail:
          'Liegen die Sicherungen mehrerer Kunden auf denselben Medien, ist die Mandantentrennung bei einer Wiederherstellung aufgehoben. Sichern Sie die Daten jedes Kunden auf eigenen Medien und setzen Sie emergencyPreparedness.backup.separateMediaPerClient auf true.',
      },
    },
  },
};
