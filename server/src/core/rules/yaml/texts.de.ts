/** Die Texte der YAML-Regeln auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'yaml/syntax': {
    title: 'YAML-Syntaxfehler',
    summary: 'Die Datei ist kein gültiges YAML.',
    details:
      'Jedes Problem wird einmal gemeldet, an seiner Stelle und in verständlichen Worten: ein Tabulator in der Einrückung, ein nicht geschlossenes Anführungszeichen oder eine nicht geschlossene Klammer, ein Schlüssel ohne Doppelpunkt, uneinheitlich eingerückte Listeneinträge oder Schlüssel oder ein Alias (`*name`), vor dem im selben Dokument kein Anker dieses Namens steht. Den Abschnitt der obersten Ebene, in dem der Fehler steht, kann der Parser nicht verlässlich lesen; er wird bewertet, sobald der Fehler behoben ist. Die übrigen Abschnitte werden weiter geprüft, und das Dokument zählt weiter im Arbeitsbereich (seine Vereinbarungen finden es).',
    fix: 'Korrigieren Sie den Text an der markierten Stelle: Rücken Sie mit Leerzeichen ein (eine Schnellkorrektur ersetzt Tabulatoren) und schließen Sie jedes Anführungszeichen und jede Klammer.',
    messages: {
      tab: { message: 'Hier wird mit Tabulator eingerückt; YAML erlaubt nur Leerzeichen' },
      keyNotAligned: {
        message:
          'Dieser Schlüssel steht nicht auf einer Linie mit den anderen Schlüsseln seines Mappings',
      },
      itemNotAligned: {
        message:
          'Dieser Listeneintrag steht nicht auf einer Linie mit den anderen Einträgen der Liste',
      },
      flowNotClosedOrIndented: {
        message:
          'Eine { oder [ wird nicht geschlossen, oder ihr Inhalt ist nicht weit genug eingerückt',
      },
      doubleQuoteOpen: {
        message:
          'Ein Text in doppelten Anführungszeichen ist nicht geschlossen: Das schließende " fehlt',
      },
      singleQuoteOpen: {
        message:
          "Ein Text in einfachen Anführungszeichen ist nicht geschlossen: Das schließende ' fehlt",
      },
      keyWithoutColon: {
        message: 'Ein Schlüssel ohne Doppelpunkt: Schreiben Sie ihn als Schlüssel: Wert',
      },
      missingComma: { message: 'Zwischen den Einträgen in { } oder [ ] fehlt ein Komma' },
      commentWithoutSpace: {
        message:
          'Ein # leitet nur nach einem Leerzeichen einen Kommentar ein; fügen Sie eines ein oder setzen Sie den Wert in Anführungszeichen',
      },
      itemWithoutDash: { message: 'Ein Listeneintrag ohne vorangestelltes "- "' },
      flowMapOpen: { message: 'Eine { wird nicht mit } geschlossen' },
      flowSequenceOpen: { message: 'Eine [ wird nicht mit ] geschlossen' },
      blockAsKey: {
        message:
          'Ein Mapping kann nicht in der Zeile seines Schlüssels beginnen; schreiben Sie es eingerückt in die nächste Zeile',
      },
      multilineKey: {
        message:
          'Ein Schlüssel reicht über mehr als eine Zeile; vermutlich fehlt ein Doppelpunkt oder ein schließendes Anführungszeichen',
      },
      badValueStart: {
        message: 'Ein Wert darf nicht mit {char} beginnen; setzen Sie ihn in Anführungszeichen',
      },
      blockInFlow: {
        message:
          'Ein eingerückter Block kann nicht in { } oder [ ] stehen; schreiben Sie ihn in eine Zeile',
      },
      badEscape: {
        message:
          'Unbekannte \\-Escape-Sequenz in doppelten Anführungszeichen; schreiben Sie \\\\ für einen Backslash oder verwenden Sie einfache Anführungszeichen',
      },
      unexpectedComma: {
        message:
          'Unerwartetes Komma; setzen Sie den Wert in Anführungszeichen, wenn das Komma dazugehört',
      },
      unexpectedText: {
        message: 'Unerwarteter Text: Er passt nicht in die umgebende Struktur',
      },
      twoAnchors: { message: 'Ein Wert kann nur einen Anker (&name) haben' },
      twoTags: { message: 'Ein Wert kann nur ein Tag (!name) haben' },
      aliasWithProperties: {
        message: 'Ein Alias (*name) kann keinen eigenen Anker und kein eigenes Tag haben',
      },
      aliasWithoutName: { message: 'Nach & oder * muss der Name des Ankers bzw. Alias stehen' },
      keyTooLong: {
        message:
          'Ein Schlüssel ist länger als 1024 Zeichen; fehlt nach einem kurzen Schlüssel ein Doppelpunkt?',
      },
      tooDeep: {
        message:
          'Das Dokument ist zu tief verschachtelt, um gelesen zu werden; vereinfachen Sie seine Struktur',
      },
      parserError: { message: 'YAML-Syntaxfehler (Meldung des Parsers): {raw}' },
      parserWarning: { message: 'YAML-Hinweis des Parsers: {raw}' },
      unresolvedAlias: {
        message: 'Vor dem Alias *{name} steht in diesem Dokument kein Anker dieses Namens',
      },
    },
  },
  'yaml/duplicate-key': {
    title: 'Schlüssel doppelt vorhanden',
    summary: 'Derselbe Schlüssel steht zweimal in einem Mapping.',
    details:
      'YAML erlaubt in einem Mapping jeden Schlüssel nur einmal, und Werkzeuge entscheiden unterschiedlich, welcher der beiden Werte gilt. In einem Dokument, das Nachweise liefern soll, bleibt so offen, welche Aussage gemeint ist; deshalb wird das zweite Vorkommen gemeldet.',
    fix: 'Behalten Sie einen der beiden Einträge und löschen Sie den anderen; führen Sie die Inhalte zusammen, wenn beide etwas Brauchbares enthalten.',
    messages: {
      duplicate: {
        message:
          '{key} steht zweimal im selben Mapping; YAML-Schlüssel müssen eindeutig sein, sonst geht ein Wert verloren',
      },
    },
  },
  'yaml/alias-limit': {
    title: 'Zu viele Alias-Auflösungen',
    summary: 'Das Dokument löst Anker und Aliase öfter auf, als die Sicherheitsgrenze zulässt.',
    details:
      'Mit Ankern (`&name`) und Aliasen (`*name`) verwendet YAML einen Knoten mehrfach. Verschachtelte Aliase können aus wenigen Zeilen eine riesige Struktur erzeugen (der Angriff „Billion Laughs“), die einen Editor oder einen CI-Lauf lahmlegen würde. Die Prüfung löst deshalb nur eine feste Zahl von Aliasen auf und prüft das Dokument darüber hinaus nicht.',
    fix: 'Schreiben Sie den wiederholten Inhalt aus oder verschachteln Sie die Wiederverwendung deutlich flacher; gewöhnliche Richtliniendokumente kommen mit wenigen Aliasen aus.',
    messages: {
      tooMany: {
        message:
          'Das Dokument löst mehr als {limit} Aliase (*name) auf; das sieht nach einer Alias-Bombe aus, es wurde daher nicht geprüft',
      },
      cycle: {
        message:
          'Ein Alias (*name) verweist auf einen Knoten, der ihn selbst enthält; die Daten enden nie, das Dokument wurde nicht geprüft',
      },
    },
  },
};
