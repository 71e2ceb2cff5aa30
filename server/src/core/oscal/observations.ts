/**
 * One OSCAL observation per diagnostic of the check: its message as title and description, the
 * rule id, severity and measure as props, the file and line as relevant evidence, and the
 * engagement the file belongs to as subject.
 */
import { ruleDocUrl } from '../catalog/rules';
import { fill } from '../coverage/report/view';
import type { Locale } from '../i18n/locale';
import { oneLine, prop } from './controls';
import { OSCAL_TEXTS } from './texts';
import type { Observation, OscalDiagnostic } from './types';
import { UUID_NAMES, uuidV5, type Sha1 } from './uuid';

/** A file path as a URI reference: `/` kept, everything else a URI may not hold escaped. */
export function fileHref(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  return /^[A-Za-z]:\//.test(slashed) ? `file:///${encoded.replace('%3A', ':')}` : encoded;
}

/** The range of a diagnostic, `12:3-12:9`. */
function rangeOf(d: OscalDiagnostic): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
}

/** The observation uuid of each diagnostic; a repeated diagnostic gets a counted name. */
export function observationUuids(diagnostics: readonly OscalDiagnostic[], sha1: Sha1): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const name = UUID_NAMES.observation(d.file, rangeOf(d), d.identity);
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return uuidV5(count ? `${name}\n${count}` : name, sha1);
  });
}

export interface ObservationContext {
  locale: Locale;
  sha1: Sha1;
  /** The clock, as OSCAL writes it. */
  collected: string;
  platformUuid: string;
  /** The components (engagements) each file belongs to, by file. */
  subjectsOf: ReadonlyMap<string, readonly string[]>;
}

function observation(d: OscalDiagnostic, uuid: string, ctx: ObservationContext): Observation {
  const subjects = ctx.subjectsOf.get(d.file) ?? [];
  const evidence = fill(OSCAL_TEXTS[ctx.locale].evidence, {
    file: d.file,
    line: d.line,
    column: d.column,
  });
  return {
    uuid,
    title: oneLine(d.message),
    description: d.detail ? `${d.message}\n\n${d.detail}` : d.message,
    props: [
      prop('rule-id', d.ruleId),
      prop('severity', d.severity),
      ...(d.measure ? [prop('measure', d.measure)] : []),
    ],
    links: [{ href: ruleDocUrl(d.ruleId, ctx.locale), rel: 'reference', text: d.ruleId }],
    methods: ['TEST'],
    types: ['finding'],
    origins: [{ actors: [{ type: 'assessment-platform', 'actor-uuid': ctx.platformUuid }] }],
    ...(subjects.length && {
      subjects: subjects.map((id) => ({ 'subject-uuid': id, type: 'component' })),
    }),
    'relevant-evidence': [
      {
        href: `${fileHref(d.file)}#L${d.line}`,
        description: evidence,
        props: [
          prop('file', d.file),
          prop('start-line', String(d.line)),
          prop('start-column', String(d.column)),
          prop('end-line', String(d.endLine)),
          prop('end-column', String(d.endColumn)),
        ],
      },
    ],
    collected: ctx.collected,
  };
}

/** The observations of the diagnostics, in their order, with the uuids `observationUuids` gave. */
export function observationsOf(
  diagnostics: readonly OscalDiagnostic[],
  uuids: readonly string[],
  ctx: ObservationContext,
): Observation[] {
  return diagnostics.map((d, n) => observation(d, uuids[n], ctx));
}
