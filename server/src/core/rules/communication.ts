/**
 * Communication rules (OPS.3.1.M4): an external partner may receive classified information
 * only on a contractual basis (R15).
 */
import { asArray, asRecord, asString, valueAt, type DataRecord } from '../data';
import type { Rule, RuleContext } from './rule';

/** The classification scheme, lowest level first, or undefined when none is agreed. */
function classificationScheme(data: DataRecord): string[] | undefined {
  const scheme = valueAt(data, ['securityConcept', 'classification', 'scheme']);
  if (!Array.isArray(scheme)) return undefined;
  const levels = scheme.filter((level): level is string => typeof level === 'string');
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

function checkPartner(
  context: RuleContext,
  partner: DataRecord,
  index: number,
  scheme: string[],
): void {
  if (partner.scope !== 'external' || hasContractualBasis(partner)) return;
  const allowed = asArray(partner.allowed);
  const position = firstAboveLowest(allowed, scheme);
  if (position < 0) return;
  const name = asString(partner.id) ?? `partners[${index}]`;
  const level = String(allowed[position]);
  context.report({
    ruleId: 'communication/external-partner',
    severity: 'error',
    measure: 'OPS.3.1.M4',
    path: ['communication', 'partners', index, 'allowed', position],
    part: 'value',
    message: `external partner ${name} may receive ${level} information without a contractualBasis`,
    detail: `The level ${level} is above the lowest classification level ${scheme[0]}. Passing classified information outside the organisation needs a contract that allows it: add the clause as contractualBasis, or allow only ${scheme[0]}.`,
  });
}

const externalPartner: Rule = {
  ids: ['communication/external-partner'],
  kinds: ['Engagement'],
  check(context) {
    const scheme = classificationScheme(context.data);
    if (!scheme) return;
    const partners = asArray(asRecord(context.data.communication)?.partners);
    partners.forEach((entry, index) => {
      const partner = asRecord(entry);
      if (partner) checkPartner(context, partner, index, scheme);
    });
  },
};

export const rules: Rule[] = [externalPartner];
