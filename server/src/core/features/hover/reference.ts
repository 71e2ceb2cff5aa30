/** Hover text for an id: what the party, contact, dependency or document it names is. */
import { asArray, asRecord, valueAt, type DataRecord } from '../../data';
import { REFERENCE_KIND_NAMES, isWorkspaceWide, type RefKind } from '../../domain/references';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import type { IdOccurrence, IdTarget } from '../navigation/occurrences';
import { occurrencesOf } from '../navigation/occurrences';
import { hoverTexts, type HoverTexts } from './texts';

type Labels = HoverTexts['reference']['label'];

type Describe = (record: DataRecord, found: IdOccurrence, texts: HoverTexts) => string[];

function field(label: string, value: unknown): string | undefined {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  return text === undefined || text === '' ? undefined : `${label}: ${text}`;
}

/** The lines `Label: value` for the keys of `record` that hold a value, in the given order. */
function fields(record: DataRecord, labels: Labels, keys: readonly (keyof Labels)[]): string[] {
  return keys
    .map((key) => field(labels[key], record[key]))
    .filter((line): line is string => line !== undefined);
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

const describeContact: Describe = (record, _found, texts) => [
  ...fields(record, texts.reference.label, ['name', 'role', 'party', 'email', 'phone']),
  ...(record.email || record.phone ? [] : [texts.reference.unreachable]),
];

const describeParty: Describe = (record, _found, texts) =>
  fields(record, texts.reference.label, ['name', 'country']);

const describeDependency: Describe = (record, _found, texts) =>
  fields(record, texts.reference.label, ['name', 'type', 'service']);

const describePartner: Describe = (record, _found, texts) => {
  const labels = texts.reference.label;
  const allowed = asArray(record.allowed)
    .filter((level) => typeof level === 'string')
    .join(', ');
  return [
    ...fields(record, labels, ['contact', 'scope']),
    ...(allowed ? [`${labels.allowed}: ${allowed}`] : []),
  ];
};

const describeDocument: Describe = (record, found, texts) => [
  ...fields(record, texts.reference.label, ['title', 'status']),
  `${texts.reference.label.file}: [${fileName(found.entry.file.uri)}](${found.entry.file.uri})`,
];

function describeClassification(found: IdOccurrence, texts: HoverTexts, locale: Locale): string[] {
  const schemePath = found.path.slice(0, -1);
  const levels = asArray(valueAt(found.entry.data, schemePath)).filter(
    (level): level is string => typeof level === 'string',
  );
  const position = found.path[found.path.length - 1];
  const rank = typeof position === 'number' ? position + 1 : undefined;
  const level =
    rank === undefined
      ? []
      : [renderTemplate(texts.reference.level, { rank, count: levels.length }, locale)];
  const scheme = field(texts.reference.label.scheme, levels.join(' < '));
  return [...level, ...(scheme ? [scheme] : [])];
}

const DESCRIBERS: Partial<Record<RefKind, Describe>> = {
  contact: describeContact,
  party: describeParty,
  dependency: describeDependency,
  partner: describePartner,
  dca: describeDocument,
  engagement: describeDocument,
};

/** What one id of `kind` is called, as a heading: "Contact", "Kommunikationspartner". */
function title(kind: RefKind, locale: Locale): string {
  const name = REFERENCE_KIND_NAMES[kind][locale];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function describe(kind: RefKind, found: IdOccurrence, locale: Locale): string[] {
  const texts = hoverTexts(locale);
  if (kind === 'classification') return describeClassification(found, texts, locale);
  const record = asRecord(valueAt(found.entry.data, found.path.slice(0, -1)));
  const describer = DESCRIBERS[kind];
  return record && describer ? describer(record, found, texts) : [];
}

function undefinedNote(target: IdTarget, locale: Locale): string {
  const texts = hoverTexts(locale).reference;
  const template = isWorkspaceWide(target.kind)
    ? texts.undefinedInWorkspace
    : texts.undefinedInEngagement;
  return renderTemplate(template, { kind: REFERENCE_KIND_NAMES[target.kind][locale] }, locale);
}

/** Markdown about the thing an id names, read from its definition. */
export function referenceMarkdown(target: IdTarget, locale: Locale = 'en'): string {
  const heading = `**${title(target.kind, locale)} \`${target.value}\`**`;
  const definition = occurrencesOf(target).definitions[0];
  if (!definition) return [heading, undefinedNote(target, locale)].join('\n\n');
  const lines = describe(target.kind, definition, locale).map((line) => `- ${line}`);
  return lines.length ? `${heading}\n\n${lines.join('\n')}` : heading;
}
