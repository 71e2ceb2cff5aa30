/**
 * A policy document's data, built from its YAML: aliases expanded up to a cap (an alias bomb is
 * refused), an alias that names no anchor reported and left empty, endless data refused.
 */
import { isAlias, Scalar, visit, type Document } from 'yaml';
import type { PolicyDocument } from './parse';
import type { MessageArgs } from './i18n/message';
import type { Finding } from './types';
import { engineFinding } from './validate/engineFinding';
import { plainSyntaxMessage, syntaxFinding } from './yamlSyntax';

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
      findings.push(aliasLimit(yaml, 'tooMany', { limit: MAX_ALIAS_COUNT }));
    else if (!document.hasSyntaxErrors)
      findings.push(
        syntaxFinding(
          plainSyntaxMessage({ code: 'IMPOSSIBLE', message }),
          yaml.range[0],
          yaml.range[0],
        ),
      );
    return false;
  }
  if (containsCycle(document.value)) {
    findings.push(aliasLimit(yaml, 'cycle', {}));
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
    const unresolved = { messageId: 'unresolvedAlias', args: { name } };
    document.findings.push(syntaxFinding(unresolved, start, end));
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

function aliasLimit(yaml: Document.Parsed, messageId: string, args: MessageArgs): Finding {
  let where: [number, number] = [yaml.range[0], yaml.range[0]];
  visit(yaml, {
    Alias(_key, node) {
      if (node.range) where = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return engineFinding('yaml/alias-limit', messageId, args, {
    severity: 'error',
    start: where[0],
    end: where[1],
  });
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
