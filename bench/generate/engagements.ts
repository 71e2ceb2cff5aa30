/**
 * Engagements of a chosen size for benchmarks, made from the clean example: smaller ones keep
 * the sections an engagement under negotiation needs, larger ones repeat list entries
 * (contacts, dependencies, services, SLAs, objectives, communication partners) with ids of
 * their own, so that they validate with few findings, like real documents. The same content is
 * written in block style and in flow style. Deterministic: a seeded generator picks the lists,
 * so the same size always gives the same text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, parse } from 'yaml';

const EXAMPLE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'examples',
  'clean',
  'erp-hosting.engagement.yaml',
);

export type Style = 'block' | 'flow';

export interface GeneratedEngagement {
  text: string;
  lines: number;
  bytes: number;
}

type Json = Record<string, unknown>;

/** mulberry32: a small seeded generator, so that a size always gives the same document. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function example(): Json {
  return parse(fs.readFileSync(EXAMPLE, 'utf8')) as Json;
}

function section(document: Json, ...keys: string[]): Json {
  let node = document;
  for (const key of keys) node = node[key] as Json;
  return node;
}

function list(document: Json, ...keys: string[]): unknown[] {
  const parent = section(document, ...keys.slice(0, -1));
  return parent[keys[keys.length - 1]] as unknown[];
}

const SURNAMES = ['Albers', 'Brandt', 'Claassen', 'Dietz', 'Engel', 'Franke', 'Grote', 'Hahn'];
const GIVEN = ['Anna', 'Bernd', 'Carla', 'David', 'Eva', 'Felix', 'Greta', 'Hannes'];

/** One new list entry with unique ids; `n` makes the ids and text unique. */
const GROWERS: readonly ((document: Json, n: number, pick: () => number) => void)[] = [
  (document, n, pick) => {
    const party = pick() < 0.5 ? 'nordlicht' : 'swm';
    const name = `${GIVEN[n % GIVEN.length]} ${SURNAMES[(n >> 3) % SURNAMES.length]}`;
    list(document, 'contacts').push({
      id: `${party === 'nordlicht' ? 'nl' : 'swm'}-staff-${n}`,
      party,
      role: 'technical',
      name: `${name} ${n}`,
      email: `staff-${n}@${party === 'nordlicht' ? 'nordlicht-rz' : 'stadtwerke'}.example.com`,
      phone: `+49 40 0000 ${String(3000 + n).padStart(4, '0')}`,
      availability: 'Mon-Fri 08:00-17:00',
    });
  },
  (document, n) => {
    list(document, 'roughConcept', 'dependencies').push({
      id: `DEP-GEN-${n}`,
      type: 'telecom-provider',
      name: `Regionalnetz ${n} GmbH`,
      service: `backup line number ${n} between a customer site and the data centre`,
      location: 'Germany',
      accessToCustomerData: false,
      disclosedOn: '2025-03-10',
    });
  },
  (document, n) => {
    list(document, 'contract', 'serviceDescriptions').push({
      id: `SVC-GEN-${n}`,
      name: `additional service ${n}`,
      description: `operation of satellite system ${n}, including monitoring, patching and capacity management`,
    });
  },
  (document, n) => {
    list(document, 'contract', 'slas').push({
      id: `SLA-GEN-${n}`,
      metric: `availability of satellite system ${n} Mon-Fri 07:00-19:00`,
      target: '99.5 %',
      period: 'P1M',
    });
  },
  (document, n) => {
    list(document, 'roughConcept', 'objectives').push({
      id: `OBJ-GEN-${n}`,
      category: 'business',
      goal: `run satellite system ${n} without own data centre staff`,
      metric: `monthly availability of satellite system ${n}`,
      target: 'at least 99.5 %',
      due: '2026-12-31',
    });
  },
];

/** The example reduced to about 250 lines: the header, parties, contacts and the rough concept. */
function small(): Json {
  const full = example();
  const keep = ['apiVersion', 'kind', 'metadata', 'parties', 'contacts', 'protectionNeeds'];
  const document: Json = Object.fromEntries(keep.map((key) => [key, full[key]]));
  section(document, 'metadata').status = 'negotiation';
  for (const key of ['tenancy', 'roughConcept', 'securityConcept', 'communication'])
    document[key] = full[key];
  return document;
}

export function render(document: Json, style: Style): string {
  return new Document(document).toString(
    style === 'flow' ? { collectionStyle: 'flow', lineWidth: 100 } : { lineWidth: 100 },
  );
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** The block-style document grown by `entries` list entries. */
function grown(entries: number): Json {
  const document = entries < 0 ? small() : example();
  const pick = seeded(13);
  for (let n = 0; n < entries; n++) GROWERS[Math.floor(pick() * GROWERS.length)](document, n, pick);
  return document;
}

/**
 * An engagement of about `lines` lines in block style (within one list entry), or the same
 * content in flow style. Below the example's size it is the reduced example.
 */
export function engagementOfLines(lines: number, style: Style): GeneratedEngagement {
  const base = lineCount(render(example(), 'block'));
  let document: Json;
  if (lines < base) document = grown(-1);
  else {
    // About 6 lines per entry; estimate, then correct once from the measured size.
    let entries = Math.max(0, Math.round((lines - base) / 6));
    const measured = lineCount(render(grown(entries), 'block'));
    entries = Math.max(
      0,
      entries + Math.round(((lines - measured) * entries) / (measured - base || 1)),
    );
    document = grown(entries);
  }
  const text = render(document, style);
  return { text, lines: lineCount(text), bytes: Buffer.byteLength(text) };
}

/** A block-style engagement of `bytes` to 4 % more bytes (the 2 MB document stays under the size limit). */
export function engagementOfBytes(bytes: number): GeneratedEngagement {
  const sample = engagementOfLines(8_000, 'block');
  let lines = Math.round((sample.lines * bytes * 1.02) / sample.bytes);
  for (let attempt = 0; ; attempt++) {
    const generated = engagementOfLines(lines, 'block');
    if ((generated.bytes >= bytes && generated.bytes <= bytes * 1.04) || attempt === 5)
      return generated;
    lines = Math.round((lines * bytes * 1.02) / generated.bytes);
  }
}
