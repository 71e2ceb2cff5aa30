/**
 * Derives the Grundschutz++ controls of the sixteen measures from the BSI's OSCAL publication
 * and writes what the product needs of it to `server/src/core/catalog/controls/grundschutzData.ts`.
 *
 * The chain is traceable and guesses nothing: each measure names its closest ISO/IEC 27001:2022
 * Annex A controls (this project's judgement, `MeasureInfo.iso`); the BSI's mapping collection
 * "ISO/IEC 27001:2022 Annex A to GS++" maps each Annex A control to Grundschutz++ controls with a
 * relationship (`subset-of`, `equivalent-to`, ...). Only those links, the ids and titles of the
 * controls they name and the metadata of the three source files are kept.
 *
 * Run by a maintainer, never by the build or the tests (they must not read outside the
 * repository): `npm run controls -- <folder with the BSI files>`; `test/unit/grundschutzData.test.ts`
 * checks the committed data against the vendored mapping collection in `test/fixtures/`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MEASURES } from '../../core/catalog/measures';

const FILES = {
  mapping: 'ISO27001-AnnexA-to-GS++-mapping_collection.json',
  annexA: 'ISO27001-AnnexA-catalog.json',
  kernel: 'BSI-Stand-der-Technik-Kernel-catalog.json',
} as const;

/** What an OSCAL catalog's groups and controls look like, as far as read here. */
interface OscalControl {
  id: string;
  title: string;
  props?: { name: string; value: string }[];
  parts?: { id?: string; name: string }[];
  controls?: OscalControl[];
  groups?: OscalControl[];
}

interface OscalMetadata {
  title: string;
  version: string;
  'last-modified': string;
  'oscal-version': string;
}

interface OscalMap {
  uuid: string;
  relationship: string;
  sources: { 'id-ref': string }[];
  targets: { 'id-ref': string }[];
}

function readJson(folder: string, file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Record<string, unknown>;
}

/** Every control and group of a catalog by id, with the titles of the groups above it. */
function indexCatalog(
  catalog: OscalControl,
): Map<string, { node: OscalControl; groups: string[] }> {
  const byId = new Map<string, { node: OscalControl; groups: string[] }>();
  const walk = (parent: OscalControl, groups: string[]): void => {
    for (const child of [...(parent.groups ?? []), ...(parent.controls ?? [])]) {
      byId.set(child.id, { node: child, groups });
      walk(child, [...groups, child.title]);
    }
  };
  walk(catalog, []);
  return byId;
}

function sourceInfo(file: string, document: { uuid: string; metadata: OscalMetadata }): object {
  const { metadata } = document;
  return {
    file,
    uuid: document.uuid,
    title: metadata.title,
    version: metadata.version,
    lastModified: metadata['last-modified'],
    oscalVersion: metadata['oscal-version'],
  };
}

/** `A.5.19` (this product's spelling) -> `5.19` (the BSI files' spelling). */
function bsiAnnexId(id: string): string {
  return id.replace(/^A\./, '');
}

export function extractGrundschutzControls(folder: string): object {
  const mappingFile = readJson(folder, FILES.mapping)['mapping-collection'] as {
    uuid: string;
    metadata: OscalMetadata;
    mappings: {
      uuid: string;
      'target-resource': { href: string };
      maps: OscalMap[];
    }[];
  };
  const annexA = readJson(folder, FILES.annexA).catalog as OscalControl & {
    uuid: string;
    metadata: OscalMetadata;
  };
  const kernel = readJson(folder, FILES.kernel).catalog as OscalControl & {
    uuid: string;
    metadata: OscalMetadata;
  };
  const annexIndex = indexCatalog(annexA);
  const kernelIndex = indexCatalog(kernel);
  const used = [...new Set(MEASURES.flatMap((measure) => measure.iso))].sort(compareControlIds);

  const annexLinks: Record<string, object> = {};
  const controls = new Map<string, object>();
  for (const id of used) {
    const bsiId = bsiAnnexId(id);
    if (!annexIndex.has(bsiId))
      throw new Error(`Annex A control ${bsiId} is not in ${FILES.annexA}`);
    const maps = mappingFile.mappings.flatMap((mapping) =>
      mapping.maps
        .filter((map) => map.sources.some((source) => source['id-ref'] === bsiId))
        .map((map) => ({ mapping, map })),
    );
    if (maps.length === 0) throw new Error(`no BSI mapping names Annex A control ${bsiId}`);
    annexLinks[id] = {
      links: maps.map(({ mapping, map }) => {
        if (!mapping['target-resource'].href.endsWith(FILES.kernel))
          throw new Error(
            `${bsiId}: target catalog ${mapping['target-resource'].href} not shipped`,
          );
        return {
          relationship: map.relationship,
          mappingUuid: mapping.uuid,
          mapUuid: map.uuid,
          targets: map.targets.map((target) => target['id-ref']),
        };
      }),
    };
    for (const { map } of maps)
      for (const target of map.targets) {
        const found = kernelIndex.get(target['id-ref']);
        if (!found) {
          // the mapping names a control the catalog of this commit lacks: keep the link, say so
          process.stderr.write(
            `note: ${target['id-ref']} (from ${bsiId}) is not in ${FILES.kernel}\n`,
          );
          controls.set(target['id-ref'], { missing: true });
          continue;
        }
        controls.set(found.node.id, {
          title: found.node.title,
          group: found.groups[0],
          statement: found.node.parts?.find((part) => part.name === 'statement')?.id,
        });
      }
  }
  return {
    sources: {
      repository: 'https://github.com/BSI-Bund/Stand-der-Technik-Bibliothek',
      commit: '47de2824a341812438ef3f044b3f65ce2cad6e32',
      licence: 'CC-BY-SA-4.0',
      mapping: sourceInfo(FILES.mapping, mappingFile),
      annexA: sourceInfo(FILES.annexA, annexA),
      kernel: sourceInfo(FILES.kernel, kernel),
    },
    annexA: annexLinks,
    controls: Object.fromEntries([...controls].sort(([a], [b]) => compareControlIds(a, b))),
  };
}

/** `5.9` before `5.10`, `BES.5.2` before `BES.5.11`. */
function compareControlIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

const HEADER = `/**
 * GENERATED by \`npm run controls\` (server/src/tools/controls/extractGrundschutzControls.ts) from
 * the BSI's Grundschutz++ publication in OSCAL; do not edit by hand.
 *
 * Data: Bundesamt für Sicherheit in der Informationstechnik (BSI), "Stand-der-Technik-Bibliothek"
 * (${'https://github.com/BSI-Bund/Stand-der-Technik-Bibliothek'}), licensed under Creative Commons
 * Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/).
 * Extracted: the ids, titles and statement ids of the controls named below, and the links of the
 * mapping collection for the Annex A controls the measures name. This extract is shared under the
 * same licence, separately from the project's own licence: see docs/third-party/grundschutz-plusplus.md.
 */
`;

function main(): void {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('usage: npm run controls -- <folder with the BSI OSCAL files>\n');
    process.exit(2);
  }
  const data = extractGrundschutzControls(folder);
  const target = path.join(
    __dirname,
    '../../../../../server/src/core/catalog/controls/grundschutzData.ts',
  );
  const body = `export const GRUNDSCHUTZ_DATA = ${JSON.stringify(data, null, 2)} as const;\n`;
  fs.writeFileSync(target, HEADER + body);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}

if (require.main === module) main();
