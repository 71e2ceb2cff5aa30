/** Die Texte der Regeln zum Personal auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'external-staff/commitment': {
    title: 'Fremdpersonal nicht verpflichtet oder dem Kunden nicht gemeldet',
    summary:
      'Langfristig eingesetztes Fremdpersonal hat keine schriftliche Verpflichtung abgegeben, oder Fremdpersonal mit Zugriff auf vertrauliche Daten wurde dem Kunden nicht gemeldet.',
    details:
      'Wer als Beschäftigter eines anderen Unternehmens längerfristig für den Dienstleister arbeitet, muss sich schriftlich auf die einschlägigen Gesetze, Vorschriften und internen Regelungen verpflichten; ein Eintrag mit `engagement: long-term` ohne `writtenCommitmentOn` ist ein Fehler. Unabhängig davon sollte der Kunde erfahren, wenn Fremdpersonal auf seine vertraulichen Daten zugreifen kann (`accessToConfidentialData: true`), damit sein ISB die Anforderungen neu bewerten kann; fehlt `reportedToCustomerOn`, ist das eine Warnung.',
    fix: 'Holen Sie die schriftliche Verpflichtung ein und tragen Sie ihr Datum ein; informieren Sie den Kunden und halten Sie fest, wann das geschah.',
    messages: {
      commitmentMissing: {
        message: 'Langfristig eingesetztes Fremdpersonal {who} hat kein writtenCommitmentOn',
        detail:
          'Langfristig eingesetztes Fremdpersonal wie {described} muss sich schriftlich verpflichten, die einschlägigen Gesetze, Vorschriften und internen Regelungen einzuhalten. Tragen Sie das Datum der Unterschrift ein.',
      },
      notReported: {
        message:
          'Fremdpersonal {who} kann auf vertrauliche Daten zugreifen, reportedToCustomerOn fehlt aber',
        detail:
          'Der Kunde sollte erfahren, dass {described} auf seine vertraulichen Daten zugreifen kann, damit sein ISB die Anforderungen neu bewerten kann. Tragen Sie ein, wann der Kunde informiert wurde.',
      },
    },
  },
  'staff/self-substitute': {
    title: 'Person ist ihre eigene Vertretung',
    summary:
      'Ein Vertretungseintrag nennt denselben Kontakt als Hauptverantwortlichen und als Vertretung.',
    details:
      'Vertretungen sorgen dafür, dass eine Rolle auch bei Abwesenheit ihres Inhabers besetzt ist. Ein Eintrag in `staff.substitutes`, der denselben Kontakt als primary und als deputy nennt, sieht vollständig aus, bietet aber keinerlei Vertretung.',
    fix: 'Benennen Sie eine andere Person als Vertretung und legen Sie bei Bedarf einen Kontakt für sie an.',
    messages: {
      sameAsPrimary: {
        message: 'Vertretung {primary} ist dieselbe Person wie der Hauptverantwortliche',
        detail:
          'Fällt diese Person aus, vertritt sie niemand. Benennen Sie einen anderen Kontakt als deputy.',
      },
      sameAsPrimaryForRole: {
        message: 'Vertretung {primary} ist dieselbe Person wie der Hauptverantwortliche für {role}',
        detail:
          'Fällt diese Person aus, vertritt sie niemand. Benennen Sie einen anderen Kontakt als deputy.',
      },
    },
  },
};
