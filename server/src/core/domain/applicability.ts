/**
 * Which measures apply to an engagement at all (FORMAT.md section 6), defined once: the rules
 * that only fire for applicable measures and the coverage model both ask this module.
 * - OPS.3.1.M7 (client concept) only for a `multi-tenant` service;
 * - OPS.3.1.M9 (data exchange) not when `dataExchange.regular` is `false`;
 * - OPS.3.1.M16 (screening) not when confidentiality and integrity are both `normal` and the
 *   level is not `increased`.
 */
import { asRecord } from '../data';
import type { Level } from '../types';
import { measureDefinition, type MeasureId } from './measures';

/** The level of the check (only `increased` matters here). */
type CheckLevel = Level | undefined;

export function isMultiTenant(data: unknown): boolean {
  return asRecord(asRecord(data)?.tenancy)?.model === 'multi-tenant';
}

export function exchangesDataRegularly(data: unknown): boolean {
  return asRecord(asRecord(data)?.dataExchange)?.regular !== false;
}

/** Whether personnel screening (M16) is called for by the protection needs or the level. */
export function needsScreening(data: unknown, level: CheckLevel): boolean {
  if (level === 'increased') return true;
  const needs = asRecord(asRecord(data)?.protectionNeeds);
  return !(needs?.confidentiality === 'normal' && needs.integrity === 'normal');
}

/** Whether a measure applies to the engagement `data` checked at `level`. */
export function isMeasureApplicable(measure: MeasureId, data: unknown, level: CheckLevel): boolean {
  switch (measure) {
    case 'OPS.3.1.M7':
      return isMultiTenant(data);
    case 'OPS.3.1.M9':
      return exchangesDataRegularly(data);
    case 'OPS.3.1.M16':
      return needsScreening(data, level);
    default:
      return true;
  }
}

/**
 * Whether a measure's obligations are checked at `level`: at `basic` only those of the basic
 * tier (OPS.3.1.M1); broken data is reported at every level all the same.
 */
export function isMeasureCheckedAt(measure: MeasureId, level: CheckLevel): boolean {
  return level !== 'basic' || measureDefinition(measure).tier === 'basic';
}
