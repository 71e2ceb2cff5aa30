/** Die Texte der Regeln zu wiederkehrenden Überprüfungen auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'review/overdue': {
    title: 'Überprüfung überfällig',
    summary:
      'Ein Datum in `lastReviewed` oder `lastAligned` liegt weiter zurück, als das zugehörige Intervall erlaubt.',
    details:
      'Mehrere Maßnahmen verlangen regelmäßige Überprüfungen, etwa der Kommunikationspartner, des Sicherheitskonzepts oder der Notfallpläne. Wo ein Abschnitt ein Intervall und das Datum der letzten Überprüfung festhält, addiert die Prüfung beides und vergleicht das Ergebnis mit dem heutigen Tag. Ist die Überprüfung überfällig, beschreibt die Dokumentation womöglich nicht mehr den tatsächlichen Stand.',
    fix: 'Führen Sie die Überprüfung durch und tragen Sie das neue Datum ein; hat sich der vereinbarte Rhythmus geändert, passen Sie auch das Intervall an.',
    messages: {
      reviewOverdue: {
        message: 'Überprüfung überfällig: {section} war am {due} fällig',
        detail:
          'Zuletzt wurde am {last} überprüft (lastReviewed), vereinbart ist ein Intervall von {interval}. Führen Sie die Überprüfung durch und tragen Sie das neue Datum ein.',
      },
      alignmentOverdue: {
        message: 'Abstimmung überfällig: {section} war am {due} fällig',
        detail:
          'Die letzte Abstimmung fand am {last} statt (lastAligned), vereinbart ist ein Intervall von {interval}. Stimmen Sie sich erneut ab und tragen Sie das neue Datum ein.',
      },
    },
  },
};
