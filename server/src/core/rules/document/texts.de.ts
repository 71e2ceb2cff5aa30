/** Die Texte der Regeln zu Dateien und Dokumenten auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'document/missing-api-version': {
    title: 'Kopfzeilen fehlen',
    summary:
      'Eine Datei, die wie ein Richtliniendokument heißt, gibt `apiVersion: outsourcing-policy/v1` nicht an.',
    details:
      'Dateien mit den Namen `*.engagement.yaml` oder `*.dca.yaml` gelten als Richtliniendokumente. Ohne die Zeile `apiVersion` ist nicht sicher, welche Version des Formats gilt; die Datei wird deshalb gar nicht geprüft, und der Befund steht an ihrem Anfang. Die Schnellkorrektur fügt die Kopfzeilen ein.',
    fix: 'Ergänzen Sie am Anfang des Dokuments `apiVersion: outsourcing-policy/v1` und das passende `kind`.',
    messages: {
      emptyFile: {
        message:
          'Die Datei ist leer: Ein Dokument vom Typ {kind} beginnt mit apiVersion: {apiVersion} und kind: {kind}',
      },
      missing: {
        message: 'apiVersion fehlt: Ein Richtliniendokument beginnt mit apiVersion: {apiVersion}',
      },
      wrong: {
        message:
          'apiVersion ist {actual}: Ein Richtliniendokument beginnt mit apiVersion: {apiVersion}',
      },
    },
  },
  'document/unknown-kind': {
    title: 'Unbekannte Dokumentart',
    summary: 'Das Feld `kind` ist weder `Engagement` noch `DataConnectionAgreement`.',
    details:
      'Von `kind` hängt ab, welches Schema und welche dokumentübergreifenden Regeln gelten. Bei einer unbekannten Dokumentart lässt sich keine Maßnahme prüfen; das Dokument wird deshalb als Ganzes am Wert von kind gemeldet, mit einem Vorschlag, wenn eine bekannte Art ähnlich geschrieben ist.',
    fix: 'Setzen Sie `kind` auf `Engagement` oder `DataConnectionAgreement` (auf Groß- und Kleinschreibung achten).',
    messages: {
      unknown: {
        message:
          'kind {kind} ist keine bekannte Dokumentart: Verwenden Sie Engagement oder DataConnectionAgreement',
      },
      didYouMean: {
        message:
          'kind {kind} ist keine bekannte Dokumentart (meinten Sie {suggestion}?): Verwenden Sie Engagement oder DataConnectionAgreement',
      },
    },
  },
  'document/too-large': {
    title: 'Datei wegen ihrer Größe übersprungen',
    summary: 'Die Datei ist größer als die eingestellte Grenze und wurde nicht geprüft.',
    details:
      'Damit der Editor reaktionsfähig bleibt und CI-Läufe vor ausufernden Eingaben geschützt sind, werden Dateien über der Grenze (standardmäßig 2 MiB) nicht eingelesen. Der Befund ist nur ein Hinweis: Über die Datei ist damit nichts bekannt, sie gilt weder als bestanden noch als durchgefallen.',
    fix: 'Teilen Sie die Datei in ein Dokument je Outsourcing-Vorhaben oder Vereinbarung auf, oder erhöhen Sie die Grenze in den Einstellungen, wenn die Datei zu Recht so groß ist.',
    messages: {
      tooLarge: {
        message:
          'Die Datei hat {size} Zeichen und liegt damit über der Grenze von {limit}; sie wurde übersprungen (erhöhen Sie maxDocumentSize, um sie zu prüfen)',
      },
    },
  },
  'document/truncated': {
    title: 'Zu viele Befunde zum Anzeigen',
    summary: 'Ein Dokument hat so viele Probleme, dass nur die ersten gemeldet werden.',
    details:
      'Ein Dokument, das weit vom Format entfernt ist (etwa eine große Datei mit fremden oder wiederholten Schlüsseln), könnte Tausende Befunde erzeugen; das hilft niemandem und verlangsamt den Editor. Gleich woher sie stammen (YAML-Syntax, doppelte Schlüssel, Schema, Regeln), meldet die Prüfung höchstens 300 Befunde je Datei (`maxFindings` in den Einstellungen, in der Projektdatei oder `--max-findings` auf der Kommandozeile ändert die Grenze), zuerst Fehler, dann Warnungen, dann Hinweise, und ergänzt diesen einen Hinweis mit der Zahl der ausgelassenen Befunde.',
    fix: 'Beheben Sie die gemeldeten Probleme oder prüfen Sie, ob die Datei wirklich ein Outsourcing-Vorhaben oder eine Netzanbindungsvereinbarung ist, und prüfen Sie dann erneut.',
    messages: {
      truncated: {
        message:
          'Zu viele Befunde: {omitted} weitere werden nicht angezeigt (die Grenze liegt bei {limit})',
        detail:
          'Fehler werden zuerst angezeigt, dann Warnungen, dann Hinweise. Beheben Sie die angezeigten Befunde und prüfen Sie erneut, um die übrigen zu sehen, oder erhöhen Sie maxFindings.',
      },
    },
  },
  'document/external-schema': {
    title: 'Schema per URL angegeben',
    summary:
      'Ein Kommentar für den `yaml-language-server` verweist das Dokument per URL auf ein Schema im Netz oder an anderer Stelle auf der Festplatte.',
    details:
      'Andere YAML-Werkzeuge folgen solchen Kommentaren und laden das genannte Schema herunter. Diese Prüfung lädt nie etwas aus dem Netz oder von außerhalb des Projekts: Sie prüft immer gegen ihre eingebauten Schemata. Die Warnung macht das sichtbar, damit sich niemand auf ein entferntes Schema verlässt, das gar nicht angewendet wird.',
    fix: 'Entfernen Sie den Kommentar oder verweisen Sie mit einem relativen Pfad auf das Schema des Projekts, etwa `# yaml-language-server: $schema=../schemas/engagement.schema.json`.',
    messages: {
      external: {
        message:
          'Diese Zeile verweist auf ein Schema außerhalb des Projekts ({target}); Outsourcing Policy lädt keine Schemata und prüft nur gegen das eingebaute',
      },
    },
  },
  'document/binary': {
    title: 'Datei ist keine Textdatei',
    summary: 'Eine Datei mit dem Namen eines Richtliniendokuments enthält Binärdaten.',
    details:
      'Die Datei enthält Bytes, die kein Text sein können, etwa NUL-Zeichen; vermutlich ist es ein Office-Dokument oder ein Archiv, das unter einem .yaml-Namen gespeichert wurde. Sie lässt sich nicht prüfen und würde jeden in die Irre führen, der dort eine Richtlinie erwartet.',
    fix: 'Ersetzen Sie die Datei durch den YAML-Text des Dokuments oder benennen Sie sie um, damit sie nicht mehr wie ein Richtliniendokument aussieht.',
    messages: {
      binary: {
        message:
          '{uri} enthält Binärdaten (ein NUL-Byte); die Datei ist keine YAML-Textdatei und wurde nicht geprüft',
      },
    },
  },
};
