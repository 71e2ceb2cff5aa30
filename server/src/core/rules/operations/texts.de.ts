/** Die Texte der Regeln zum Betrieb auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'access/default-passwords': {
    title: 'Voreingestellte Passwörter nicht geändert',
    summary: '`accessControl.defaultPasswordsChanged` ist nicht `true`.',
    details:
      'Voreingestellte Passwörter stehen in Handbüchern und werden von Angreifern als Erstes ausprobiert. Die Maßnahme verlangt, sie direkt nach der Installation, spätestens vor der ersten Nutzung, zu ersetzen. Jeder andere Wert als `true` ist deshalb ein Fehler, der sich nicht durch eine begründete Abweichung ausräumen lässt (fehlt der Wert, meldet das `schema/required`).',
    fix: 'Ändern Sie alle Standardpasswörter auf den Systemen des Vorhabens und setzen Sie danach `defaultPasswordsChanged` auf `true`.',
    messages: {
      stillInUse: {
        message:
          'accessControl.defaultPasswordsChanged ist false: Es sind noch voreingestellte Passwörter in Gebrauch',
        detail:
          'Standardpasswörter sind öffentlich bekannt und werden bei Angriffen zuerst versucht. Ändern Sie jedes voreingestellte Passwort, bevor die Systeme genutzt werden, und setzen Sie den Wert dann auf true.',
      },
    },
  },
  'emergency/rto': {
    title: 'Notfallvorsorge des Dienstleisters bleibt hinter den Vorgaben des Kunden zurück',
    summary:
      'Die Wiederanlaufzeit oder der maximal tolerierbare Datenverlust des Dienstleisters ist größer, als der Kunde fordert.',
    details:
      'Der Outsourcing-Dienstleister muss seine Notfallvorsorge an den Anforderungen des Kunden ausrichten. Die Regel vergleicht `providerCapability.rto` und `.rpo` mit `customerRecoveryRequirements.rto` und `.rpo`. Braucht der Dienstleister länger für den Wiederanlauf oder gingen mehr Daten verloren, kann er die Anforderung des Kunden im Notfall nicht erfüllen.',
    fix: 'Verbessern Sie den Wiederanlauf (Ersatzsysteme, häufigere Datensicherungen), bis die Werte des Dienstleisters innerhalb der Kundenvorgaben liegen, oder vereinbaren Sie mit dem Kunden neue Anforderungen.',
    messages: {
      rtoLonger: {
        message:
          'Wiederanlaufzeit (rto) des Dienstleisters {provider} überschreitet die Kundenvorgabe {customer}',
        detail:
          'Der Kunde verlangt {customer} (emergencyPreparedness.customerRecoveryRequirements.rto): Im Notfall stünde der Dienst länger still, als der Kunde hinnehmen kann. Verbessern Sie den Wiederanlauf, bis der Dienstleister die Vorgabe einhält, oder vereinbaren Sie mit dem Kunden eine neue Vorgabe.',
      },
      rpoLonger: {
        message:
          'Tolerierbarer Datenverlust (rpo) des Dienstleisters {provider} überschreitet die Kundenvorgabe {customer}',
        detail:
          'Der Kunde verlangt {customer} (emergencyPreparedness.customerRecoveryRequirements.rpo): Im Notfall gingen mehr Daten verloren, als der Kunde hinnehmen kann. Sichern Sie häufiger, bis der Dienstleister die Vorgabe einhält, oder vereinbaren Sie mit dem Kunden eine neue Vorgabe.',
      },
    },
  },
  'migration/open-exceptions': {
    title: 'Migration abgeschlossen, Nacharbeiten aber offen',
    summary:
      'Nach abgeschlossener Migration sind noch Ausnahmen offen, oder das Sicherheitskonzept wurde danach nicht aktualisiert.',
    details:
      'Um eine Migration abzuschließen, werden oft befristete Ausnahmen gewährt, und unterwegs ändern sich Pläne. Ist `migration.status` gleich `completed`, muss `openExceptions` leer sein und `securityConceptUpdatedOn` darf nicht vor `completedOn` liegen. Sonst geht der Dienst mit undokumentierten, geschwächten Einstellungen in den Betrieb.',
    fix: 'Schließen Sie die verbliebenen Ausnahmen, aktualisieren Sie das Sicherheitskonzept und tragen Sie das Datum dieser Aktualisierung ein.',
    messages: {
      oneExceptionOpen: {
        message: 'Migration ist abgeschlossen, aber eine Ausnahme ist noch offen',
        detail:
          'In migration.openExceptions steht noch: {exceptions}. Befristete Ausnahmen von den Sicherheitsvorgaben müssen mit dem Ende der Migration aufgehoben werden; heben Sie sie auf und leeren Sie die Liste.',
      },
      exceptionsOpen: {
        message: 'Migration ist abgeschlossen, aber {count} Ausnahmen sind noch offen',
        detail:
          'In migration.openExceptions stehen noch: {exceptions}. Befristete Ausnahmen von den Sicherheitsvorgaben müssen mit dem Ende der Migration aufgehoben werden; heben Sie sie auf und leeren Sie die Liste.',
      },
      conceptNotUpdated: {
        message:
          'Sicherheitskonzept zuletzt am {updatedOn} aktualisiert, vor dem Ende der Migration am {completedOn}',
        detail:
          'Eine Migration bringt immer Änderungen mit sich; das Sicherheitskonzept muss deshalb danach (migration.completedOn) überarbeitet werden. Aktualisieren Sie es und tragen Sie das Datum ein.',
      },
    },
  },
  'lifecycle/migration-incomplete': {
    title: 'Im Betrieb, obwohl die Migration nicht abgeschlossen ist',
    summary:
      '`metadata.status` ist `operation` oder später, `migration.status` aber nicht `completed`.',
    details:
      'Zum Abschluss einer Migration gehören Nacharbeiten: das Sicherheitskonzept aktualisieren, Konfigurationen dokumentieren, das Personal schulen und Ausnahmen aufheben. Ist ein Vorhaben schon im Betrieb (oder in der Beendigung), während die Migration noch geplant ist oder läuft, wurden diese Arbeiten übersprungen oder das Dokument ist nicht aktuell.',
    fix: 'Schließen Sie die Migrationsarbeiten ab und setzen Sie `migration.status` mit den zugehörigen Abschlussangaben auf `completed`, oder korrigieren Sie `metadata.status`.',
    messages: {
      unfinished: {
        message: 'Status ist {status}, migration.status steht aber noch auf {migrationStatus}',
        detail:
          'Die Abschlussarbeiten der Migration (Sicherheitskonzept aktualisiert, Konfigurationen dokumentiert, Personal geschult, Ausnahmen aufgehoben) sollten vor Aufnahme des Betriebs erledigt sein. Schließen Sie sie ab und setzen Sie migration.status auf completed, oder korrigieren Sie metadata.status.',
      },
    },
  },
  'migration/production-test-data': {
    title: 'Produktivdaten ungeschützt für Tests verwendet',
    summary:
      'Die Migrationstests verwenden Produktivdaten, ohne dass beschrieben ist, wie diese geschützt werden.',
    details:
      'Unter Zeitdruck wird gern mit einer Kopie der Echtdaten in einer schwächer abgesicherten Umgebung getestet. Vertretbar ist das nur, wenn die Daten besonders geschützt sind, etwa maskiert oder in einem Testsystem mit denselben Zugriffskontrollen wie im Produktivbetrieb. `migration.testData.usesProductionData: true` ohne Eintrag `protection` zeigt, dass das nicht durchdacht wurde.',
    fix: 'Beschreiben Sie den Schutz in `testData.protection`, oder testen Sie mit synthetischen oder anonymisierten Daten.',
    messages: {
      protectionMissing: {
        message:
          'Tests verwenden Produktivdaten, aber testData.protection beschreibt nicht, wie sie geschützt werden',
        detail:
          'Produktivdaten brauchen im Test denselben Schutz wie im Betrieb. Beschreiben Sie die Schutzmaßnahmen (etwa Maskierung, Zugriffskontrolle des Testsystems) in testData.protection, oder verwenden Sie synthetische oder anonymisierte Daten.',
      },
    },
  },
};
