/**
 * A policy document's data, built from its YAML: aliases expanded up to a cap (an alias bomb is
 * refused), an alias that names no anchor reported and left empty, endless data refused.
 */
import { isAlias, Scalar, visit, type Document } from 'yaml';
import type { PolicyDocument } from './parse';
import type { Finding } from './types';

/** Alias expansions allowed per document before it counts as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

const ALIAS_COUNT = /alias count/i;
const UNRESOLVED_ALIAS = /Unresolved alias/i;

/** Builds the document's data; false (with a finding) when it cannot be built. */
export function buildValue(document: PolicyDocument): boolean {
  const { yaml, findings } = document;
  try {
    document.value = toData(document);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (ALIAS_COUNT.test(message))
      findings.push(
        aliasLimit(
          yaml,
          `the document expands more than ${MAX_ALIAS_COUNT} aliases (*name); that looks like an alias bomb, so it was not checked`,
        ),
      );
    else if (!document.hasSyntaxErrors)
      findings.push(
        syntaxError(
          'the document could not be read; check its structure',
          yaml.range[0],
          yaml.range[0],
        ),
      );
    return false;
  }
  if (containsCycle(document.value)) {
    findings.push(
      aliasLimit(
        yaml,
        'an alias (*name) refers to a node that contains it, so the data never ends; it was not checked',
      ),
    );
    document.value = undefined;
    return false;
  }
  return true;
}

/** The data of the document; an alias that names no anchor becomes empty, with a finding. */
function toData(document: PolicyDocument): unknown {
  try {
    return document.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof Error) || !UNRESOLVED_ALIAS.test(error.message)) throw error;
  }
  const regions = [...document.damage.regions];
  for (const [start, end, name] of replaceUnresolvedAliases(document.yaml)) {
    document.findings.push(
      syntaxError(
        `the alias *${name} names no anchor defined before it in this document`,
        start,
        end,
      ),
    );
    regions.push([start, end]);
    document.hasSyntaxErrors = true;
  }
  document.damage = { ...document.damage, regions };
  return document.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/**
 * Replaces every alias whose anchor is not defined before it in the document (anchors never
 * reach into other `---` documents) by an empty value, and returns where they were.
 */
function replaceUnresolvedAliases(yaml: Document.Parsed): [number, number, string][] {
  const anchors = new Set<string>();
  const replaced: [number, number, string][] = [];
  visit(yaml, (_key, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined;
      const [start, end] = node.range ?? [yaml.range[0], yaml.range[0]];
      replaced.push([start, end, node.source]);
      const empty = new Scalar(null);
      empty.range = [start, end, end];
      return empty;
    }
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string') anchors.add(anchor);
    return undefined;
  });
  return replaced;
}

function syntaxError(message: string, start: number, end: number): Finding {
  return { ruleId: 'yaml/syntax', measure: null, severity: 'error', message, start, end };
}

function aliasLimit(yaml: Document.Parsed, message: string): Finding {
  let where: [number, number] = [yaml.range[0], yaml.range[0]];
  visit(yaml, {
    Alias(_key, node) {
      if (node.range) where = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return {
    ruleId: 'yaml/alias-limit',
    measure: null,
    severity: 'error',
    message,
    start: where[0],
    end: where[1],
  };
}

/** Whether data built from aliases refers back to itself (`&a [*a]`); iterative, so deep data is fine. */
function containsCycle(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const onPath = new Set<object>();
  const stack: { node: object; children: unknown[]; next: number }[] = [];
  const enter = (node: object) => {
    onPath.add(node);
    stack.push({ node, children: Object.values(node), next: 0 });
  };
  enter(value);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next >= top.children.length) {
      onPath.delete(top.node);
      stack.pop();
      continue;
    }
    const child = top.children[top.next++];
    if (child === null || typeof child !== 'object') continue;
    if (onPath.has(child)) return true;
    enter(child);
  }
  return false;
}
