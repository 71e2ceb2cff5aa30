/** Die deutschen Texte der Hover-Hinweise: Felder, Kennungen, Maßnahmen und Befunde. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  field: {
    obligation: {
      must: '**MUSS**: Pflichtangabe; fehlt sie, ist das ein Fehler',
      should:
        '**SOLLTE**: empfohlen; fehlt die Angabe, gibt es eine Warnung, die eine begründete Abweichung (waiver) aufheben kann',
      optional: '**optional**: kann entfallen',
    },
    obligationWord: { must: 'MUSS', should: 'SOLLTE', optional: 'optional' },
    strength: { must: 'erforderlich', should: 'empfohlen', optional: 'erforderlich' },
    fromFirstStatus: '**{obligation}**: {strength} ab Status `{status}`, also in jedem Status',
    fromStatus: '**{obligation}**: {strength} ab Status `{status}`; davor optional',
    measure: 'Maßnahme {id}: {title}',
    expected: 'Erwartet wird: {type}.',
    standards: 'Anforderung im Kompendium: {kompendium} · ISO/IEC 27001:2022: {controls}',
    noControls: 'keine zugeordnet',
  },
  measure: {
    asks: 'Was die Maßnahme verlangt:',
  },
  controls: {
    annexA: '{id} {title}: `{relationship}` Grundschutz++ {controls}',
    noMapping: '{id} {title}: keine Zuordnung zu Grundschutz++',
    grundschutz: 'Grundschutz++: {controls}',
    more: 'und {count} weitere, siehe `outsourcing-policy explain {measure}`',
    source:
      '_Maßnahme → Anhang A: Einschätzung dieses Projekts; Anhang A → Grundschutz++: BSI-Zuordnungssammlung {version}; Titel wie vom BSI veröffentlicht. {attribution}_',
  },
  finding: {
    severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
    rule: 'Regel {link}',
    measure: ' · Maßnahme {measure}',
  },
  reference: {
    label: {
      name: 'Name',
      role: 'Rolle',
      party: 'Vertragspartei',
      email: 'E-Mail',
      phone: 'Telefon',
      country: 'Land',
      type: 'Art',
      service: 'Leistung',
      contact: 'Kontakt',
      scope: 'intern/extern',
      allowed: 'Darf erhalten',
      title: 'Titel',
      status: 'Status',
      file: 'Datei',
      scheme: 'Schema',
    },
    unreachable: 'Weder E-Mail-Adresse noch Telefonnummer sind hinterlegt.',
    level: 'Stufe {rank} von {count}, aufsteigend von der niedrigsten zur höchsten',
    undefinedInEngagement:
      'Unter dieser Kennung ist im Outsourcing-Vorhaben nichts definiert ({kind}).',
    undefinedInWorkspace: 'Unter dieser Kennung ist im Arbeitsbereich nichts definiert ({kind}).',
  },
};
