/** Alle Texte der Kommandozeile auf Deutsch; Schlüssel und Platzhalter wie in `en.ts`. */
import type { TranslationOf } from '../../core';
import type { CliTexts } from './en';

export const de: TranslationOf<CliTexts> = {
  help: {
    main: `Aufruf: outsourcing-policy <Befehl> [Optionen]

Prüft Outsourcing-Vorhaben (*.engagement.yaml) und Netzanbindungsvereinbarungen (*.dca.yaml)
gegen den IT-Grundschutz-Baustein OPS.3.1 des BSI, Maßnahmen M1 bis M16.

Befehle:
  check [Pfade...]        Dateien und Ordner prüfen (Vorgabe: .); Ordner werden nach Outsourcing-Dokumenten durchsucht
  coverage [Pfade...]     Umsetzungsstand der Maßnahmen M1 bis M16 je Outsourcing-Vorhaben als Tabelle, JSON,
                          Markdown oder HTML
  explain <Regel|Maßnahme>  erklären, was eine Regel (z. B. subcontracting/flow-down) oder eine Maßnahme
                          (z. B. OPS.3.1.M2) verlangt
  help [Befehl]           diese Hilfe oder die Hilfe zu einem Befehl anzeigen

Optionen aller Befehle:
      --locale <Sprache>  Sprache aller Ausgaben: en oder de (Vorgabe: locale aus der Projektdatei,
                          sonst LC_ALL, LC_MESSAGES oder LANG, sonst en)
  -h, --help              Hilfe anzeigen; outsourcing-policy <Befehl> --help zeigt die Hilfe zu einem Befehl
  -v, --version           Version ausgeben
      --debug             bei internen Fehlern den Stacktrace ausgeben

Die Optionen eines Befehls zeigen outsourcing-policy check --help und outsourcing-policy coverage --help.

Exit-Codes: 0 kein Befund ab der Schwelle von --fail-on, 1 mindestens ein solcher Befund,
2 Aufruffehler, nicht lesbarer Pfad oder interner Fehler.
`,
    check: `Aufruf: outsourcing-policy check [Pfade...] [Optionen]

Prüft die angegebenen Dateien und Ordner (Vorgabe: .) gegen OPS.3.1; in Ordnern werden
*.engagement.yaml und *.dca.yaml gesucht.

Optionen:
  -f, --format <Name>     stylish (Vorgabe), json, sarif, github, junit, markdown oder oscal (OSCAL-1.1.3-
                          Prüfergebnisse für ISMS-Werkzeuge); mehrfach möglich
  -o, --output <Datei>    den Bericht des vorangehenden --format in eine Datei schreiben (stylish erscheint
                          trotzdem im Terminal)
      --changed-since <Ref>  nur Befunde in Zeilen melden, die sich seit einer Git-Referenz geändert haben,
                          und Befunde, die diese Änderungen an anderer Stelle auslösen
      --level <Stufe>     basic, standard (Vorgabe) oder increased (wendet M16 immer an)
      --today <Datum>     Stichtag für Überprüfungs- und Ablaufregeln, JJJJ-MM-TT (Vorgabe: heute)
      --fail-on <Stufe>   Exit-Code 1 bei Befunden dieses Schweregrads oder schwerer: error (Vorgabe),
                          warning, info, never
      --max-size <Zeichen>  Dateien mit mehr Zeichen überspringen (Vorgabe: 2097152)
      --max-findings <n>  höchstens so viele Befunde je Datei melden, Fehler zuerst (Vorgabe: 300)
      --config <Datei>    Projektdatei mit Vorgaben für diese Optionen (Vorgabe: ./.outsourcing-policy.yaml)
      --locale <Sprache>  Sprache der Meldungen und Berichte: en oder de; Regel-IDs und Maßnahmen
                          bleiben gleich
  -q, --quiet             nur Fehler melden
      --debug             bei internen Fehlern den Stacktrace ausgeben

Exit-Codes: 0 kein Befund ab der Schwelle von --fail-on, 1 mindestens ein solcher Befund,
2 Aufruffehler, nicht lesbarer Pfad oder interner Fehler.
`,
    coverage: `Aufruf: outsourcing-policy coverage [Pfade...] [Optionen]

Zeigt für jedes Outsourcing-Vorhaben in den angegebenen Dateien und Ordnern (Vorgabe: .),
zusammen mit den Netzanbindungsvereinbarungen, die es nennen, welche der Maßnahmen M1 bis M16
erfüllt, teilweise erfüllt, nicht erfüllt, begründet abgewichen, noch nicht fällig oder
entbehrlich sind (FORMAT.md Abschnitt 6), und was demnächst fällig wird.

Optionen:
  -f, --format <Name>     table (Vorgabe; mehrere Vorhaben als Matrix), json, markdown, html oder
                          oscal (OSCAL-1.1.3-Prüfergebnisse, wie check --format oscal sie schreibt)
  -o, --output <Datei>    den Bericht in diese Datei statt auf die Standardausgabe schreiben (der Ordner
                          muss bestehen)
      --due-within <Dauer>  auflisten, was innerhalb dieser Dauer nach ISO 8601 fällig wird, z. B. P30D
                          (Vorgabe), P2W, P3M
      --level <Stufe>     basic, standard (Vorgabe) oder increased (wendet M16 immer an)
      --today <Datum>     Stichtag für Überprüfungen, Abläufe und Fälligkeiten, JJJJ-MM-TT (Vorgabe: heute)
      --fail-on <Stufe>   Exit-Code 1, wenn ein Vorhaben einen Befund dieses Schweregrads oder schwerer hat
                          (wie bei check): error, warning, info oder never (Vorgabe)
      --max-size <Zeichen>  Dateien mit mehr Zeichen überspringen (Vorgabe: 2097152)
      --config <Datei>    Projektdatei mit Vorgaben für diese Optionen (Vorgabe: ./.outsourcing-policy.yaml)
      --locale <Sprache>  Sprache des Berichts: en oder de; Maßnahmen-IDs und Statuswerte im JSON bleiben gleich
  -q, --quiet             keine Hinweise auf der Standardfehlerausgabe (wohin der Bericht geschrieben
                          wurde, kein Vorhaben gefunden)
      --debug             bei internen Fehlern den Stacktrace ausgeben

Exit-Codes: 0 Bericht erstellt (und kein Befund ab der Schwelle von --fail-on), 1 mindestens ein
solcher Befund, 2 Aufruffehler, nicht lesbarer Pfad oder interner Fehler.
`,
    explain: `Aufruf: outsourcing-policy explain <Regel|Maßnahme> [--locale <Sprache>]

Erklärt, was eine Regel (z. B. subcontracting/flow-down) oder eine Maßnahme (z. B. OPS.3.1.M2
oder M2) verlangt, warum das wichtig ist und wie sich ihre Befunde beheben lassen.
Für eine Maßnahme zusätzlich die zugehörigen Anforderungen und Maßnahmen (Kompendium,
ISO/IEC 27001:2022 Anhang A, Grundschutz++); für eine Grundschutz++-Anforderung (z. B. BES.5.2)
die Maßnahmen, die sie erreichen.
`,
  },
  usage: {
    seeHelp: 'Hinweise zum Aufruf gibt outsourcing-policy --help.',
    oneOf: '--{name} erwartet einen der Werte {allowed}, nicht "{value}"',
    date: '--today erwartet ein Datum im Format JJJJ-MM-TT, nicht "{value}"',
    positiveCharacters: '--{name} erwartet eine positive Zeichenzahl, nicht "{value}"',
    positive: '--{name} erwartet eine positive ganze Zahl, nicht "{value}"',
    outputWithoutFormat:
      '--output {file} gehört zu keinem eigenen --format; geben Sie für jeden Bericht --format <Name> --output <Datei> an',
    oneToStdout:
      'nur ein Bericht kann auf die Standardausgabe gehen ({formats}); schreiben Sie die übrigen mit --output in Dateien',
    explainTakesOne:
      'explain erwartet genau eine Regel-ID oder Maßnahme, z. B. explain subcontracting/flow-down oder explain OPS.3.1.M2',
    unknownCommand: 'unbekannter Befehl "{command}"; verfügbar sind check, coverage und explain',
    notAnOptionOf: 'die Option {option} gibt es bei {command} nicht',
    oneFormat: '{command} schreibt einen Bericht: geben Sie --{option} höchstens einmal an',
    dueWithin:
      '--due-within erwartet eine Dauer nach ISO 8601 wie P30D, P2W oder P3M, nicht "{value}"',
    noFolder: '{file} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht',
    unknownOption: 'unbekannte Option {option}',
    missingValue: 'Option {option} braucht einen Wert',
    unexpectedValue: 'Option {option} nimmt keinen Wert an',
    unexpectedArgument: 'unerwartetes Argument {argument}',
    unknownTopic: '"{topic}" ist weder eine Regel-ID noch eine Maßnahme',
    didYouMean: '; meinten Sie {suggestion}?',
    topicHint: '; geben Sie eine Regel-ID wie schema/required oder eine Maßnahme wie OPS.3.1.M2 an',
    cannotWrite: '{file} kann nicht geschrieben werden ({reason})',
    projectFile: '{file}: {problem}',
    verbatim: '{text}',
    notARepository: '--changed-since braucht ein Git-Repository, aber {cwd} liegt in keinem',
    notARef: '"{ref}" ist keine Git-Referenz',
    unknownRef: 'unbekannte Git-Referenz "{ref}": In {root} hat kein Commit diesen Namen',
  },
  notices: {
    skipped:
      '{file}: kein outsourcing-policy-Dokument (apiVersion: {apiVersion} fehlt), übersprungen',
    internalError: 'interner Fehler: {message}',
    debugHint: ' (Einzelheiten mit --debug)',
    written: 'Umsetzungsbericht geschrieben nach {file}',
    noEngagement: 'kein Outsourcing-Vorhaben gefunden in {paths}',
    oscalNoEngagement:
      'kein Outsourcing-Vorhaben in {paths} gefunden: die OSCAL-Prüfergebnisse nennen keine offene Maßnahme',
  },
  counts: {
    file: { one: '{count} Datei', other: '{count} Dateien' },
    problem: { one: '{count} Befund', other: '{count} Befunde' },
    error: { one: '{count} Fehler', other: '{count} Fehler' },
    warning: { one: '{count} Warnung', other: '{count} Warnungen' },
    info: { one: '{count} Hinweis', other: '{count} Hinweise' },
  },
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  stylish: {
    clean: '✔ keine Befunde in {files}',
    summary: '✖ {problems} ({errors}, {warnings}, {infos}) in {files}',
  },
  github: {
    summary: 'outsourcing-policy: {errors}, {warnings}, {infos} in {files}',
  },
  junit: {
    cleanCase: 'Prüfung nach OPS.3.1',
    caseName: '{ruleId} in {line}:{column}',
  },
  markdown: {
    heading: 'Prüfung der Outsourcing-Dokumente nach OPS.3.1',
    noFindings: 'Keine Befunde in {files}.',
    tally: '{errors}, {warnings}, {infos} in {files}.',
    noFiles: '_Es wurden keine Dateien geprüft._',
    files: 'Dateien',
    measures: 'Maßnahmen',
    findings: 'Befunde',
    file: 'Datei',
    errors: 'Fehler',
    warnings: 'Warnungen',
    infos: 'Hinweise',
    measure: 'Maßnahme',
    title: 'Titel',
    status: 'Stand',
    noMeasure: 'Keine Maßnahme (YAML- und Dokumentfehler)',
    severity: 'Schweregrad',
    location: 'Fundstelle',
    rule: 'Regel',
    message: 'Meldung',
    truncated:
      '_Angezeigt werden die {shown} schwersten von {total} Befunden; der SARIF-, JSON- oder JUnit-Bericht enthält alle._',
  },
  sarif: {
    sourceRoot:
      'Das Wurzelverzeichnis des Repositorys bzw. außerhalb eines Repositorys der aktuelle Ordner.',
    howToFix: 'Behebung:',
    insteadOf: 'Statt',
    write: 'schreiben Sie',
  },
};
