/** Die gemeinsamen Textbausteine auf Deutsch; Schlüssel und Platzhalter wie in `en.ts`. */
import type { PhraseId } from './en';

export const de: Readonly<Record<PhraseId, string>> = {
  'document.itself': 'das Dokument',
  'document.topLevel': 'der obersten Ebene',

  'value.null': 'leer (null)',
  'value.list': 'eine Liste',
  'value.mapping': 'ein Mapping',
  'value.number': 'die Zahl {value}',
  'value.boolean': 'der Wahrheitswert {value}',

  'type.text': 'ein Text',
  'type.quotedText': 'ein Text in Anführungszeichen (etwa "{example}")',
  'type.date': 'ein Datum im Format JJJJ-MM-TT',
  'type.duration': 'eine Dauer nach ISO 8601 (etwa PT4H, P30D, P3M oder P1Y)',
  'type.boolean': 'true oder false',
  'type.integer': 'eine ganze Zahl',
  'type.integerAtLeast': 'eine ganze Zahl ab {minimum}',
  'type.oneOf': 'einer der Werte {values}',
  'type.id':
    'eine Kennung (ein Buchstabe, danach 1 bis 63 Buchstaben, Ziffern, Punkte, Unter- oder Bindestriche)',
  'type.idOf': 'die Kennung eines Dokuments vom Typ {kind}',
  'type.list': 'eine Liste',
  'type.textOrList': 'ein Text oder eine Liste von Texten',
  'type.mapping': 'ein Mapping aus Schlüsseln und Werten',
  'type.country': 'ein zweistelliger Ländercode nach ISO 3166 (etwa DE)',
  'type.email': 'eine E-Mail-Adresse',
  'type.measureId': 'die Kennung einer Maßnahme von OPS.3.1.M1 bis OPS.3.1.M16',
  'type.dottedPath': 'ein Feldpfad mit Punkten (etwa contract.emergency)',
  'type.clientConceptId': 'die Kennung des Mandantentrennungskonzepts (clientConcept.id)',
  'type.port':
    'ein Port von 1 bis 65535 oder ein Port bzw. Portbereich mit Protokoll (etwa 443/tcp oder 8000-8100/tcp)',
  'type.escalationLevel': 'eine Zahl ab 1 oder eine Bezeichnung (etwa "2nd level")',
  'type.expectedFormat': 'im vorgesehenen Format',

  'contains.securityObjective': 'kein Ziel hat die Kategorie security',
  'contains.securityObjective.why':
    'Unter den Zielen des Outsourcing-Vorhabens muss mindestens ein Ziel der Informationssicherheit sein.',
  'contains.generic': 'ein vorgeschriebener Eintrag fehlt',
  'contains.generic.why': 'Ergänzen Sie einen Eintrag der Art, die das Format verlangt.',
};
