/**
 * Fills in the annotations every property carries in the published schemas: its measure
 * (`x-measure`, inherited from the nearest annotated ancestor), its effective obligation
 * (`x-obligation`: a field inside a should-section is itself only a should) and a
 * `markdownDescription` for editors. Pure: returns a new tree.
 */
import type { MeasureId } from '../types';
import type { Obligation, SchemaNode } from './dsl';

const OBLIGATION_LABEL: Record<Obligation, string> = {
  must: 'required (must)',
  should: 'recommended (should)',
  optional: 'optional',
};

function localObligation(parent: SchemaNode, key: string): Obligation {
  if (parent.required?.includes(key)) return 'must';
  if (parent['x-should']?.includes(key)) return 'should';
  return 'optional';
}

function effective(local: Obligation, parentEffective: Obligation): Obligation {
  return parentEffective === 'should' && local === 'must' ? 'should' : local;
}

function describe(node: SchemaNode): string | undefined {
  if (!node.description) return undefined;
  const sentence = node.description.charAt(0).toUpperCase() + node.description.slice(1) + '.';
  const facts = [node['x-measure'], node['x-obligation'] && OBLIGATION_LABEL[node['x-obligation']]]
    .filter(Boolean)
    .join(' · ');
  const type = node['x-type'] ? `\n\nExpected: ${node['x-type']}.` : '';
  return facts ? `${sentence}\n\n*${facts}*${type}` : sentence + type;
}

/**
 * Editors show a failed `pattern` or `format` in their own words ("does not match the pattern
 * ^P(?!$)…"); these keywords make them say what is expected instead.
 */
function withErrorMessages(node: SchemaNode, expected = node['x-type']): SchemaNode {
  if (node.anyOf)
    node.anyOf = node.anyOf.map((branch) => withErrorMessages({ ...branch }, expected));
  if (node.pattern === undefined && node.format === undefined) return node;
  const message = `Expected ${expected ?? 'a value in the documented form'}.`;
  node.errorMessage = message;
  if (node.pattern !== undefined) node.patternErrorMessage = message;
  return node;
}

export function annotate(
  node: SchemaNode,
  inheritedMeasure: MeasureId | undefined,
  obligation: Obligation,
): SchemaNode {
  const measure = node['x-measure'] ?? inheritedMeasure;
  const result: SchemaNode = { ...node };
  if (measure) result['x-measure'] = measure;
  result['x-obligation'] = node['x-obligation'] ?? obligation;
  const own = result['x-obligation'];
  withErrorMessages(result);
  // An optional list may be empty: its length only matters where it is a must or a should.
  if (own === 'optional' && result.type === 'array') delete result.minItems;
  if (node.properties) {
    const properties: Record<string, SchemaNode> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      const childObligation = child['x-obligation'] ?? effective(localObligation(node, key), own);
      properties[key] = annotate(child, measure, childObligation);
    }
    result.properties = properties;
  }
  if (node.items)
    result.items = annotate(node.items, measure, own === 'should' ? 'should' : 'must');
  if (typeof node.additionalProperties === 'object') {
    result.additionalProperties = annotate(node.additionalProperties, measure, 'optional');
  }
  const markdown = describe(result);
  if (markdown) result.markdownDescription = markdown;
  return result;
}
