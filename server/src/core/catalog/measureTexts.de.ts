/**
 * Was jede Maßnahme verlangt, auf Deutsch: ein zusammenfassender Satz und die einzelnen Punkte.
 * Für dieses Projekt neu formuliert, angelehnt an die Anforderungen OPS.3.1.A1 bis A16.
 */
import type { TranslationOf } from '../i18n/catalogue';
import type { en } from './measureTexts.en';

export const de: TranslationOf<typeof en> = {
  'OPS.3.1.M1': {
    summary:
      'Noch bevor ein Vertrag entworfen wird, skizzieren Dienstleister und Kunde gemeinsam, wie sie zusammenarbeiten wollen, was das Vorhaben erreichen soll und auf welche Dritten es angewiesen ist.',
    asks: [
      'das Zusammenspiel beider Seiten und die dafür geltenden Grundregeln beschreiben',
      'die Steuerung festlegen: wer das Outsourcing-Vorhaben lenkt und kontrolliert und wie es an Notfallmanagement, Informationssicherheit und Datenschutz angebunden ist',
      'messbare Ziele mit Zielwerten und Terminen vereinbaren, mindestens eines davon zur Informationssicherheit',
      'Meilensteine für Planung, Migration und Betrieb vorsehen',
      'belegen, was der Dienstleister mitbringt, etwa ein ISMS-Zertifikat für den Geltungsbereich oder Referenzkunden',
      'Abhängigkeiten von Unterauftragnehmern, weiteren Outsourcing-Dienstleistern, Rechenzentren, Netzbetreibern und Notfallpartnern vor Vertragsschluss offenlegen',
      'Sicherheitskultur und Risikobereitschaft beider Organisationen miteinander abgleichen',
    ],
  },
  'OPS.3.1.M2': {
    summary:
      'Der Vertrag regelt Leistungen, Service-Level und Sicherheitspflichten so genau, dass später keine Seite davon überrascht wird, was zugesagt wurde und was nicht.',
    asks: [
      'jede Leistung samt Service-Level so genau wie möglich beschreiben',
      'eine Vertraulichkeitsvereinbarung von Anfang an zum Vertragsbestandteil machen',
      'Organisatorisches regeln: Kommunikationswege, Zuständigkeiten, Problemlösung, regelmäßige Abstimmungen, Aufbewahrung, Löschung und Speicherort der Daten sowie gegenseitige Zugriffsrechte',
      'Personalfragen vereinbaren, etwa Arbeitsplätze beim Kunden, Vertretungen und Schulungen',
      'Störungskategorien, Reaktionszeiten, Eskalation, Meldung von Sicherheitsvorfällen, Datensicherung, Redundanz, höhere Gewalt und Streik festschreiben',
      'Weiterverlagerung an sinnvolle Bedingungen knüpfen statt sie pauschal zu verbieten, und alle Anforderungen an Unterauftragnehmer weitergeben',
      'Eigentum, Urheberrecht, Vertragsstrafen und eine Kündigungsfrist festlegen, die für eine geordnete Übergabe ausreicht',
      'Mandantentrennung verlangen, wo Infrastruktur gemeinsam genutzt wird',
      'vereinbaren, wie Änderungen und Tests ablaufen und wie schnell Mängel behoben werden',
      'regelmäßige Kontrollen und Audits zulassen, auch durch die Aufsichtsbehörden des Kunden',
    ],
  },
  'OPS.3.1.M3': {
    summary:
      'Ausgehend vom Sicherheitskonzept des Kunden erstellt und pflegt der Dienstleister ein Sicherheitskonzept für dieses Outsourcing-Vorhaben und weist auf Anfrage nach, dass es eingehalten wird.',
    asks: [
      'ein versioniertes Sicherheitskonzept für das Outsourcing-Vorhaben führen und laufend fortschreiben',
      'auf dem Sicherheitskonzept des Kunden aufbauen und festhalten, wie weit Einfluss und Pflichten des Kunden reichen',
      'die Schnittstellen zwischen den Partnern und zu anderen Kunden beschreiben',
      'den Informationsverbund klar gegen den des Kunden abgrenzen',
      'ein gemeinsames Klassifikationsschema für schutzbedürftige Informationen vereinbaren',
      'das Sicherheitsniveau über Security-Service-Level messbar machen',
      'dem Kunden die vereinbarten Maßnahmen auf Nachfrage belegen und ihre Umsetzung regelmäßig prüfen',
    ],
  },
  'OPS.3.1.M4': {
    summary:
      'Beide Seiten halten schriftlich und im Vertrag fest, wer innerhalb und außerhalb ihrer Organisationen welche Informationen zum Outsourcing-Vorhaben erhalten darf, abhängig von ihrer Einstufung.',
    asks: [
      'alle Kommunikationspartner mit den Klassifizierungsstufen, die sie jeweils erhalten dürfen, in einer Kommunikationsmatrix erfassen',
      'sicherstellen, dass externe Empfänger vertraglich berechtigt sind, die erhaltenen Informationen zu verarbeiten',
      'die Liste regelmäßig und bei jedem Rollenwechsel überprüfen',
      'prüfen und überwachen, wie gut jeder Kommunikationsweg Vertraulichkeit, Integrität und Verfügbarkeit schützt',
      'Empfänger darauf hinweisen, dass sie Informationen nur für den Zweck nutzen dürfen, zu dem sie übermittelt wurden',
      'den Überblick behalten, wer personenbezogene Daten erhalten darf',
    ],
  },
  'OPS.3.1.M5': {
    summary:
      'Beschäftigte des Dienstleisters, die für den Kunden arbeiten, kennen dessen Sicherheitsregeln, haben eine Vertretung und scheiden geordnet aus ihrer Aufgabe aus.',
    asks: [
      'das Personal in die Sicherheitsrichtlinien und Hausregeln des Kunden einweisen',
      'die Anforderungen des Kunden an eingesetztes Personal erfragen und erfüllen',
      'von allen, die auf vertrauliche Daten des Kunden zugreifen können, eine schriftliche Verpflichtung einholen',
      'für jede Rolle eine Vertretung benennen und Schlüsselpositionen stets besetzt halten',
      'beim Ausscheiden die Nachfolge einarbeiten, Unterlagen einsammeln und Berechtigungen entziehen',
      'Ausscheidende daran erinnern, dass ihre Verschwiegenheitspflichten fortbestehen',
    ],
  },
  'OPS.3.1.M6': {
    summary:
      'Fremdpersonal, das der Dienstleister hinzuzieht, wird wie eigenes Personal verpflichtet, eingewiesen, beaufsichtigt und verabschiedet; der Kunde erfährt, wenn es vertrauliche Daten einsehen kann.',
    asks: [
      'den Kunden informieren, wenn Fremdpersonal an vertrauliche Daten gelangen kann, damit der ISB des Kunden die Lage neu bewerten kann',
      'längerfristig tätiges Fremdpersonal schriftlich auf die geltenden Gesetze und Regelungen verpflichten',
      'Fremdpersonal zu Beginn in seine Pflichten und die einschlägigen Sicherheitsregeln einweisen',
      'auch für Fremdpersonal Vertretungen regeln',
      'kurzzeitig tätige Kräfte wie Wartungstechniker als Besucher behandeln',
      'für jede externe Kraft dokumentieren, welche Befugnisse sie hat',
      'zum Ende Arbeitsergebnisse übergeben, Schlüssel und Ausweise zurücknehmen und die Verschwiegenheitspflicht aufrechterhalten',
    ],
  },
  'OPS.3.1.M7': {
    summary:
      'Nutzen mehrere Kunden dieselben Systeme, erstellt der Dienstleister ein Mandantentrennungskonzept, das zeigt, wie Daten und Konfiguration jedes Kunden getrennt bleiben, und übergibt es dem Kunden.',
    asks: [
      'dem Kunden das Mandantentrennungskonzept vorlegen, bevor die gemeinsame Nutzung beginnt',
      'jedem Mandanten die Hoheit über seine eigenen Protokollierungs- und Aufbewahrungseinstellungen geben',
      'bei neuen oder wesentlich geänderten Anwendungen prüfen, ob die Mandanten weiterhin getrennt bleiben',
      'die Rechtsgrundlage für die gemeinsame Verarbeitung prüfen',
      'verhindern, dass eine Verarbeitung in einem Mandanten Daten eines anderen lesen oder verändern kann',
      'die Administration in mindestens zwei Ebenen trennen und Berechtigungskontexte je Mandant führen',
      'dem Betreiber eine Ebene zur Mandantenverwaltung geben, auf der er keine Mandantendaten verarbeiten kann',
      'Protokolle je Mandant trennen und mandantenübergreifende Daten nur über festgelegte, abgesicherte Schnittstellen leiten',
    ],
  },
  'OPS.3.1.M8': {
    summary:
      'Ein Netz des Dienstleisters wird erst an ein Netz des Kunden angebunden, wenn eine Netzanbindungsvereinbarung festlegt, wer unter welchen Bedingungen worauf zugreifen darf und wie die Verbindung bei einem Sicherheitsvorfall getrennt wird.',
    asks: [
      'genau festlegen, welche Benutzer welcher Seite mit welchen Rechten auf welche Ziele zugreifen dürfen',
      'den Schutzbedarf und eine gemeinsame Klassifikation der Daten vereinbaren',
      'auf beiden Seiten Ansprechpersonen für organisatorische, technische und sicherheitsrelevante Fragen benennen',
      'Verschlüsselung, zugelassene Dienste, Plattformen, Verfügbarkeit, Protokollierung und den Austausch von Protokolldaten regeln',
      'Vertraulichkeit, Haftung, Meldung von Sicherheitsvorfällen, zulässige Datennutzung und beteiligte Auftragnehmer aufnehmen',
      'die Laufzeit der Vereinbarung und das Verfahren für ihre Anpassung festlegen',
      'die Verbindung erst nach einer Sicherheitsprüfung und ohne bekannte offene Mängel freischalten',
      'regeln, wer die Verbindung wann trennen darf, wer dann zu informieren ist und wie eskaliert wird',
      'ausländisches Recht zu Kryptografie, Datenschutz und Urheberrecht beachten, wenn die Partner in verschiedenen Ländern sitzen',
    ],
  },
  'OPS.3.1.M9': {
    summary:
      'Tauschen die Partner regelmäßig Daten aus, vereinbaren sie Ansprechpersonen, technische Rahmenbedingungen und Schutzmaßnahmen, damit der Austausch reibungslos und sicher abläuft.',
    asks: [
      'Ansprechpersonen für organisatorische, technische und sicherheitsrelevante Fragen benennen',
      'Anwendungen, Datenformate, Erreichbarkeit und die Fristen für das Lesen und Beantworten von Nachrichten vereinbaren',
      'ausgehende und eingehende Daten an beiden Enden der Übertragung auf Schadsoftware prüfen',
      'Daten bei der Übertragung durch versiegelte Container, Prüfsummen, Verschlüsselung oder Signaturen schützen und die Schlüssel kontrolliert verwalten',
      'Daten beim Absender erst löschen, wenn der Empfang bestätigt ist',
      'Vertraulichkeit vereinbaren und festlegen, welche Daten zu welchem Zweck genutzt werden dürfen',
      'sich auf die Einhaltung von Datenschutz-, Urheber- und Lizenzrecht verpflichten',
    ],
  },
  'OPS.3.1.M10': {
    summary:
      'Im laufenden Betrieb hilft der Dienstleister dem Kunden, das Sicherheitsniveau aktuell zu halten: mit Dokumentation, Berichten, gemeinsamen Terminen, Audits und Übungen; zugleich hält er die Kunden strikt voneinander getrennt.',
    asks: [
      'Dokumentation und Richtlinien in regelmäßigen Abständen aktualisieren',
      'den Kunden über wichtige Änderungen im Verantwortungsbereich des Dienstleisters unterrichten',
      'sicherstellen, dass andere Kunden diesen Kunden weder stören noch seine Daten einsehen können',
      'die vereinbarten Audits durchführen und Prüfern Zugang zu den Ansprechpersonen der Unterauftragnehmer verschaffen',
      'über Leistung, Verfügbarkeit, Qualität und Kapazität berichten',
      'an regelmäßigen Abstimmungen zu Neuerungen, Risiken, Problemen und Änderungen teilnehmen',
      'Übungen zu Teil- und Totalausfall, zur Wiederherstellung aus Datensicherungen und zu Sicherheitsvorfällen planen und auswerten',
    ],
  },
  'OPS.3.1.M11': {
    summary:
      'Zutritt zu Gebäuden sowie Zugang zu IT-Systemen und Zugriff auf Anwendungen werden in einem geregelten Verfahren und nur im erforderlichen Umfang vergeben; kein Kunde gelangt an Systeme oder Daten eines anderen.',
    asks: [
      'Kunden von den Systemen, Netzen und Daten anderer Kunden fernhalten',
      'Zutritt zu Räumen, Zugang zu IT-Systemen und Zugriff auf Anwendungen getrennt regeln',
      'Rechte in einem festgelegten Verfahren vergeben, ändern und entziehen und Änderungen zeitnah umsetzen',
      'nur die Rechte vergeben, die eine Aufgabe erfordert, auf Grundlage von Rollen',
      'Vorgaben zu Authentisierungsverfahren und Passwortqualität machen',
      'voreingestellte Passwörter vor der ersten Nutzung ändern und das Personal im Umgang mit Authentisierungsmitteln schulen',
      'jede Vergabe, Änderung und jeden Entzug von Rechten dokumentieren',
    ],
  },
  'OPS.3.1.M12': {
    summary:
      'Änderungen an Systemen folgen einem Standardverfahren, damit die Sicherheit nicht leidet und es einen Weg zurück gibt, wenn die Verfügbarkeit gefährdet ist.',
    asks: [
      'jede Änderung durch Planung, Priorisierung, Bewertung, Umsetzung, Test, Freigabe, Dokumentation und Nachbetrachtung führen',
      'die Auswirkungen wesentlicher Änderungen auf die Sicherheit analysieren',
      'sicherstellen, dass keine Änderung eine bestehende Sicherheitsmaßnahme schwächt',
      'vor der Freigabe testen und, wenn die Verfügbarkeit gefährdet ist, eine Rückfalllösung mit Kriterien vorsehen',
      'Änderungen und die Gründe für Entscheidungen dokumentieren',
      'nur berechtigten Personen Änderungen in den betroffenen Bereichen erlauben',
      'das Sicherheitsmanagement beider Seiten an größeren Änderungen beteiligen',
    ],
  },
  'OPS.3.1.M13': {
    summary:
      'Die Verlagerung der Leistung zum Dienstleister läuft nach einem eigenen Sicherheitskonzept mit klaren Zuständigkeiten und Tests und endet mit aktualisierter Dokumentation und ohne offene Ausnahmen.',
    asks: [
      'ein Sicherheitskonzept für die Migrationsphase erstellen',
      'auf jeder Seite eine oder einen ISB benennen und die Zuständigkeiten schriftlich festhalten',
      'Tests, Freigaben und die Überführung in den Produktivbetrieb planen',
      'Produktivdaten nur dann für Tests verwenden, wenn sie besonders geschützt sind',
      'ein gemeinsames Sicherheitsteam und ein Gremium mit festem Sitzungsrhythmus einrichten und das Personal des Kunden schulen',
      'für jede Zuständigkeit Namen und Kontaktdaten erfassen',
      'nach Abschluss das Sicherheitskonzept aktualisieren, Konfigurationen dokumentieren und das Personal für den Betrieb schulen',
      'alle während der Migration gewährten Ausnahmen beenden',
    ],
  },
  'OPS.3.1.M14': {
    summary:
      'Der Dienstleister richtet seine Notfallvorsorge an den Wiederanlaufanforderungen des Kunden aus, dokumentiert, wer im Notfall was tut, und übt dies gemeinsam mit dem Kunden.',
    asks: [
      'die Wiederanlaufzeit (RTO) und den maximal tolerierbaren Datenverlust (RPO) des Kunden einhalten',
      'Schnittstellen zu Dritten wie Netzbetreibern und Netzanbindungen ermitteln',
      'Zuständigkeiten, Ansprechpersonen und Abläufe vollständig dokumentieren',
      'die Datensicherung genau regeln: getrennte Datenträger je Mandant, Eskalation, Schutz vor Schadsoftware',
      'Arbeitsanweisungen für bestimmte Ausfallsituationen schreiben, einschließlich verbotener Handlungen',
      'mit dem Kunden einen Plan regelmäßiger gemeinsamer Notfallübungen vereinbaren',
      'Zusammenarbeit, Kommunikation und Eskalation vorab planen und die Notfallpläne beider Seiten regelmäßig abgleichen',
    ],
  },
  'OPS.3.1.M15': {
    summary:
      'Das Ende des Outsourcing-Verhältnisses wird von Beginn an vorbereitet, damit der Kunde die Leistung ohne Schaden zurückholen oder an einen anderen Dienstleister übergeben kann.',
    asks: [
      'Eigentumsrechte an Hardware, Software, Werkzeugen und Datensicherungen klären',
      'entscheiden, ob Werkzeuge und Skripte des Dienstleisters danach weiter genutzt werden dürfen',
      'alle Informationen und Daten übergeben und prüfen, ob sie vollständig angekommen sind, bevor etwas gelöscht wird',
      'die Daten des Kunden sicher löschen und dies nachweisbar festhalten',
      'abschätzen, wie lange die Rückführung dauert, damit die Kündigungsfrist ausreicht',
      'Systeme und Abläufe so dokumentieren, dass die Rückführung gelingt',
      'alle für das Outsourcing-Vorhaben eingerichteten Berechtigungen prüfen und entfernen',
    ],
  },
  'OPS.3.1.M16': {
    summary:
      'Bei hohem Schutzbedarf an Vertraulichkeit oder Integrität vereinbaren Dienstleister und Kunde vorab, welche Sicherheitsüberprüfungen das Personal durchlaufen muss und wer sie durchführt.',
    asks: [
      'die für eingesetztes Personal nötigen Überprüfungen vereinbaren, etwa Identität, Qualifikation und Führungszeugnis',
      'im Vertrag festhalten, welche Seite welche Überprüfung vornimmt',
      'festlegen, wie gründlich die Überprüfungen sind',
      'die Überprüfungen wiederholen, sobald Personal wechselt oder hinzukommt',
    ],
  },
};
