/**
 * The official OSCAL 1.1.3 JSON schema (vendored, see test/fixtures/oscal/SOURCE.md) as an Ajv
 * validator, compiled once per test process, and what the OSCAL tests share.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../support/cli';

export const OSCAL_SCHEMA = path.join(
  REPO_ROOT,
  'test/fixtures/oscal/oscal_complete_schema-1-1-3.json',
);

/** A version 5 uuid (name-based, SHA-1), lower case as this product writes them. */
export const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let compiled: ValidateFunction | undefined;

/** The schema's validator (draft-07; formats date-time, uri, uri-reference and email checked). */
export function oscalValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  compiled = ajv.compile(JSON.parse(fs.readFileSync(OSCAL_SCHEMA, 'utf8')));
  return compiled;
}

/** The schema's errors for `document` (empty when it validates). */
export function oscalErrors(document: unknown): ErrorObject[] {
  const validate = oscalValidator();
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

/** Asserts that `document` validates against the OSCAL 1.1.3 schema. */
export function assertValidOscal(document: unknown): void {
  const errors = oscalErrors(document);
  assert.deepEqual(errors, [], JSON.stringify(errors.slice(0, 10), null, 2));
}

export function sha1(bytes: Uint8Array): Uint8Array {
  return createHash('sha1').update(bytes).digest();
}

/** The parts of the document the tests read. */
export interface OscalProp {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}
export interface OscalObservation {
  uuid: string;
  title: string;
  props: OscalProp[];
  subjects?: { 'subject-uuid': string }[];
  'relevant-evidence': { href: string; props: OscalProp[] }[];
  collected: string;
}
export interface OscalFinding {
  uuid: string;
  title: string;
  props: OscalProp[];
  target: { type: string; 'target-id': string; status: { state: string; reason: string } };
  'related-observations'?: { 'observation-uuid': string }[];
}
export interface OscalResults {
  'assessment-results': {
    uuid: string;
    metadata: { title: string; 'last-modified': string; version: string; 'oscal-version': string };
    'import-ap': { href: string };
    results: {
      uuid: string;
      start: string;
      end: string;
      'reviewed-controls': {
        'control-selections': { 'include-controls': { 'control-id': string }[] }[];
      };
      observations?: OscalObservation[];
      findings?: OscalFinding[];
    }[];
    'back-matter': { resources: { uuid: string; title: string; description: string }[] };
  };
}

/** The values of the props named `name`. */
export function propValues(props: readonly OscalProp[], name: string): string[] {
  return props.filter((p) => p.name === name).map((p) => p.value);
}

/** Every uuid in the document, wherever it is (keys `uuid` and `…-uuid`). */
export function allUuids(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allUuids);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    (key === 'uuid' || key.endsWith('-uuid')) && typeof inner === 'string'
      ? [inner]
      : allUuids(inner),
  );
}
