/** Every report format of `check`, by name. */
import type { OutputFormat } from '../args';
import type { Report } from '../report';
import { formatGitHub } from './github';
import { formatJson } from './json';
import { formatJUnit } from './junit';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { COLOURS, formatStylish, NO_COLOURS } from './stylish';

/** Renders `report` in `format`; colours only apply to stylish on a terminal. */
export function renderReport(format: OutputFormat, report: Report, colour: boolean): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, colour ? COLOURS : NO_COLOURS);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGitHub(report);
    case 'junit':
      return formatJUnit(report);
    case 'markdown':
      return formatMarkdown(report);
  }
}
