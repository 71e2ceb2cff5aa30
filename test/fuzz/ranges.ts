/**
 * Range checks for the fuzz properties: offsets of findings inside the text, and every
 * line/character range a feature returns inside the lines of the document it points into.
 */
import type { Finding, PolicyFile } from '../../server/src/core';
import { toRange, type LineColumn, type LineRange } from '../../server/src/core/position';

/** The lengths of the lines as LSP sees them (`\n`, `\r\n` and a lone `\r` end a line). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function describe(finding: Finding): string {
  const { ruleId, start, end, message } = finding;
  return JSON.stringify({ ruleId, start, end, message });
}

function positionFits(position: LineColumn, lengths: readonly number[]): boolean {
  return (
    Number.isInteger(position.line) &&
    Number.isInteger(position.character) &&
    position.line >= 0 &&
    position.line < lengths.length &&
    position.character >= 0 &&
    position.character <= lengths[position.line]
  );
}

function ordered(range: LineRange): boolean {
  const { start, end } = range;
  return start.line < end.line || (start.line === end.line && start.character <= end.character);
}

/** Fails unless `range` is ordered and both ends lie on the document's lines. */
export function assertRangeInside(
  range: LineRange,
  lengths: readonly number[],
  what: string,
): void {
  const ok =
    ordered(range) && positionFits(range.start, lengths) && positionFits(range.end, lengths);
  if (!ok)
    throw new Error(
      `${what}: range ${JSON.stringify(range)} is not inside the ${lengths.length} lines`,
    );
}

/** Every finding has 0 <= start <= end <= text length, and its LSP range lies inside the lines. */
export function assertFindingsInside(file: PolicyFile, findings: readonly Finding[]): void {
  const lengths = lineLengths(file.text);
  if (file.lineIndex.lineCount !== lengths.length)
    throw new Error(`LineIndex counts ${file.lineIndex.lineCount} lines, LSP ${lengths.length}`);
  for (const finding of findings) {
    const { start, end } = finding;
    const inText =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start <= end &&
      end <= file.text.length;
    if (!inText)
      throw new Error(
        `finding outside the text of ${file.text.length} chars: ${describe(finding)}`,
      );
    assertRangeInside(toRange(file.lineIndex, start, end), lengths, describe(finding));
  }
}

function isPosition(value: unknown): value is LineColumn {
  const candidate = value as Partial<LineColumn> | null;
  return typeof candidate?.line === 'number' && typeof candidate.character === 'number';
}

function isRange(value: unknown): value is LineRange {
  const candidate = value as Partial<LineRange> | null;
  return isPosition(candidate?.start) && isPosition(candidate.end);
}

/** Every line/character range anywhere inside `value` (a feature's result), with its path. */
export function rangesIn(value: unknown, path = ''): { path: string; range: LineRange }[] {
  if (isRange(value)) return [{ path, range: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => rangesIn(child, `${path}.${key}`));
}

/** Every range in a result about `file` lies inside its lines. */
export function assertResultInside(value: unknown, file: PolicyFile, what: string): void {
  const lengths = lineLengths(file.text);
  for (const found of rangesIn(value))
    assertRangeInside(found.range, lengths, `${what}${found.path}`);
}

function contains(outer: LineRange, inner: LineRange): boolean {
  const before = (a: LineColumn, b: LineColumn) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

interface SymbolShape {
  name: string;
  range: LineRange;
  selectionRange: LineRange;
  children?: SymbolShape[];
}

/** LSP (and VS Code, which throws otherwise) wants each selectionRange inside its range. */
export function assertSymbolsWellFormed(symbols: readonly SymbolShape[]): void {
  for (const symbol of symbols) {
    if (!contains(symbol.range, symbol.selectionRange))
      throw new Error(`symbol ${symbol.name}: selectionRange is outside its range`);
    assertSymbolsWellFormed(symbol.children ?? []);
  }
}
