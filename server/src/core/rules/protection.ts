/**
 * Consequences of high protection needs: personnel screening (R1, OPS.3.1.M16) and encrypted
 * transport of exchanged data (OPS.3.1.M9).
 */
import { asRecord, asString, valueAt, type DataRecord } from '../data';
import type { DataPath } from '../types';
import type { Rule, RuleContext } from './rule';

const HIGH_LEVELS = new Set(['high', 'very-high']);
const TRANSPORT_PROTECTION: DataPath = ['dataExchange', 'security', 'transportProtection'];

/** FORMAT.md section 2: personnelScreening becomes required once the engagement is past planning. */
const STATUSES_REQUIRING_SCREENING = new Set([
  'negotiation',
  'migration',
  'operation',
  'terminating',
  'terminated',
]);

/** The confidentiality/integrity ratings that are high or very-high, e.g. ['confidentiality high']. */
function highRatings(data: DataRecord): string[] {
  const needs = asRecord(data.protectionNeeds);
  return ['confidentiality', 'integrity'].flatMap((aspect) => {
    const level = asString(needs?.[aspect]);
    return level && HIGH_LEVELS.has(level) ? [`${aspect} ${level}`] : [];
  });
}

function screeningReason(context: RuleContext): string | undefined {
  const ratings = highRatings(context.data);
  if (ratings.length > 0) return `protection needs are ${ratings.join(' and ')}`;
  if (context.options.level === 'increased') return 'the check runs at level increased';
  return undefined;
}

function checkScreening(context: RuleContext): void {
  if (context.data.personnelScreening !== undefined) return;
  const status = asString(valueAt(context.data, ['metadata', 'status']));
  if (!status || !STATUSES_REQUIRING_SCREENING.has(status)) return;
  const reason = screeningReason(context);
  if (!reason) return;
  context.report({
    ruleId: 'increased-protection/screening',
    severity: 'warning',
    measure: 'OPS.3.1.M16',
    message: `personnelScreening is recommended but missing: ${reason}`,
    detail:
      'With increased protection needs, provider and customer should agree which background checks staff working on the service have to pass. Add personnelScreening, or waive this with a justification where such checks are not possible.',
    path: ['protectionNeeds'],
    part: 'key',
    data: { should: true },
  });
}

function checkTransportEncryption(context: RuleContext): void {
  const ratings = highRatings(context.data);
  const exchange = asRecord(context.data.dataExchange);
  if (ratings.length === 0 || !exchange || exchange.regular === false) return;
  const security = exchange.security;
  if (security !== undefined && !asRecord(security)) return;
  const protection = asRecord(security)?.transportProtection;
  if (protection !== undefined && !Array.isArray(protection)) return;
  if (Array.isArray(protection) && protection.includes('encryption')) return;
  const current = Array.isArray(protection)
    ? 'transportProtection lacks encryption'
    : 'transportProtection is missing';
  context.report({
    ruleId: 'data-exchange/encryption',
    severity: 'warning',
    measure: 'OPS.3.1.M9',
    message: `${current}, although protection needs are ${ratings.join(' and ')}`,
    detail:
      'Checksums and seals reveal tampering but do not keep data secret in transit. Add encryption to dataExchange.security.transportProtection and describe the key management.',
    path: TRANSPORT_PROTECTION,
    part: 'key',
    data: { should: true },
  });
}

export const rules: Rule[] = [
  {
    ids: ['increased-protection/screening', 'data-exchange/encryption'],
    kinds: ['Engagement'],
    check(context) {
      checkScreening(context);
      checkTransportEncryption(context);
    },
  },
];
