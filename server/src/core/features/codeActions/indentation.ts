/**
 * yaml/syntax for a tab in the indentation: replace the line's indentation by spaces. The
 * finding carries the spaces (each tab standing for one indentation step of the file), so the
 * fix needs no guessing here.
 */
import { replaceFix, type ActionableDiagnostic, type Fix, type FixContext } from './fix';
import { fixTitle } from './titles';

export function tabFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const spaces = diagnostic.data?.suggestion;
  const indentation = fc.text.slice(diagnostic.start, diagnostic.end);
  if (spaces === undefined || !/^ *$/.test(spaces)) return [];
  if (!/^[ \t]*\t[ \t]*$/.test(indentation)) return [];
  const edit = { start: diagnostic.start, end: diagnostic.end, newText: spaces };
  const title = fixTitle(fc.feature.options, 'replaceTab');
  return [replaceFix(title, edit, { isPreferred: true, automatic: true })];
}
