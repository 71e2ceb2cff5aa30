/**
 * R15 (OPS.3.1.M4): an external communication partner may receive information above the lowest
 * classification level only on a contractual basis.
 */
import { asArray, asRecord, asString, type DataRecord } from '../../data';
import { targetIds } from '../../domain/references';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'communication/external-partner';

type Context = RuleContext<keyof (typeof en)[typeof ID]['messages']>;

/** The classification scheme, lowest level first, or undefined when none is agreed. */
function classificationScheme(data: DataRecord): string[] | undefined {
  const levels = targetIds(data, 'classification');
  return levels.length > 0 ? levels : undefined;
}

function hasContractualBasis(partner: DataRecord): boolean {
  const basis = asString(partner.contractualBasis);
  return basis !== undefined && basis.trim() !== '';
}

/** The index in `allowed` of the first level above the lowest one of the scheme, or -1. */
function firstAboveLowest(allowed: unknown[], scheme: string[]): number {
  return allowed.findIndex((level) => typeof level === 'string' && scheme.indexOf(level) > 0);
}

function checkPartner(context: Context, partner: DataRecord, index: number, scheme: string[]) {
  if (partner.scope !== 'external' || hasContractualBasis(partner)) return;
  const allowed = asArray(partner.allowed);
  const position = firstAboveLowest(allowed, scheme);
  if (position < 0) return;
  context.report({
    messageId: 'noContractualBasis',
    args: {
      partner: asString(partner.id) ?? `partners[${index}]`,
      level: String(allowed[position]),
      lowest: scheme[0],
    },
    path: ['communication', 'partners', index, 'allowed', position],
    part: 'value',
  });
}

export const externalPartner = defineRule({
  id: ID,
  measure: 'OPS.3.1.M4',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        'communication:',
        '  partners:',
        '    - { id: PTN-AUDIT, contact: C-AUDITOR, scope: external, allowed: [public, internal] }',
      ].join('\n'),
      good: [
        'communication:',
        '  partners:',
        '    - id: PTN-AUDIT',
        '      contact: C-AUDITOR',
        '      scope: external',
        '      allowed: [public, internal]',
        '      contractualBasis: audit agreement of 2024-01-08',
      ].join('\n'),
    },
    de: {
      bad: [
        'communication:',
        '  partners:',
        '    - { id: PTN-AUDIT, contact: C-AUDITOR, scope: external, allowed: [public, internal] }',
      ].join('\n'),
      good: [
        'communication:',
        '  partners:',
        '    - id: PTN-AUDIT',
        '      contact: C-AUDITOR',
        '      scope: external',
        '      allowed: [public, internal]',
        '      contractualBasis: Prüfvereinbarung vom 08.01.2024',
      ].join('\n'),
    },
  },
  check(context) {
    const scheme = classificationScheme(context.data);
    if (!scheme) return;
    const partners = asArray(asRecord(context.data.communication)?.partners);
    partners.forEach((entry, index) => {
      const partner = asRecord(entry);
      if (partner) checkPartner(context, partner, index, scheme);
    });
  },
});
