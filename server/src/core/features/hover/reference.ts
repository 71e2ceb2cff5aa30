/** Hover text for an id: what the party, contact, dependency or document it names is. */
import { asArray, asRecord, valueAt, type DataRecord } from '../../data';
import type { RefKind } from '../../schema/dsl';
import type { IdOccurrence, IdTarget } from '../navigation/occurrences';
import { occurrencesOf } from '../navigation/occurrences';

type Describe = (record: DataRecord, found: IdOccurrence) => string[];

function field(label: string, value: unknown): string | undefined {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  return text === undefined || text === '' ? undefined : `${label}: ${text}`;
}

function present(lines: (string | undefined)[]): string[] {
  return lines.filter((line): line is string => line !== undefined);
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

const describeContact: Describe = (record) => [
  ...present([
    field('Name', record.name),
    field('Role', record.role),
    field('Party', record.party),
    field('E-mail', record.email),
    field('Phone', record.phone),
  ]),
  ...(record.email || record.phone ? [] : ['No e-mail address or phone number is recorded.']),
];

const describeParty: Describe = (record) =>
  present([field('Name', record.name), field('Country', record.country)]);

const describeDependency: Describe = (record) =>
  present([
    field('Name', record.name),
    field('Type', record.type),
    field('Service', record.service),
  ]);

const describePartner: Describe = (record) =>
  present([
    field('Contact', record.contact),
    field('Scope', record.scope),
    field(
      'May receive',
      asArray(record.allowed)
        .filter((level) => typeof level === 'string')
        .join(', '),
    ),
  ]);

const describeDocument: Describe = (record, found) =>
  present([
    field('Title', record.title),
    field('Status', record.status),
    `File: [${fileName(found.entry.file.uri)}](${found.entry.file.uri})`,
  ]);

function describeClassification(found: IdOccurrence): string[] {
  const schemePath = found.path.slice(0, -1);
  const levels = asArray(valueAt(found.entry.data, schemePath)).filter(
    (level): level is string => typeof level === 'string',
  );
  const position = found.path[found.path.length - 1];
  const rank = typeof position === 'number' ? position + 1 : undefined;
  return present([
    rank === undefined ? undefined : `Level ${rank} of ${levels.length}, from lowest to highest`,
    field('Scheme', levels.join(' < ')),
  ]);
}

const DESCRIBERS: Partial<Record<RefKind, Describe>> = {
  contact: describeContact,
  party: describeParty,
  dependency: describeDependency,
  partner: describePartner,
  dca: describeDocument,
  engagement: describeDocument,
};

const TITLES: Record<RefKind, string> = {
  party: 'Party',
  contact: 'Contact',
  dependency: 'Dependency',
  partner: 'Communication partner',
  classification: 'Classification level',
  severity: 'Severity',
  dca: 'Data connection agreement',
  engagement: 'Engagement',
};

function describe(kind: RefKind, found: IdOccurrence): string[] {
  if (kind === 'classification') return describeClassification(found);
  const record = asRecord(valueAt(found.entry.data, found.path.slice(0, -1)));
  const describer = DESCRIBERS[kind];
  return record && describer ? describer(record, found) : [];
}

function undefinedNote(target: IdTarget): string {
  const where = target.kind === 'dca' || target.kind === 'engagement' ? 'workspace' : 'engagement';
  const name = TITLES[target.kind].toLowerCase();
  return `No ${name} with this id is defined in the ${where}.`;
}

/** Markdown about the thing an id names, read from its definition. */
export function referenceMarkdown(target: IdTarget): string {
  const heading = `**${TITLES[target.kind]} \`${target.value}\`**`;
  const definition = occurrencesOf(target).definitions[0];
  if (!definition) return [heading, undefinedNote(target)].join('\n\n');
  const lines = describe(target.kind, definition).map((line) => `- ${line}`);
  return lines.length ? `${heading}\n\n${lines.join('\n')}` : heading;
}
