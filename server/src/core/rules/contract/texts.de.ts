/** Die Texte der vertraglichen Regeln auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'termination/notice-period': {
    title: 'Kündigungsfrist kürzer als die Rückführung',
    summary:
      'Die Kündigungsfrist des Vertrags ist kürzer als die geschätzte Zeit, um die Leistung zurückzuholen.',
    details:
      'Eine geordnete Beendigung (M15) gelingt nur, wenn dem Kunden nach der Kündigung genug Zeit bleibt, die Leistung wieder selbst zu erbringen oder zu einem anderen Dienstleister zu verlagern; im Vertrag (M2) wird diese Zeit abgesichert. Die Regel vergleicht `contract.term.noticePeriod` und `termination.reintegrationEstimate` als Zeitdauern, unterschiedliche Einheiten sind also kein Problem: `P12M` ist länger als `P300D`.',
    fix: 'Verhandeln Sie eine längere Kündigungsfrist oder prüfen Sie, ob die Schätzung für die Rückführung zu vorsichtig ist.',
    messages: {
      shorterThanReintegration: {
        message:
          'Kündigungsfrist {notice} ist kürzer als die geschätzte Rückführungsdauer {reintegration}',
        detail:
          'Nach einer Kündigung könnte der Kunde die Leistung nicht rechtzeitig vor Vertragsende zurückholen oder verlagern (termination.reintegrationEstimate). Verlängern Sie die Kündigungsfrist oder überprüfen Sie die Schätzung.',
      },
    },
  },
  'contract/penalties-incomplete': {
    title: 'Vertragsstrafenregelung unvollständig',
    summary:
      'Vertragsstrafen sind vereinbart, der Vertrag regelt aber nicht alle vier Punkte, die der Dienstleister klären sollte.',
    details:
      'Kunden verlangen häufig Vertragsstrafen für eine mangelhafte Leistung. Ist `contract.legal.penalties.agreed` gleich `true`, sollte auch geregelt sein, wie ein Schaden beziffert wird, wie ein Imageschaden bemessen wird, was bei einer Insolvenz des Dienstleisters geschieht und wie mit Katastrophenschäden umgegangen wird. Jeder offene Punkt lässt Raum für Streit, der weit mehr kosten kann als die Vertragsstrafe selbst.',
    fix: 'Ergänzen Sie die fehlenden Punkte unter `contract.legal.penalties` und nennen Sie jeweils die Vertragsklausel, die sie regelt.',
    messages: {
      aspectsOpen: {
        message: 'Die Vertragsstrafenregelung lässt {missing} offen',
        detail:
          'Eine Vertragsstrafenregelung sollte festlegen, wie ein Schaden beziffert und ein Imageschaden bemessen wird, was bei einer Insolvenz des Dienstleisters gilt und wie mit Katastrophenschäden umgegangen wird. Offene Punkte führen zu Streit; nennen Sie die Klausel, die {missing} regelt.',
      },
    },
  },
};
