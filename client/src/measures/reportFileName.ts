/** The name of an exported coverage report; free of `vscode`, so that it can be tested. */
import type { CoverageReportParams } from '../../../server/src/lsp/protocol';

const EXTENSIONS: Record<CoverageReportParams['format'], string> = { html: 'html', markdown: 'md' };

/** The file name of the report: `ENG-2026-019.coverage.html`, else after the engagement file. */
export function reportFileName(
  engagementFile: string,
  engagementId: string | undefined,
  format: CoverageReportParams['format'],
): string {
  const base =
    engagementId ??
    (engagementFile.split('/').pop() ?? 'engagement').replace(/(\.engagement)?\.ya?ml$/, '');
  // An id is free text: keep it from leaving the folder or breaking the name.
  const safe = base.replace(/[\\/:*?"<>|]/g, '_');
  return `${safe}.coverage.${EXTENSIONS[format]}`;
}
