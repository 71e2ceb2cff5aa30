/**
 * What the OSCAL builder takes (diagnostics as the front end reports them, the coverage of the
 * engagements, the clock and the tool) and the parts of OSCAL 1.1.3 `assessment-results` it
 * writes. Only the fields this product fills are typed; names are OSCAL's.
 */
import type { EngagementCoverage } from '../coverage/types';
import type { Locale } from '../i18n/locale';
import type { Level, Severity } from '../types';
import type { Sha1 } from './uuid';

/** One diagnostic of the check, with 1-based lines and columns (end column exclusive). */
export interface OscalDiagnostic {
  /** The file as reported: a path relative to the current folder, or absolute. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  measure: string | null;
  /** The message, rendered in the locale. */
  message: string;
  detail?: string;
  /** Rule id, data path, message id and arguments (`findingIdentity`): the same in every locale. */
  identity: string;
}

export interface OscalInput {
  diagnostics: readonly OscalDiagnostic[];
  /** Every file that was checked, as reported. */
  files: readonly string[];
  /** The coverage (FORMAT.md section 6) of every engagement among the files. */
  engagements: readonly EngagementCoverage[];
  level: Level;
  locale: Locale;
  /** The reference date of the check, `YYYY-MM-DD`. */
  today: string;
}

/** What the builder cannot know by itself: the clock, the tool's version and a SHA-1. */
export interface OscalEnvironment {
  now: Date;
  toolVersion: string;
  sha1: Sha1;
}

export interface Property {
  name: string;
  value: string;
  ns?: string;
  class?: string;
  remarks?: string;
}

export interface Link {
  href: string;
  rel?: string;
  'resource-fragment'?: string;
  text?: string;
}

export interface Observation {
  uuid: string;
  title: string;
  description: string;
  props: Property[];
  links: Link[];
  methods: string[];
  types: string[];
  origins: { actors: { type: string; 'actor-uuid': string }[] }[];
  subjects?: { 'subject-uuid': string; type: string }[];
  'relevant-evidence': { href: string; description: string; props: Property[] }[];
  collected: string;
}

export interface FindingTarget {
  type: 'objective-id' | 'statement-id';
  'target-id': string;
  props?: Property[];
  status: { state: 'satisfied' | 'not-satisfied'; reason: string; remarks?: string };
}

export interface Finding {
  uuid: string;
  title: string;
  description: string;
  props: Property[];
  links?: Link[];
  target: FindingTarget;
  'related-observations'?: { 'observation-uuid': string }[];
}

export interface Resource {
  uuid: string;
  title: string;
  description: string;
  props?: Property[];
  rlinks?: { href: string; 'media-type'?: string }[];
}

/** The whole document: `{"assessment-results": …}`. */
export interface AssessmentResultsDocument {
  'assessment-results': {
    uuid: string;
    metadata: Record<string, unknown>;
    'import-ap': { href: string; remarks: string };
    results: Record<string, unknown>[];
    'back-matter': { resources: Resource[] };
  };
}
