/** Die Texte der Regeln zum erhöhten Schutzbedarf auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'increased-protection/screening': {
    title: 'Sicherheitsüberprüfung des Personals fehlt trotz hohen Schutzbedarfs',
    summary:
      'Vertraulichkeit oder Integrität haben den Schutzbedarf hoch oder sehr hoch, das Vorhaben enthält aber keinen Abschnitt `personnelScreening`.',
    details:
      'Die Maßnahme M16 gehört zu den Anforderungen bei erhöhtem Schutzbedarf und betrifft Vertraulichkeit und Integrität. Sobald `protectionNeeds` eines der beiden Grundwerte mit hoch oder sehr hoch bewertet, erwartet die Prüfung, dass Auftraggeber und Outsourcing-Dienstleister vereinbart haben, welche Sicherheitsüberprüfungen das eingesetzte Personal bestehen muss. Der Befund ist eine Warnung; eine begründete Abweichung ist möglich, etwa wenn das Arbeitsrecht des Landes solche Überprüfungen nicht zulässt.',
    fix: 'Ergänzen Sie `personnelScreening` mit den vereinbarten Überprüfungen, wer sie jeweils durchführt, wie weit sie reichen und ob sie bei Personalwechsel wiederholt werden.',
    messages: {
      missingForNeeds: {
        message: 'personnelScreening fehlt, obwohl der Schutzbedarf erhöht ist ({needs})',
        detail:
          'Bei erhöhtem Schutzbedarf sollten Auftraggeber und Dienstleister festlegen, welche Sicherheitsüberprüfungen das im Vorhaben eingesetzte Personal durchlaufen muss. Ergänzen Sie personnelScreening oder dokumentieren Sie eine begründete Abweichung, wenn solche Überprüfungen nicht möglich sind.',
      },
      missingAtLevelIncreased: {
        message:
          'personnelScreening fehlt; bei Prüfung auf Stufe increased wird der Abschnitt erwartet',
        detail:
          'Auf der Stufe increased wird jedes Vorhaben so geprüft, als wäre der Schutzbedarf hoch. Auftraggeber und Dienstleister sollten daher festlegen, welche Sicherheitsüberprüfungen das Personal durchlaufen muss. Ergänzen Sie personnelScreening oder dokumentieren Sie eine begründete Abweichung.',
      },
    },
  },
  'data-exchange/encryption': {
    title: 'Schutzbedürftige Daten werden unverschlüsselt ausgetauscht',
    summary:
      'Vertraulichkeit oder Integrität haben den Schutzbedarf hoch oder sehr hoch, der Transportschutz beim Datenaustausch sieht aber keine Verschlüsselung vor.',
    details:
      'Prüfsummen und versiegelte Container machen Beschädigung und Manipulation erkennbar, halten die Daten auf dem Übertragungsweg aber nicht geheim. Bewertet `protectionNeeds` Vertraulichkeit oder Integrität mit hoch oder sehr hoch und fehlt `encryption` in `dataExchange.security.transportProtection`, sind die Daten beim Austausch schwächer geschützt, als ihr Schutzbedarf verlangt.',
    fix: 'Nehmen Sie `encryption` in `transportProtection` auf und beschreiben Sie das Schlüsselmanagement, oder begründen Sie die Abweichung, etwa mit einer dedizierten Leitung.',
    messages: {
      encryptionLacking: {
        message:
          'transportProtection sieht keine Verschlüsselung vor, obwohl der Schutzbedarf erhöht ist ({needs})',
        detail:
          'Prüfsummen und Siegel decken Manipulationen auf, schützen aber nicht die Vertraulichkeit während der Übertragung. Ergänzen Sie encryption in dataExchange.security.transportProtection und beschreiben Sie das Schlüsselmanagement.',
      },
      transportProtectionMissing: {
        message: 'transportProtection fehlt, obwohl der Schutzbedarf erhöht ist ({needs})',
        detail:
          'Daten mit diesem Schutzbedarf sollten nur verschlüsselt übertragen werden. Legen Sie dataExchange.security.transportProtection mit encryption an und beschreiben Sie das Schlüsselmanagement.',
      },
    },
  },
};
