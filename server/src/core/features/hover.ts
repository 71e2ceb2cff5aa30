/**
 * Hover: on a key, what the field is for, which measure asks for it and how strongly; on an
 * id, what it names; on a measure id in a value, what the measure asks for.
 */
import type { Hover } from 'vscode-languageserver-types';
import { isScalar, type Node } from 'yaml';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { pathAtOffset, type PathAtOffset } from '../locate';
import type { PolicyDocument } from '../parse';
import { toRange } from '../position';
import { schemaForKind } from '../schema';
import { documentAt, type FeatureContext } from './context';
import { fieldMarkdown } from './hover/field';
import { findingMarkdown, findingsAt } from './hover/finding';
import { measureMarkdown, measureMentionAt } from './hover/measure';
import { referenceMarkdown } from './hover/reference';
import { idTargetAt } from './navigation/occurrences';

interface HoverText {
  markdown: string;
  start: number;
  end: number;
}

function localeOf(ctx: FeatureContext): Locale {
  return ctx.options.locale ?? DEFAULT_LOCALE;
}

function nodeSpan(node: Node | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

function measureHover(ctx: FeatureContext, node: Node, offset: number): HoverText | undefined {
  const span = nodeSpan(node);
  if (!span || !isScalar(node) || typeof node.value !== 'string') return undefined;
  const source = ctx.file.text.slice(span[0], span[1]);
  const locale = localeOf(ctx);
  const mention = measureMentionAt(source, offset - span[0], locale);
  if (!mention) return undefined;
  const wholeValue = node.value.trim() === mention.measure.id;
  const [start, end] = wholeValue ? span : [span[0] + mention.start, span[0] + mention.end];
  return { markdown: measureMarkdown(mention.measure, locale), start, end };
}

function referenceHover(ctx: FeatureContext, offset: number): HoverText | undefined {
  const target = idTargetAt(ctx, offset);
  if (!target || target.role !== 'reference') return undefined;
  const markdown = referenceMarkdown(target, localeOf(ctx));
  return { markdown, start: target.span.start, end: target.span.end };
}

function fieldHover(doc: PolicyDocument, at: PathAtOffset, locale: Locale): HoverText | undefined {
  const span = nodeSpan(at.node);
  if (!doc.kind || !span || (at.part === 'value' && !isScalar(at.node))) return undefined;
  const markdown = fieldMarkdown(schemaForKind(doc.kind), at.path, locale);
  return markdown ? { markdown, start: span[0], end: span[1] } : undefined;
}

function hoverText(
  ctx: FeatureContext,
  doc: PolicyDocument,
  offset: number,
): HoverText | undefined {
  const at = pathAtOffset(doc.yaml, offset);
  const locale = localeOf(ctx);
  if (at.part === 'key' || !at.node) return fieldHover(doc, at, locale);
  return (
    measureHover(ctx, at.node, offset) ?? referenceHover(ctx, offset) ?? fieldHover(doc, at, locale)
  );
}

/** The findings under the cursor, each with its detail and rule link, above the field's text. */
function withFindings(
  ctx: FeatureContext,
  offset: number,
  text: HoverText | undefined,
): HoverText | undefined {
  const findings = findingsAt(ctx, offset);
  if (findings.length === 0) return text;
  const locale = localeOf(ctx);
  const parts = [
    ...findings.map((finding) => findingMarkdown(finding, locale)),
    ...(text ? [text.markdown] : []),
  ];
  const [start, end] = text ? [text.start, text.end] : [findings[0].start, findings[0].end];
  return { markdown: parts.join('\n\n---\n\n'), start, end };
}

/** Markdown about what is under the cursor in a policy document, or null. */
export function hover(ctx: FeatureContext, offset: number): Hover | null {
  const doc = documentAt(ctx.file, offset);
  const text = withFindings(ctx, offset, doc?.kind ? hoverText(ctx, doc, offset) : undefined);
  if (!text) return null;
  return {
    contents: { kind: 'markdown', value: text.markdown },
    range: toRange(ctx.file.lineIndex, text.start, text.end),
  };
}
