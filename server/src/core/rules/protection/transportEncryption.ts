/**
 * OPS.3.1.M9: with high confidentiality or integrity needs, regularly exchanged data should be
 * encrypted on its way.
 */
import { asRecord } from '../../data';
import { isMeasureApplicable } from '../../domain/applicability';
import type { DataPath } from '../../types';
import { defineRule } from '../defineRule';
import { highNeeds } from './highNeeds';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'data-exchange/encryption';
const TRANSPORT_PROTECTION: DataPath = ['dataExchange', 'security', 'transportProtection'];

/** The transport protection list; undefined when absent, null when something else stands there. */
function transportProtection(exchange: Record<string, unknown>): unknown[] | undefined | null {
  const security = exchange.security;
  if (security !== undefined && !asRecord(security)) return null;
  const protection = asRecord(security)?.transportProtection;
  if (protection === undefined) return undefined;
  return Array.isArray(protection) ? protection : null;
}

export const transportEncryption = defineRule({
  id: ID,
  measure: 'OPS.3.1.M9',
  severity: 'warning',
  waivable: true,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: ['dataExchange:', '  security:', '    transportProtection: [checksum]'].join('\n'),
      good: [
        'dataExchange:',
        '  security:',
        '    transportProtection: [encryption, checksum]',
        '    keyManagement: keys held in the provider HSM, rotated yearly',
      ].join('\n'),
    },
    de: {
      bad: ['dataExchange:', '  security:', '    transportProtection: [checksum]'].join('\n'),
      good: [
        'dataExchange:',
        '  security:',
        '    transportProtection: [encryption, checksum]',
        '    keyManagement: Schlüssel im HSM des Dienstleisters, jährlicher Schlüsselwechsel',
      ].join('\n'),
    },
  },
  check(context) {
    const needs = highNeeds(context.data);
    const exchange = asRecord(context.data.dataExchange);
    if (!needs || !exchange) return;
    if (!isMeasureApplicable('OPS.3.1.M9', context.data, context.options.level)) return;
    const protection = transportProtection(exchange);
    if (protection === null || protection?.includes('encryption')) return;
    context.report({
      messageId: protection ? 'encryptionLacking' : 'transportProtectionMissing',
      args: { needs },
      path: TRANSPORT_PROTECTION,
      part: 'key',
      data: { should: true },
    });
  },
});
