/** The formats of the coverage report and what rendering needs from the front end. */
import type { Locale } from '../../i18n/locale';

export const COVERAGE_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** Where an offset of a file is, one-based, for the text of a report. */
export type LocateOffset = (uri: string, offset: number) => { line: number; column: number };

export interface CoverageRenderOptions {
  locale: Locale;
  /** An ISO 8601 duration such as `P30D`: what falls due within it (from `today`) is listed. */
  dueWithin: string;
  /** Turns a finding's or waiver's offset into a line and column. */
  locate: LocateOffset;
  /** How a file is named in the report (default: its URI as given). */
  displayName?: (uri: string) => string;
  /** ANSI colours in the table (a terminal); default false. */
  color?: boolean;
}
