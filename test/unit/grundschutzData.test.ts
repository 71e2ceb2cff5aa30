/**
 * The Grundschutz++ controls of each measure come from one traceable chain: the measure's Annex A
 * controls (this project) and, for each, the BSI's mapping collection entries naming it. The
 * shipped extract must equal what the BSI's file (vendored in test/fixtures) says.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  allGrundschutzControls,
  GRUNDSCHUTZ_SOURCES,
  measureControls,
} from '../../server/src/core/catalog/controls';
import { measureInfo } from '../../server/src/core/catalog/measures';
import { MEASURE_IDS } from '../../server/src/core/domain/measures';

const REPO_ROOT = path.join(__dirname, '../../..');

interface VendoredMap {
  uuid: string;
  relationship: string;
  sources: { 'id-ref': string }[];
  targets: { 'id-ref': string }[];
}

const collection = JSON.parse(
  fs.readFileSync(
    path.join(
      REPO_ROOT,
      'test/fixtures/grundschutz-plusplus/ISO27001-AnnexA-to-GS++-mapping_collection.json',
    ),
    'utf8',
  ),
)['mapping-collection'] as {
  uuid: string;
  mappings: { uuid: string; 'target-resource': { href: string }; maps: VendoredMap[] }[];
};

function bsiMapsOf(annexA: string): { mappingUuid: string; map: VendoredMap }[] {
  const id = annexA.replace(/^A\./, '');
  return collection.mappings.flatMap((mapping) =>
    mapping.maps
      .filter((map) => map.sources.some((source) => source['id-ref'] === id))
      .map((map) => ({ mappingUuid: mapping.uuid, map })),
  );
}

test('every link of every measure is an entry of the BSI mapping collection, unchanged', () => {
  assert.equal(GRUNDSCHUTZ_SOURCES.mapping.uuid, collection.uuid);
  for (const measure of MEASURE_IDS) {
    const controls = measureControls(measure, 'en');
    assert.deepEqual(
      controls.annexA.map((annex) => annex.id),
      measureInfo(measure)?.iso,
      `${measure}: the Annex A controls are the catalogue's`,
    );
    for (const annex of controls.annexA) {
      const expected = bsiMapsOf(annex.id);
      assert.ok(expected.length > 0, `${annex.id} is mapped by the BSI`);
      assert.deepEqual(
        annex.mappings.map((mapping) => ({
          relationship: mapping.relationship,
          mapUuid: mapping.mapUuid,
          targets: mapping.controls.map((control) => control.id),
        })),
        expected.map(({ map }) => ({
          relationship: map.relationship,
          mapUuid: map.uuid,
          targets: map.targets.map((target) => target['id-ref']),
        })),
        `${measure} -> ${annex.id}`,
      );
    }
  }
});

test('OPS.3.1.M8: Kompendium requirement, Annex A controls and the Grundschutz++ controls reached', () => {
  const m8 = measureControls('OPS.3.1.M8', 'de');
  assert.equal(m8.kompendium, 'OPS.3.1.A8');
  assert.deepEqual(
    m8.annexA.map((annex) => [annex.id, annex.title]),
    [
      ['A.5.20', 'Behandlung von Informationssicherheit in Lieferantenvereinbarungen'],
      ['A.5.15', 'Zugangssteuerung'],
      ['A.8.15', 'Protokollierung'],
    ],
  );
  const sla = m8.grundschutz.find((entry) => entry.control.id === 'BES.5.2');
  assert.deepEqual(sla, {
    control: {
      id: 'BES.5.2',
      title: 'Service Level Agreement',
      group: 'Beschaffungsmanagement',
      statementId: 'BES.5.2_stm',
      inCatalog: true,
    },
    via: [{ annexA: 'A.5.20', relationship: 'subset-of', mapUuid: sla?.via[0]?.mapUuid }],
  });
  assert.equal(sla?.via[0]?.mapUuid, bsiMapsOf('A.5.20')[0]?.map.uuid);
  assert.deepEqual(
    m8.grundschutz.map((entry) => entry.control.id),
    ['BES.4.4', 'BES.5.2', 'BES.5.3', 'BES.5.4', 'BES.5.11', 'BES.5.12']
      .concat(['BER.5.1', 'BER.5.3', 'ARCH.4.1', 'GEB.3.3'])
      .concat(['DET.3.1', 'DET.3.2', 'DET.3.3', 'DET.3.4']),
  );
});

test('a control reached through two Annex A controls is listed once, with both links', () => {
  const m2 = measureControls('OPS.3.1.M2', 'en');
  const ids = m2.grundschutz.map((entry) => entry.control.id);
  assert.equal(new Set(ids).size, ids.length);
  const both = measureControls('OPS.3.1.M3', 'en').grundschutz.find(
    (entry) => entry.control.id === 'BES.5.11',
  );
  assert.deepEqual(
    both?.via.map((link) => link.annexA),
    ['A.5.20', 'A.5.22'],
  );
});

test('the two controls the mapping names but the shipped catalog version lacks are marked, not dropped', () => {
  const missing = allGrundschutzControls().filter((control) => !control.inCatalog);
  assert.deepEqual(
    missing.map((control) => [control.id, control.title]),
    [
      ['BER.5.1.2', undefined],
      ['DET.3.1.13', undefined],
    ],
  );
  assert.ok(allGrundschutzControls().every((c) => c.inCatalog === (c.title !== undefined)));
});
