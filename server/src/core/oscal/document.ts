/**
 * The OSCAL 1.1.3 `assessment-results` document of one check: metadata, the placeholder for the
 * assessment plan (there is none: `import-ap` points at a back-matter resource saying so), one
 * result with the reviewed controls, the engagements as components, one observation per
 * diagnostic and one finding per open measure, and the sources of the control data.
 *
 * Ids (all uuid version 5 under `OSCAL_UUID_NAMESPACE`, see `uuid.ts`): the document's from the
 * set of files and the level (the same subject keeps its uuid across revisions); the result's
 * from the document's and the content digest; each observation's from file, range, rule id and
 * message identity; each finding's from engagement and measure. `metadata.version` is the content
 * digest (`results-` and 12 hex digits of the SHA-1 of what was found): the same results give the
 * same version, other results another one. Only times come from the clock.
 */
import type { EngagementCoverage } from '../coverage/types';
import { OSCAL_TEXTS } from './texts';
import { fill } from '../coverage/report/view';
import { prop, reviewedControls, sourceResources } from './controls';
import { engagementKey, findingsOf, observationKey } from './findings';
import { observationsOf, observationUuids } from './observations';
import type { AssessmentResultsDocument, OscalEnvironment, OscalInput, Resource } from './types';
import { shortDigest, UUID_NAMES, uuidV5, type Sha1 } from './uuid';

export const OSCAL_VERSION = '1.1.3';

const COMPONENT_STATE: Readonly<Record<string, string>> = {
  planning: 'under-development',
  negotiation: 'under-development',
  migration: 'under-development',
  operation: 'operational',
  terminating: 'disposition',
  terminated: 'disposition',
};

function componentUuid(engagement: EngagementCoverage, sha1: Sha1): string {
  return uuidV5(UUID_NAMES.component(engagementKey(engagement)), sha1);
}

function component(engagement: EngagementCoverage, input: OscalInput, sha1: Sha1) {
  const texts = OSCAL_TEXTS[input.locale];
  const id = engagement.id ?? engagement.file;
  const words = { id, title: engagement.title ?? id, file: engagement.file };
  return {
    uuid: componentUuid(engagement, sha1),
    type: 'service',
    title: fill(texts.componentTitle, words),
    description: fill(texts.componentDescription, words),
    props: [
      prop('file', engagement.file),
      ...(engagement.status ? [prop('lifecycle-status', String(engagement.status))] : []),
    ],
    status: { state: COMPONENT_STATE[String(engagement.status)] ?? 'other' },
  };
}

/** The engagement components each file (an engagement's or one of its DCAs') belongs to. */
function subjectsByFile(input: OscalInput, sha1: Sha1): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const engagement of input.engagements) {
    const uuid = componentUuid(engagement, sha1);
    for (const file of [engagement.file, ...engagement.dcas.map((dca) => dca.uri)]) {
      const known = byFile.get(file) ?? [];
      if (!known.includes(uuid)) byFile.set(file, [...known, uuid]);
    }
  }
  return byFile;
}

function placeholderPlan(input: OscalInput, env: OscalEnvironment): Resource {
  const texts = OSCAL_TEXTS[input.locale];
  return {
    uuid: uuidV5(UUID_NAMES.resource('no-assessment-plan'), env.sha1),
    title: texts.planTitle,
    description: fill(texts.planDescription, { version: env.toolVersion }),
  };
}

/** The OSCAL timestamp of the clock. */
function timestamp(now: Date): string {
  return now.toISOString();
}

/** The document uuid, the result uuid and the content digest. */
function identities(input: OscalInput, observations: readonly string[], sha1: Sha1) {
  const files = [...input.files].sort();
  const document = uuidV5(UUID_NAMES.document(files, input.level), sha1);
  const findings = input.engagements.map((e) => [
    engagementKey(e),
    e.measures.map((m) => m.status),
  ]);
  const content = JSON.stringify({ level: input.level, files, observations, findings });
  const digest = shortDigest(content, sha1);
  return { document, result: uuidV5(UUID_NAMES.result(document, digest), sha1), digest };
}

function metadata(input: OscalInput, env: OscalEnvironment, digest: string, now: string) {
  return {
    title: OSCAL_TEXTS[input.locale].documentTitle,
    'last-modified': now,
    version: `results-${digest}`,
    'oscal-version': OSCAL_VERSION,
    props: [
      prop('level', input.level),
      prop('locale', input.locale),
      prop('reference-date', input.today),
      prop('tool', 'outsourcing-policy'),
      prop('tool-version', env.toolVersion),
    ],
  };
}

/** The engagements as components, and this tool as the assessment platform. */
function localDefinitions(input: OscalInput, env: OscalEnvironment, platformUuid: string) {
  const components = input.engagements.map((e) => component(e, input, env.sha1));
  const title = fill(OSCAL_TEXTS[input.locale].platformTitle, { version: env.toolVersion });
  return {
    ...(components.length && { components }),
    'assessment-assets': { 'assessment-platforms': [{ uuid: platformUuid, title }] },
  };
}

/** The observation uuids of the diagnostics by file and identity, for the findings to relate to. */
function observationsByKey(input: OscalInput, uuids: readonly string[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  input.diagnostics.forEach((d, n) => {
    const key = observationKey(d.file, d.identity);
    byKey.set(key, [...(byKey.get(key) ?? []), uuids[n]]);
  });
  return byKey;
}

export function buildAssessmentResults(
  input: OscalInput,
  env: OscalEnvironment,
): AssessmentResultsDocument {
  const { sha1, toolVersion } = env;
  const { locale } = input;
  const texts = OSCAL_TEXTS[locale];
  const now = timestamp(env.now);
  const uuids = observationUuids(input.diagnostics, sha1);
  const ids = identities(input, uuids, sha1);
  const platformUuid = uuidV5(UUID_NAMES.platform(), sha1);
  const subjectsOf = subjectsByFile(input, sha1);
  const context = { locale, sha1, collected: now, platformUuid, subjectsOf };
  const observations = observationsOf(input.diagnostics, uuids, context);
  const byKey = observationsByKey(input, uuids);
  const findings = findingsOf(input.engagements, { locale, sha1, observations: byKey });
  const plan = placeholderPlan(input, env);
  const description = fill(texts.resultDescription, {
    version: toolVersion,
    level: input.level,
    today: input.today,
    files: input.files.length,
    observations: observations.length,
    findings: findings.length,
    engagements: input.engagements.length,
  });
  const result = {
    uuid: ids.result,
    title: texts.resultTitle,
    description,
    start: now,
    end: now,
    'local-definitions': localDefinitions(input, env, platformUuid),
    'reviewed-controls': reviewedControls(locale),
    ...(observations.length && { observations }),
    ...(findings.length && { findings }),
  };
  return {
    'assessment-results': {
      uuid: ids.document,
      metadata: metadata(input, env, ids.digest, now),
      'import-ap': { href: `#${plan.uuid}`, remarks: texts.planRemarks },
      results: [result],
      'back-matter': { resources: [plan, ...sourceResources(locale, sha1)] },
    },
  };
}
