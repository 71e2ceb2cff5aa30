/** Die Texte der Schema-Regeln auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'schema/required': {
    title: 'Pflichtangabe fehlt',
    summary: 'Eine Angabe, die die Maßnahme verlangt, fehlt im Dokument.',
    details:
      'Jedes Feld des Formats ist entweder eine MUSS-Angabe (die Maßnahme sagt „muss“ oder „ist zu“) oder eine SOLLTE-Angabe (die Maßnahme empfiehlt sie). Fehlt eine MUSS-Angabe, ist das ein Fehler, fehlt eine SOLLTE-Angabe, eine Warnung. Welche Abschnitte verlangt werden, hängt von `metadata.status` ab und wächst von der Planung bis zum Betrieb: Eine Angabe, die in der Verhandlung noch fehlen durfte, wird gemeldet, sobald das Outsourcing-Vorhaben in die Migration geht. Der Befund steht am Schlüssel des übergeordneten Objekts und nennt den fehlenden Schlüssel und was die Maßnahme von ihm erwartet.',
    fix: 'Ergänzen Sie den fehlenden Schlüssel mit einem echten Wert. Bei einer SOLLTE-Angabe können Sie stattdessen eine begründete Abweichung (waiver) dokumentieren.',
    messages: {
      missing: { message: '{field} fehlt', detail: '{description}' },
      missingFromStatus: {
        message: '{field} ist ab dem Status {status} vorgeschrieben, fehlt aber',
        detail: '{description}',
      },
      recommended: { message: '{field} wird empfohlen, fehlt aber', detail: '{description}' },
      needsEntry: { message: '{field} braucht mindestens einen Eintrag', detail: '{description}' },
      lacksValues: { message: '{field} enthält nicht: {values}', detail: '{description}' },
      lacksValuesWith: {
        message: '{field} enthält keinen Eintrag mit {property} {values}',
        detail: '{description}',
      },
      lacksEntry: { message: '{field}: {what}', detail: '{why}' },
      kindMissing: {
        message: 'kind fehlt: Geben Sie an, welche Art von Dokument dies ist (kind: {kind})',
      },
      kindMissingUnknown: {
        message:
          'kind fehlt: Geben Sie an, welche Art von Dokument dies ist (Engagement oder DataConnectionAgreement)',
      },
    },
  },
  'schema/type': {
    title: 'Wert hat den falschen Typ',
    summary:
      'Ein Wert ist von anderer Art als vom Feld erwartet, etwa Text, wo ein Wahrheitswert oder eine Liste hingehört.',
    details:
      'Hier sind die Daten selbst falsch, nicht nur unvollständig; deshalb ist der Befund immer ein Fehler, gleich ob das Feld eine MUSS- oder SOLLTE-Angabe ist. Häufige Ursache ist YAML 1.2: Wörter wie `yes`, `no`, `on` und `off` bleiben Text und sind keine Wahrheitswerte, das sind nur `true` und `false`. Ebenso häufig steht ein einzelner Wert dort, wo das Format eine Liste erwartet.',
    fix: 'Schreiben Sie den Wert in der erwarteten Form; die Meldung nennt den Typ, etwa „true oder false“ oder „eine Liste“.',
    messages: {
      wrongType: {
        message: '{field} muss {expected} sein, nicht {actual}',
        detail: '{description}',
      },
      wrongTypeLong: {
        message: '{field} hat einen Wert der falschen Art: {actual}',
        detail: 'Erwartet wird {expected}. {description}',
      },
      needsQuotes: {
        message: '{field} muss {expected} sein, nicht {actual}',
        detail:
          'YAML liest den Wert als Zahl oder Wahrheitswert; setzen Sie ihn in Anführungszeichen, damit er als Text gilt. {description}',
      },
      needsQuotesLong: {
        message: '{field} hat einen Wert der falschen Art: {actual}',
        detail:
          'YAML liest den Wert als Zahl oder Wahrheitswert; setzen Sie ihn in Anführungszeichen, damit er als Text gilt. {description}',
      },
      documentEmpty: {
        message: 'Das Dokument muss aus Schlüsseln mit Werten bestehen, es ist aber leer',
        detail:
          'Ein Richtliniendokument ist ein Mapping, das mit apiVersion, kind und metadata beginnt.',
      },
      documentNotMapping: {
        message:
          'Das Dokument muss aus Schlüsseln mit Werten bestehen, nicht aus einem einzelnen Wert oder einer Liste',
        detail:
          'Ein Richtliniendokument ist ein Mapping, das mit apiVersion, kind und metadata beginnt.',
      },
    },
  },
  'schema/enum': {
    title: 'Wert gehört nicht zu den zulässigen Werten',
    summary: 'Ein Feld mit fest vorgegebenen Werten enthält etwas anderes.',
    details:
      'Felder wie `metadata.status`, `tenancy.model`, die Rollen von Ansprechpersonen oder die Stufen des Schutzbedarfs kennen nur ein festes Vokabular, weil Regeln und die Prüfung des Lebenszyklus von genau diesen Wörtern abhängen. Ein vertippter oder erfundener Wert würde diese Prüfungen unbemerkt abschalten; er wird deshalb als Fehler gemeldet. Gibt es einen ähnlichen zulässigen Wert, bietet die Meldung ihn als Schnellkorrektur an.',
    fix: 'Wählen Sie einen der Werte, die die Meldung aufführt.',
    messages: {
      didYouMean: {
        message: '{field} ist {actual} und damit kein zulässiger Wert; meinten Sie {suggestion}?',
        detail: 'Zulässig sind {allowed}. {description}',
      },
      useOneOf: {
        message: '{field} ist {actual} und damit kein zulässiger Wert; zulässig sind {allowed}',
        detail: '{description}',
      },
      notAllowed: {
        message: '{field} ist {actual} und damit kein zulässiger Wert',
        detail: 'Zulässig sind {allowed}. {description}',
      },
    },
  },
  'schema/format': {
    title: 'Wert entspricht nicht dem vorgesehenen Format',
    summary:
      'Ein Datum, eine Dauer, eine Kennung, ein Ländercode oder eine E-Mail-Adresse ist nicht in der vorgeschriebenen Schreibweise angegeben.',
    details:
      'Datumsangaben haben das Format `YYYY-MM-DD`, Fristen und Dauern werden nach ISO 8601 geschrieben (`PT4H`, `P30D`, `P3M`, `P1Y`), Kennungen beginnen mit einem Buchstaben und enthalten nur Buchstaben, Ziffern, Punkte, Unter- und Bindestriche, Länder werden mit dem zweistelligen Code nach ISO 3166 angegeben. Die Regeln vergleichen diese Werte (etwa die Kündigungsfrist mit der Dauer der Rückführung oder Prüftermine mit Prüfintervallen); das gelingt nur, wenn sie eindeutig lesbar sind. `3 Monate` oder `10.01.2024` sind es nicht.',
    fix: 'Schreiben Sie den Wert in der Schreibweise, die die Meldung nennt, also etwa `P3M` statt `3 Monate`.',
    messages: {
      empty: { message: '{field} darf nicht leer sein', detail: '{description}' },
      tooShort: {
        message: '{field} ist zu kurz; schreiben Sie mindestens {limit} Zeichen',
        detail: '{description}',
      },
      tooSmall: {
        message: '{field} muss mindestens {limit} betragen, nicht {actual}',
        detail: '{description}',
      },
      wrongFormat: {
        message: '{field} muss {expected} sein, nicht {actual}',
        detail: '{description}',
      },
      wrongFormatLong: {
        message: '{field} hat einen Wert im falschen Format: {actual}',
        detail: 'Erwartet wird {expected}. {description}',
      },
    },
  },
  'schema/unknown-key': {
    title: 'Unbekannter Schlüssel',
    summary: 'Ein Schlüssel steht an einer Stelle, an der das Format ihn nicht kennt.',
    details:
      'Jedes Objekt des Formats ist abgeschlossen. Ein unbekannter Schlüssel ist meist ein Tippfehler in einem erwarteten Schlüssel: Das gemeinte Feld fehlt dann in Wahrheit, und sein Inhalt wird von keiner Prüfung erfasst. Der Befund markiert den Schlüssel und schlägt, wenn ein bekannter Schlüssel ähnlich ist, diesen als Schnellkorrektur vor.',
    fix: 'Korrigieren Sie die Schreibweise (übernehmen Sie den Vorschlag) oder verschieben Sie die Information in ein Feld, das das Format vorsieht, etwa ein Feld für Anmerkungen oder eine Beschreibung.',
    messages: {
      unknownKey: {
        message: '{key} ist kein bekannter Schlüssel in {parent}',
        detail:
          'Bekannte Schlüssel an dieser Stelle: {known}. Unbekannte Schlüssel werden nicht geprüft; bei einem Tippfehler bleibt auch das gemeinte Feld ungeprüft.',
      },
      didYouMean: {
        message: '{key} ist kein bekannter Schlüssel in {parent}; meinten Sie {suggestion}?',
        detail:
          'Bekannte Schlüssel an dieser Stelle: {known}. Unbekannte Schlüssel werden nicht geprüft; bei einem Tippfehler bleibt auch das gemeinte Feld ungeprüft.',
      },
    },
  },
  'schema/must-be-true': {
    title: 'Zusage nicht erteilt',
    summary: 'Ein Feld, das eine geforderte Zusage festhält, steht auf false.',
    details:
      'Manche Felder sind Aussagen, die nach der Maßnahme zutreffen müssen, etwa dass voreingestellte Passwörter geändert wurden oder dass Tests getrennt vom Produktivbetrieb laufen. Ein Wert false dokumentiert ehrlich, dass die Zusage fehlt; deshalb ist er ein Befund und kein Typfehler. Verlangt die Maßnahme die Zusage verbindlich, ist der Befund ein Fehler, empfiehlt sie sie nur, eine Warnung; Warnungen lassen sich mit einer begründeten Abweichung zurückstellen.',
    fix: 'Setzen Sie um, was das Feld beschreibt, und setzen Sie es dann auf `true`; bei einer empfohlenen Zusage ist eine begründete Abweichung die Alternative.',
    messages: {
      mustBe: { message: '{field} muss {value} sein', detail: '{description}' },
    },
  },
};
