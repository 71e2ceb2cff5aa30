/** Die Texte der Regeln zu begründeten Abweichungen (waivers) auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'waiver/not-allowed': {
    title: 'Abweichung von einer verbindlichen Anforderung',
    summary:
      'Eine begründete Abweichung soll Befunde zu einer Anforderung zurückstellen, die die Maßnahme verbindlich vorschreibt.',
    details:
      'Abweichungen sind für Empfehlungen gedacht: Ein Dienstleister kann mit schriftlicher Begründung und Freigabe entscheiden, dass eine SOLLTE-Anforderung für ein Outsourcing-Vorhaben nicht passt. Verbindliche Anforderungen lassen sich so nicht abschalten, weil die Maßnahme für diese Entscheidung keinen Raum lässt. Eine Abweichung, deren Pfad einen ganzen Abschnitt nennt, ist zulässig: Sie stellt die Empfehlungen darunter zurück, nie einen Fehler. Abgelehnt wird nur ein Pfad, der selbst ein MUSS-Feld nennt. Der Befund steht am Eintrag der Abweichung und trägt die Maßnahme, die sie nennt; die verbindlichen Befunde, auf die sie zielte, bleiben bestehen.',
    fix: 'Erfüllen Sie stattdessen die verbindliche Anforderung oder fassen Sie den Pfad der Abweichung so eng, dass er nur empfohlene Felder erfasst.',
    messages: {
      mustField: {
        message:
          '{path} ist eine verbindliche Anforderung (MUSS); davon kann nicht abgewichen werden',
        detail:
          'Abweichen lässt sich nur von Empfehlungen (SOLLTE) der Maßnahme {measure}; eine verbindliche Anforderung muss erfüllt werden.',
      },
    },
  },
  'waiver/expired': {
    title: 'Abweichung abgelaufen',
    summary:
      'Das Datum `expires` einer begründeten Abweichung liegt in der Vergangenheit; sie stellt nichts mehr zurück.',
    details:
      'Ein Ablaufdatum sorgt dafür, dass eine Abweichung erneut geprüft wird. Ist es überschritten, erscheinen die zurückgestellten Befunde wieder, und diese Warnung zeigt auf die Abweichung: Die Entscheidung wird bewusst erneuert oder die Empfehlung endlich umgesetzt.',
    fix: 'Setzen Sie die Empfehlung um und löschen Sie die Abweichung, oder prüfen Sie sie erneut und tragen Sie mit neuer Freigabe ein neues Datum und Ablaufdatum ein.',
    messages: {
      expired: {
        message: 'Die Abweichung für {measure} ist am {date} abgelaufen',
        detail:
          'Eine abgelaufene Abweichung stellt nichts zurück. Erneuern Sie sie oder setzen Sie die Empfehlung um.',
      },
    },
  },
  'waiver/unused': {
    title: 'Abweichung ohne Befund',
    summary:
      'Eine begründete Abweichung gilt für eine Maßnahme oder einen Pfad, zu dem nichts gemeldet wird.',
    details:
      'Entweder wurde die Empfehlung inzwischen umgesetzt, oder der Pfad ist falsch geschrieben und die Abweichung verfehlt die Befunde, für die sie gedacht war. In beiden Fällen stört sie nur bei einer Prüfung; sie wird deshalb als Hinweis gemeldet.',
    fix: 'Löschen Sie die Abweichung, wenn die Anforderung jetzt erfüllt ist; korrigieren Sie andernfalls ihre Maßnahme oder ihren Pfad.',
    messages: {
      unused: {
        message: 'Nicht genutzte Abweichung: Zu {measure} gibt es keine Empfehlung zurückzustellen',
        detail:
          'Die Empfehlungen, für die diese Abweichung gilt, sind alle erfüllt. Entfernen Sie die Abweichung.',
      },
      unusedUnder: {
        message:
          'Nicht genutzte Abweichung: Zu {measure} gibt es unter {path} keine Empfehlung zurückzustellen',
        detail:
          'Die Empfehlungen, für die diese Abweichung gilt, sind alle erfüllt. Entfernen Sie die Abweichung.',
      },
    },
  },
};
