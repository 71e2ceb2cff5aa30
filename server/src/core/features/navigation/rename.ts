/**
 * Renaming an id: its definition and every `ref<…>` that names it change together, in the
 * engagement and its data connection agreements (or workspace-wide for the ids of
 * engagements and agreements). Only the text of each scalar is replaced.
 */
import { parse } from 'yaml';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { REFERENCE_KIND_NAMES, type RefKind } from '../../domain/references';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { ID_PATTERN } from '../../schema/dsl';
import { toRange, type LineRange } from '../../position';
import type { FeatureContext } from '../context';
import {
  definitionsIn,
  documentsInScope,
  idTargetAt,
  occurrencesOf,
  type IdOccurrence,
  type IdTarget,
  type ScalarSpan,
} from './occurrences';
import { navigationTexts } from './texts';

const ID_REGEX = new RegExp(ID_PATTERN);

/** Characters that are safe in a plain scalar, in block and in flow collections alike. */
const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9 ._/()-]*[A-Za-z0-9._/()-]$|^[A-Za-z_]$/;

export interface RenameTarget {
  range: LineRange;
  placeholder: string;
}

/** The range and current name of the id under the cursor, or null where nothing can be renamed. */
export function prepareRename(ctx: FeatureContext, offset: number): RenameTarget | null {
  const target = idTargetAt(ctx, offset);
  if (!target) return null;
  return {
    range: toRange(ctx.file.lineIndex, target.span.innerStart, target.span.innerEnd),
    placeholder: target.value,
  };
}

function invalidName(kind: RefKind, newName: string, locale: Locale): string | undefined {
  const texts = navigationTexts(locale);
  if (kind === 'classification') return newName.trim() === '' ? texts.emptyLevel : undefined;
  if (ID_REGEX.test(newName)) return undefined;
  return renderTemplate(texts.invalidId, { name: newName }, locale);
}

function nameTaken(target: IdTarget, newName: string, locale: Locale): string | undefined {
  const documents = documentsInScope(target.workspace, target.entry, target.kind);
  const clash = documents.flatMap((entry) => definitionsIn(entry, target.kind, newName))[0];
  if (!clash) return undefined;
  const args = {
    kind: REFERENCE_KIND_NAMES[target.kind][locale],
    name: newName,
    file: clash.entry.file.uri,
  };
  return renderTemplate(navigationTexts(locale).nameTaken, args, locale);
}

/** Whether `name` reads back as the very same string when written without quotes. */
function isSafePlain(name: string): boolean {
  if (!PLAIN_SAFE.test(name)) return false;
  try {
    return parse(name, { version: '1.2', schema: 'core' }) === name;
  } catch {
    return false;
  }
}

/** The replacement for one scalar: inside its quotes, or the whole scalar when it is not quoted. */
function replacement(
  span: ScalarSpan,
  newName: string,
): { start: number; end: number; text: string } {
  if (span.style === 'double') {
    return {
      start: span.innerStart,
      end: span.innerEnd,
      text: JSON.stringify(newName).slice(1, -1),
    };
  }
  if (span.style === 'single') {
    return { start: span.innerStart, end: span.innerEnd, text: newName.replace(/'/g, "''") };
  }
  const text = span.style === 'plain' && isSafePlain(newName) ? newName : JSON.stringify(newName);
  return { start: span.start, end: span.end, text };
}

function editsByFile(found: IdOccurrence[], newName: string): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const occurrence of found) {
    const file = occurrence.entry.file;
    const { start, end, text } = replacement(occurrence.span, newName);
    const key = `${file.uri}#${start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const edits = (changes[file.uri] ??= []);
    edits.push({ range: toRange(file.lineIndex, start, end), newText: text });
  }
  return changes;
}

/** Renames the id under the cursor everywhere it is defined or named; or says why it cannot. */
export function rename(
  ctx: FeatureContext,
  offset: number,
  newName: string,
): WorkspaceEdit | { error: string } {
  const locale = ctx.options.locale ?? DEFAULT_LOCALE;
  const target = idTargetAt(ctx, offset);
  if (!target) return { error: navigationTexts(locale).nothingToRename };
  if (newName === target.value) return { changes: {} };
  const problem = invalidName(target.kind, newName, locale) ?? nameTaken(target, newName, locale);
  if (problem) return { error: problem };
  const found = occurrencesOf(target);
  return { changes: editsByFile([...found.definitions, ...found.references], newName) };
}
