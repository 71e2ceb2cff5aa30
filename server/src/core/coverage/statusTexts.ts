/** The six coverage statuses in words, per locale (one place for the report, lenses and views). */
import type { Locale } from '../i18n/locale';
import type { CoverageStatus } from './types';

export const COVERAGE_STATUS_TEXTS: Record<Locale, Record<CoverageStatus, string>> = {
  en: {
    'not-applicable': 'not applicable',
    pending: 'pending',
    failing: 'failing',
    partial: 'partial',
    waived: 'waived',
    fulfilled: 'fulfilled',
  },
  de: {
    'not-applicable': 'entbehrlich',
    pending: 'noch nicht fällig',
    failing: 'nicht erfüllt',
    partial: 'teilweise erfüllt',
    waived: 'begründet abgewichen',
    fulfilled: 'erfüllt',
  },
};
