/**
 * The OSCAL 1.1.3 assessment results of the core (`createPolicyService().assessmentResults`):
 * valid against NIST's schema, one finding per open measure naming its Grundschutz++ controls,
 * one observation per diagnostic, stable name-based uuids, and a live validator.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import { toReported } from '../../server/src/cli/report';
import {
  createPolicyService,
  defaultOptions,
  type Locale,
  type OscalDiagnostic,
} from '../../server/src/core';
import { measureControls } from '../../server/src/core/catalog/controls';
import type { MeasureId } from '../../server/src/core/domain/measures';
import { uuidV5 } from '../../server/src/core/oscal';
import { fileHref } from '../../server/src/core/oscal/observations';
import {
  exampleSources,
  replaceOnce,
  waivedScreening,
  type Source,
} from '../support/coverageFixtures';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import {
  allUuids,
  assertValidOscal,
  oscalErrors,
  OSCAL_SCHEMA,
  propValues,
  sha1,
  UUID_V5,
  type OscalResults,
} from './oscalValidator';

const TODAY = '2026-12-07';
const CLOCK = new Date('2026-12-07T08:30:00.000Z');
const OPEN = new Set(['failing', 'partial', 'pending', 'waived']);

function build(sources: readonly Source[], locale: Locale = 'en', now = CLOCK) {
  const service = createPolicyService();
  const options = { ...defaultOptions(TODAY), locale };
  const files = sources.map((s) => service.parse(s.uri, s.text, options));
  const index = service.index(files);
  const engagements = files.flatMap((file) => service.coverage(file, index, options));
  const results = files.map((file) => ({
    file,
    findings: [...service.findings(file, index, options)],
  }));
  const diagnostics: OscalDiagnostic[] = toReported(results, () => true);
  const document = service.assessmentResults(
    {
      diagnostics,
      files: sources.map((s) => s.uri),
      engagements,
      level: 'standard',
      locale,
      today: TODAY,
    },
    { now, toolVersion: '9.9.9-test', sha1 },
  ) as unknown as OscalResults;
  return { document, engagements, diagnostics };
}

const EXAMPLES = exampleSources('clean', 'broken');

describe('OSCAL assessment results of the core', () => {
  test('the vendored schema is the copy SOURCE.md names (SHA-256)', () => {
    const digest = createHash('sha256').update(fs.readFileSync(OSCAL_SCHEMA)).digest('hex');
    assert.equal(digest, '078848cb4000024a65679110f6ee2d99b300b06471a33fc536b19b670b65aa51');
  });

  test('uuidV5 gives the RFC 9562 value for a known name (DNS namespace, www.example.com)', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    assert.equal(uuidV5('www.example.com', sha1, dns), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  test('the document of the examples validates and has the metadata, plan placeholder and clock', () => {
    const { document } = build(EXAMPLES);
    assertValidOscal(document);
    const ar = document['assessment-results'];
    assert.equal(ar.metadata['oscal-version'], '1.1.3');
    assert.equal(ar.metadata['last-modified'], '2026-12-07T08:30:00.000Z');
    assert.match(ar.metadata.version, /^results-[0-9a-f]{12}$/);
    const result = ar.results[0];
    assert.equal(result.start, '2026-12-07T08:30:00.000Z');
    assert.equal(result.end, '2026-12-07T08:30:00.000Z');
    const plan = ar['back-matter'].resources.find((r) => `#${r.uuid}` === ar['import-ap'].href);
    assert.ok(plan, 'import-ap points at a back-matter resource');
    assert.equal(plan.title, 'No assessment plan');
    assert.match(
      plan.description,
      /^No assessment plan: automated document check by Outsourcing Policy 9\.9\.9-test\./,
    );
    const [measures, grundschutz] = result['reviewed-controls']['control-selections'];
    assert.deepEqual(
      measures['include-controls'].map((c) => c['control-id']),
      Array.from({ length: 16 }, (_, n) => `OPS.3.1.M${n + 1}`),
    );
    assert.ok(grundschutz['include-controls'].some((c) => c['control-id'] === 'BES.5.2'));
  });

  test('one finding per open measure of each engagement, naming its Grundschutz++ controls', () => {
    const { document, engagements } = build(EXAMPLES);
    const findings = document['assessment-results'].results[0].findings ?? [];
    const open = engagements.flatMap((e) =>
      e.measures.filter((m) => OPEN.has(m.status)).map((m) => ({ engagement: e, measure: m })),
    );
    assert.equal(findings.length, open.length);
    assert.ok(open.length > 0);
    open.forEach(({ engagement, measure }, n) => {
      const finding = findings[n];
      assert.deepEqual(finding.target['target-id'], measure.measure);
      assert.equal(finding.target.type, 'objective-id');
      assert.equal(finding.target.status.state, 'not-satisfied');
      assert.equal(finding.target.status.reason, measure.status === 'failing' ? 'fail' : 'other');
      assert.deepEqual(propValues(finding.props, 'coverage-status'), [measure.status]);
      assert.deepEqual(propValues(finding.props, 'engagement-id'), [engagement.id]);
      const controls = measureControls(measure.measure as MeasureId, 'en');
      assert.deepEqual(
        propValues(finding.props, 'grundschutz-control'),
        controls.grundschutz.map((g) => g.control.id),
      );
      assert.deepEqual(propValues(finding.props, 'kompendium-requirement'), [controls.kompendium]);
    });
  });

  test('one observation per diagnostic; a failing measure relates to the observations of its findings', () => {
    const { document, diagnostics, engagements } = build(EXAMPLES);
    const result = document['assessment-results'].results[0];
    const observations = result.observations ?? [];
    assert.equal(observations.length, diagnostics.length);
    diagnostics.forEach((d, n) => {
      const o = observations[n];
      assert.deepEqual(propValues(o.props, 'rule-id'), [d.ruleId]);
      assert.deepEqual(propValues(o.props, 'severity'), [d.severity]);
      assert.deepEqual(propValues(o.props, 'measure'), d.measure ? [d.measure] : []);
      assert.equal(o['relevant-evidence'][0].href, `${d.file}#L${d.line}`);
      assert.equal(o.title, d.message);
      assert.equal(o.collected, '2026-12-07T08:30:00.000Z');
    });
    const byUuid = new Map(observations.map((o) => [o.uuid, o]));
    const negotiation = engagements.find((e) => e.id === 'ENG-2026-019')!;
    const m8 = (result.findings ?? []).find(
      (f) =>
        f.target['target-id'] === 'OPS.3.1.M8' &&
        propValues(f.props, 'engagement-id')[0] === negotiation.id,
    )!;
    const related = (m8['related-observations'] ?? []).map((r) =>
      byUuid.get(r['observation-uuid'])!,
    );
    const expected = diagnostics.filter(
      (d) =>
        d.measure === 'OPS.3.1.M8' &&
        [negotiation.file, ...negotiation.dcas.map((x) => x.uri)].includes(d.file),
    );
    assert.ok(expected.length > 0);
    assert.deepEqual(
      related.map((o) => o['relevant-evidence'][0].href).sort(),
      expected.map((d) => `${d.file}#L${d.line}`).sort(),
    );
  });

  test('the same input gives the same uuids and version; only the times follow the clock', () => {
    const first = build(EXAMPLES).document;
    const later = build(EXAMPLES, 'en', new Date('2027-01-01T00:00:00.000Z')).document;
    const german = build(EXAMPLES, 'de').document;
    const uuids = allUuids(first);
    assert.ok(uuids.length > 50);
    for (const uuid of uuids) assert.match(uuid, UUID_V5);
    assert.deepEqual(allUuids(later), uuids);
    assert.deepEqual(allUuids(german), uuids, 'the uuids do not depend on the locale');
    assert.equal(
      new Set(first['assessment-results'].results[0].observations!.map((o) => o.uuid)).size,
      build(EXAMPLES).diagnostics.length,
    );
    assert.equal(
      later['assessment-results'].metadata.version,
      first['assessment-results'].metadata.version,
    );
    assert.equal(later['assessment-results'].metadata['last-modified'], '2027-01-01T00:00:00.000Z');
    assertValidOscal(german);
    assert.equal(
      german['assessment-results'].metadata.title,
      'Outsourcing Policy: Prüfergebnisse der OPS.3.1-Prüfung',
    );
  });

  test('other results give another version and result uuid, the same document uuid', () => {
    const clean = [
      { uri: 'a.engagement.yaml', text: CLEAN_ENGAGEMENT },
      { uri: 'a.dca.yaml', text: CLEAN_DCA },
    ];
    const broken = [
      {
        ...clean[0],
        text: replaceOnce(
          CLEAN_ENGAGEMENT,
          'defaultPasswordsChanged: true',
          'defaultPasswordsChanged: false',
        ),
      },
      clean[1],
    ];
    const a = build(clean).document['assessment-results'];
    const b = build(broken).document['assessment-results'];
    assert.equal(a.uuid, b.uuid);
    assert.notEqual(a.metadata.version, b.metadata.version);
    assert.notEqual(a.results[0].uuid, b.results[0].uuid);
  });

  test('a clean engagement has no finding and no observation, and validates', () => {
    const { document } = build([
      { uri: 'a.engagement.yaml', text: CLEAN_ENGAGEMENT },
      { uri: 'a.dca.yaml', text: CLEAN_DCA },
    ]);
    assertValidOscal(document);
    const result = document['assessment-results'].results[0];
    assert.equal(result.findings, undefined);
    assert.equal(result.observations, undefined);
  });

  test('file names with spaces and umlauts become percent-encoded hrefs of a valid document', () => {
    const { document } = build([
      { uri: 'Verträge/ERP hosting.engagement.yaml', text: CLEAN_ENGAGEMENT },
    ]);
    assertValidOscal(document);
    const observation = document['assessment-results'].results[0].observations![0];
    const evidence = observation['relevant-evidence'][0];
    assert.match(evidence.href, /^Vertr%C3%A4ge\/ERP%20hosting\.engagement\.yaml#L\d+$/);
    assert.deepEqual(propValues(evidence.props, 'file'), ['Verträge/ERP hosting.engagement.yaml']);
    assert.equal(fileHref('C:\\Users\\a b\\x.dca.yaml'), 'file:///C:/Users/a%20b/x.dca.yaml');
  });

  test('no input at all still gives a valid document', () => {
    const { document } = build([]);
    assertValidOscal(document);
    assert.equal(document['assessment-results'].results[0].findings, undefined);
  });

  test('a waived measure is a finding with status waived, reason other', () => {
    const waived = waivedScreening(CLEAN_ENGAGEMENT, '2027-06-30');
    const { document } = build([
      { uri: 'w.engagement.yaml', text: waived },
      { uri: 'w.dca.yaml', text: CLEAN_DCA },
    ]);
    assertValidOscal(document);
    const findings = document['assessment-results'].results[0].findings ?? [];
    const m16 = findings.find((f) => f.target['target-id'] === 'OPS.3.1.M16');
    assert.ok(m16, JSON.stringify(findings.map((f) => f.title)));
    assert.deepEqual(propValues(m16.props, 'coverage-status'), ['waived']);
    assert.equal(m16.target.status.reason, 'other');
  });

  test('the validator is live: without import-ap or with a bad uuid the document fails', () => {
    const { document } = build(EXAMPLES);
    const withoutPlan = structuredClone(document) as unknown as {
      'assessment-results': Record<string, unknown>;
    };
    delete withoutPlan['assessment-results']['import-ap'];
    assert.ok(
      oscalErrors(withoutPlan).some(
        (e) => e.instancePath === '/assessment-results' && e.params.missingProperty === 'import-ap',
      ),
    );
    const badUuid = structuredClone(document);
    badUuid['assessment-results'].results[0].observations![0].uuid = 'not-a-uuid';
    assert.ok(
      oscalErrors(badUuid).some(
        (e) =>
          e.instancePath === '/assessment-results/results/0/observations/0/uuid' &&
          e.keyword === 'pattern',
      ),
    );
    const multiLineProp = structuredClone(document);
    multiLineProp['assessment-results'].results[0].findings![0].props[0].value = 'two\nlines';
    assert.notDeepEqual(oscalErrors(multiLineProp), []);
  });
});
