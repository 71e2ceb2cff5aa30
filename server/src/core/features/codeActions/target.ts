/**
 * What a diagnostic's span stands on, checked against the document: the scalar value or the
 * key at its path. Fixes only edit text they have confirmed, never a stale or guessed span.
 */
import { isScalar, type Node, type Scalar } from 'yaml';
import { locate } from '../../locate';
import { schemaForKind } from '../../schema';
import type { SchemaNode } from '../../schema/dsl';
import { schemaAt } from '../../schema/lookup';
import type { ActionableDiagnostic, FixContext } from './fix';

export interface SpanTarget {
  start: number;
  end: number;
  /** The source text of the span, quotes included. */
  source: string;
}

function spanOf(fc: FixContext, node: Node | undefined): SpanTarget | undefined {
  const range = node?.range;
  if (!range || range[1] <= range[0]) return undefined;
  return { start: range[0], end: range[1], source: fc.text.slice(range[0], range[1]) };
}

function sameSpan(target: SpanTarget | undefined, diagnostic: ActionableDiagnostic): boolean {
  return target?.start === diagnostic.start && target.end === diagnostic.end;
}

/** The scalar value at the diagnostic's path, when the diagnostic's span is exactly that value. */
export function scalarValueTarget(
  fc: FixContext,
  diagnostic: ActionableDiagnostic,
): { node: Scalar; span: SpanTarget } | undefined {
  if (!diagnostic.path) return undefined;
  const located = locate(fc.doc.yaml, diagnostic.path);
  if (located.depth < diagnostic.path.length || !isScalar(located.value)) return undefined;
  const span = spanOf(fc, located.value);
  return span && sameSpan(span, diagnostic) ? { node: located.value, span } : undefined;
}

/** The value or key the diagnostic's span covers (did-you-mean fixes replace either). */
export function valueOrKeyTarget(
  fc: FixContext,
  diagnostic: ActionableDiagnostic,
): SpanTarget | undefined {
  if (!diagnostic.path) return undefined;
  const located = locate(fc.doc.yaml, diagnostic.path);
  if (located.depth < diagnostic.path.length) return undefined;
  return [spanOf(fc, located.value), spanOf(fc, located.key)].find((span) =>
    sameSpan(span, diagnostic),
  );
}

/** The schema node of the diagnostic's path in the document's kind. */
export function schemaOfDiagnostic(
  fc: FixContext,
  diagnostic: ActionableDiagnostic,
): SchemaNode | undefined {
  if (!fc.doc.kind || !diagnostic.path) return undefined;
  return schemaAt(schemaForKind(fc.doc.kind), diagnostic.path);
}
