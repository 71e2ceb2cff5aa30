/**
 * The controls in the OSCAL document: the measures OPS.3.1.M1-M16 (the objectives the findings
 * target), the Grundschutz++ controls each reaches (through Annex A and the BSI's mapping, see
 * `catalog/controls`), and the sources of that data as back-matter resources.
 */
import {
  allGrundschutzControls,
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  measureControls,
} from '../catalog/controls';
import { fill } from '../coverage/report/view';
import { allMeasureDefinitions, type MeasureId } from '../domain/measures';
import type { Locale } from '../i18n/locale';
import { OSCAL_TEXTS } from './texts';
import type { Link, Property, Resource } from './types';
import { UUID_NAMES, uuidV5, type Sha1 } from './uuid';

/** The namespace of this product's props (`ns`): names such as `grundschutz-control` are ours. */
export const OSCAL_NS = 'https://github.com/outsourcing-policy/outsourcing-policy/ns/oscal';

/** A text OSCAL accepts as a prop value (its string type): one line, no space at either end. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || '-';
}

/** A prop in this product's namespace (the value made one line: ids and paths come from files). */
export function prop(name: string, value: string, extra: Partial<Property> = {}): Property {
  return { name, ns: OSCAL_NS, value: oneLine(value), ...extra };
}

const SOURCE_KEYS = ['kernel', 'mapping', 'annexA'] as const;

/** The uuid of the back-matter resource of a source of the Grundschutz++ data. */
export function sourceUuid(key: (typeof SOURCE_KEYS)[number], sha1: Sha1): string {
  return uuidV5(UUID_NAMES.resource(`grundschutz:${GRUNDSCHUTZ_SOURCES[key].uuid}`), sha1);
}

/** The three BSI files the control data comes from, each with its own uuid, version and licence. */
export function sourceResources(locale: Locale, sha1: Sha1): Resource[] {
  const { repository, commit, licence } = GRUNDSCHUTZ_SOURCES;
  return SOURCE_KEYS.map((key) => {
    const source = GRUNDSCHUTZ_SOURCES[key];
    const description = fill(OSCAL_TEXTS[locale].sourceDescription, {
      file: source.file,
      attribution: GRUNDSCHUTZ_ATTRIBUTION[locale],
    });
    return {
      uuid: sourceUuid(key, sha1),
      title: source.title,
      description,
      props: [
        prop('source-file', source.file),
        prop('oscal-document-uuid', source.uuid),
        prop('source-version', source.version),
        prop('source-commit', commit),
        prop('licence', licence),
      ],
      // the repository at the commit: the file's folder in it is not part of the shipped data
      rlinks: [{ href: `${repository}/tree/${commit}` }],
    };
  });
}

function measureIds(): MeasureId[] {
  return allMeasureDefinitions().map((definition) => definition.id);
}

/** `reviewed-controls`: the sixteen measures, then every Grundschutz++ control they reach. */
export function reviewedControls(locale: Locale): Record<string, unknown> {
  const texts = OSCAL_TEXTS[locale];
  const grundschutz = allGrundschutzControls().map((control) => ({
    'control-id': control.id,
    ...(control.statementId && { 'statement-ids': [control.statementId] }),
  }));
  return {
    'control-selections': [
      {
        props: [prop('catalog', 'OPS.3.1')],
        'include-controls': measureIds().map((id) => ({ 'control-id': id })),
        remarks: texts.measuresSelection,
      },
      {
        props: [prop('catalog', 'Grundschutz++')],
        'include-controls': grundschutz,
        remarks: texts.grundschutzSelection,
      },
    ],
  };
}

/**
 * What a finding names of its measure's controls, machine-readable: the Kompendium requirement,
 * the Annex A controls and each Grundschutz++ control (`class` = the BSI mapping's relationship,
 * `remarks` = the chain it comes from), and a link to the Grundschutz++ catalog per control.
 */
export function measureControlProps(
  measure: MeasureId,
  locale: Locale,
  sha1: Sha1,
): { props: Property[]; links: Link[]; ids: string[] } {
  const controls = measureControls(measure, locale);
  const texts = OSCAL_TEXTS[locale];
  const props = [
    prop('kompendium-requirement', controls.kompendium),
    ...controls.annexA.map((annex) => prop('annex-a-control', annex.id)),
  ];
  const links: Link[] = [];
  const kernel = sourceUuid('kernel', sha1);
  for (const { control, via } of controls.grundschutz) {
    const chain = via.map((link) => fill(texts.via, { ...link }));
    if (!control.inCatalog) chain.push(texts.notInCatalog);
    const relationship = via[0]?.relationship;
    props.push(
      prop('grundschutz-control', control.id, {
        ...(relationship && { class: relationship }),
        remarks: chain.join('; '),
      }),
    );
    const text = control.title ? `${control.id} ${control.title}` : control.id;
    links.push({ href: `#${kernel}`, rel: 'reference', 'resource-fragment': control.id, text });
  }
  return { props, links, ids: controls.grundschutz.map((entry) => entry.control.id) };
}
