/**
 * The coverage report as text: a terminal table or matrix, JSON (the shape of FORMAT.md
 * section 6), Markdown for pull-request comments and job summaries, and one self-contained HTML
 * page for management and auditors. The CLI and the language server (Export Coverage Report)
 * both render through here, so they never disagree.
 */
import type { CoverageReport } from '../types';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { CoverageFormat, CoverageRenderOptions } from './options';
import { renderTable } from './table';
import { reportContext } from './view';

export {
  COVERAGE_FORMATS,
  type CoverageFormat,
  type CoverageRenderOptions,
  type LocateOffset,
} from './options';
export { COVERAGE_STATUS_TEXTS } from '../statusTexts';

/** The report in `format`. */
export function renderCoverage(
  report: CoverageReport,
  format: CoverageFormat,
  options: CoverageRenderOptions,
): string {
  const ctx = reportContext(options);
  switch (format) {
    case 'table':
      return renderTable(report, ctx);
    case 'json':
      return renderJson(report, ctx);
    case 'markdown':
      return renderMarkdown(report, ctx);
    case 'html':
      return renderHtml(report, ctx);
  }
}
