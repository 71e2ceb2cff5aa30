/**
 * The document header: insert `apiVersion: outsourcing-policy/v1` (and `kind` when the file
 * name tells it) at the top of a document, correct a wrong apiVersion, add a missing kind.
 */
import { isScalar, type Node } from 'yaml';
import { asRecord } from '../../data';
import { locate } from '../../locate';
import { API_VERSION, kindFromFileName } from '../../policyHeader';
import type { FeatureContext } from '../context';
import {
  addedKey,
  type ActionableDiagnostic,
  type Fix,
  type FixContext,
  type OffsetEdit,
} from './fix';
import { documentContentStart } from './insertion';
import { lineBreakOf, lineEndAt } from './textLayout';
import { fixTitle } from './titles';

const API_VERSION_LINE = `apiVersion: ${API_VERSION}`;

/** An automatic fix; `addsKeys` names the top-level keys it adds (`apiVersion`, `kind`). */
function insertionFix(title: string, edit: OffsetEdit, addsKeys: string[] = []): Fix {
  return { title, edits: [edit], isPreferred: true, automatic: true, addsKeys };
}

function topLevelKeys(fc: FixContext, keys: string[]): string[] {
  return keys.map((key) => addedKey(fc, [], key));
}

/** Where new header lines go: the line of the first key, or after a document of comments only. */
function topOfDocument(fc: FixContext): { at: number; prefix: string } {
  const start = documentContentStart(fc);
  if (start !== undefined) return { at: start, prefix: '' };
  const end = fc.doc.yaml.range[1];
  const atLineStart = end === 0 || '\r\n'.includes(fc.text[end - 1]);
  return { at: end, prefix: atLineStart ? '' : lineBreakOf(fc.text) };
}

function insertLinesAtTop(fc: FixContext, lines: string[]): OffsetEdit {
  const lineBreak = lineBreakOf(fc.text);
  const { at, prefix } = topOfDocument(fc);
  return { start: at, end: at, newText: prefix + lines.map((line) => line + lineBreak).join('') };
}

function wrongApiVersion(fc: FixContext): Fix | undefined {
  const value = locate(fc.doc.yaml, ['apiVersion']).value as Node | undefined;
  const range = value?.range;
  if (!isScalar(value) || !range || range[0] === range[1]) return undefined;
  const edit = { start: range[0], end: range[1], newText: API_VERSION };
  const title = fixTitle(fc.feature.options, 'changeApiVersion', { apiVersion: API_VERSION });
  return insertionFix(title, edit);
}

function missingHeader(fc: FixContext): Fix {
  const hint = kindFromFileName(fc.feature.file.uri);
  const hasKind = asRecord(fc.doc.value)?.kind !== undefined;
  const kindLine = !hasKind && hint ? [`kind: ${hint}`] : [];
  const header = API_VERSION_LINE;
  const title = kindLine.length
    ? fixTitle(fc.feature.options, 'insertHeaderAndKind', { header, kindLine: kindLine[0] })
    : fixTitle(fc.feature.options, 'insertHeader', { header });
  const keys = kindLine.length ? ['apiVersion', 'kind'] : ['apiVersion'];
  const edit = insertLinesAtTop(fc, [API_VERSION_LINE, ...kindLine]);
  return insertionFix(title, edit, topLevelKeys(fc, keys));
}

/** document/missing-api-version: insert the header, or correct the apiVersion value. */
export function headerFixes(fc: FixContext): Fix[] {
  const hasApiVersion = locate(fc.doc.yaml, ['apiVersion']).depth === 1;
  const fix = hasApiVersion ? wrongApiVersion(fc) : missingHeader(fc);
  return fix ? [fix] : [];
}

/** An empty file named like a policy file: write the two header lines. */
export function headerForEmptyFile(feature: FeatureContext): Fix[] {
  const hint = kindFromFileName(feature.file.uri);
  if (!hint || feature.file.text.trim() !== '') return [];
  const lineBreak = lineBreakOf(feature.file.text);
  const newText = `${API_VERSION_LINE}${lineBreak}kind: ${hint}${lineBreak}`;
  const end = feature.file.text.length;
  const title = fixTitle(feature.options, 'insertHeaderAndKind', {
    header: API_VERSION_LINE,
    kindLine: `kind: ${hint}`,
  });
  return [insertionFix(title, { start: 0, end, newText })];
}

/** schema/required for `kind` at the top level: insert it under apiVersion. */
export function missingKindFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const kind = diagnostic.data?.suggestion ?? kindFromFileName(fc.feature.file.uri);
  if (!kind) return [];
  const apiVersion = locate(fc.doc.yaml, ['apiVersion']);
  const valueEnd = (apiVersion.value as Node | undefined)?.range?.[1];
  const title = fixTitle(fc.feature.options, 'insertKind', { kind });
  if (apiVersion.depth === 0 || valueEnd === undefined)
    return [
      insertionFix(title, insertLinesAtTop(fc, [`kind: ${kind}`]), topLevelKeys(fc, ['kind'])),
    ];
  const at = lineEndAt(fc.text, Math.max(valueEnd - 1, 0));
  const edit = { start: at, end: at, newText: lineBreakOf(fc.text) + `kind: ${kind}` };
  return [insertionFix(title, edit, topLevelKeys(fc, ['kind']))];
}
