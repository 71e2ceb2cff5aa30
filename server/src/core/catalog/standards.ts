/**
 * How the measures relate to other editions and standards, in every locale: the cross-reference
 * note of `explain` and docs/measures.md, and the titles of the ISO/IEC 27001:2022 Annex A
 * controls named beside each measure.
 */
import type { Localized } from '../i18n/locale';

export const CROSS_REFERENCE_NOTES: Localized<string> = {
  en: [
    'Each measure OPS.3.1.Mn corresponds one-to-one to requirement OPS.3.1.An of the IT-Grundschutz',
    'Kompendium in its editions 2019 to 2022: A1 is a basic requirement, A2 to A15 are standard',
    'requirements and A16 applies to increased protection needs.',
    '',
    'The 2023 edition of the Kompendium dropped OPS.3.1; its successor for providers is building',
    'block OPS.3.2 "Anbieten von Outsourcing". The measures here remain a sound checklist, but',
    'requirement numbers differ there.',
    '',
    'In ISO/IEC 27001:2022, supplier relationships are covered by Annex A controls 5.19 to 5.23',
    '(policy, agreements, the ICT supply chain, monitoring and change of supplier services, and',
    'cloud services); related controls are listed with each measure.',
  ].join('\n'),
  de: [
    'Jede Maßnahme OPS.3.1.Mn entspricht genau der Anforderung OPS.3.1.An des IT-Grundschutz-',
    'Kompendiums in den Editionen 2019 bis 2022: A1 ist eine Basis-Anforderung, A2 bis A15 sind',
    'Standard-Anforderungen, A16 ist eine Anforderung bei erhöhtem Schutzbedarf.',
    '',
    'In der Edition 2023 ist der Baustein OPS.3.1 entfallen; für Dienstleister tritt der Baustein',
    'OPS.3.2 "Anbieten von Outsourcing" an seine Stelle. Die Maßnahmen hier taugen weiterhin als',
    'Prüfliste, die Nummern der Anforderungen weichen dort jedoch ab.',
    '',
    'In ISO/IEC 27001:2022 behandeln die Maßnahmen 5.19 bis 5.23 aus Anhang A die',
    'Lieferantenbeziehungen (Richtlinie, Vereinbarungen, IKT-Lieferkette, Überwachung und Änderung',
    'von Lieferantenleistungen, Cloud-Dienste); verwandte Maßnahmen stehen bei jeder Maßnahme.',
  ].join('\n'),
};

/** Titles of the ISO/IEC 27001:2022 Annex A controls named in `MeasureInfo.iso`. */
export const ISO_CONTROL_TITLES: Localized<Readonly<Record<string, string>>> = {
  en: {
    'A.5.15': 'Access control',
    'A.5.19': 'Information security in supplier relationships',
    'A.5.20': 'Addressing information security within supplier agreements',
    'A.5.21': 'Managing information security in the ICT supply chain',
    'A.5.22': 'Monitoring, review and change management of supplier services',
    'A.5.23': 'Information security for use of cloud services',
    'A.5.29': 'Information security during disruption',
    'A.5.30': 'ICT readiness for business continuity',
    'A.6.1': 'Screening',
    'A.6.6': 'Confidentiality or non-disclosure agreements',
    'A.8.2': 'Privileged access rights',
    'A.8.15': 'Logging',
    'A.8.32': 'Change management',
  },
  de: {
    'A.5.15': 'Zugangssteuerung',
    'A.5.19': 'Informationssicherheit in Lieferantenbeziehungen',
    'A.5.20': 'Behandlung von Informationssicherheit in Lieferantenvereinbarungen',
    'A.5.21': 'Umgang mit der Informationssicherheit in der IKT-Lieferkette',
    'A.5.22': 'Überwachung, Überprüfung und Änderungsmanagement von Lieferantendienstleistungen',
    'A.5.23': 'Informationssicherheit für die Nutzung von Cloud-Diensten',
    'A.5.29': 'Informationssicherheit bei Störungen',
    'A.5.30': 'IKT-Bereitschaft für Business Continuity',
    'A.6.1': 'Sicherheitsüberprüfung',
    'A.6.6': 'Vertraulichkeits- oder Geheimhaltungsvereinbarungen',
    'A.8.2': 'Privilegierte Zugangsrechte',
    'A.8.15': 'Protokollierung',
    'A.8.32': 'Änderungssteuerung',
  },
};

/** How each tier is called in running text and tables. */
export const TIER_NAMES: Localized<Readonly<Record<'basic' | 'standard' | 'high', string>>> = {
  en: { basic: 'basic', standard: 'standard', high: 'increased protection needs' },
  de: { basic: 'Basis', standard: 'Standard', high: 'erhöhter Schutzbedarf' },
};
