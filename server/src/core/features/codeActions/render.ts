/**
 * Placeholder values as YAML text: block style lines for block collections (indented like
 * their new siblings) and flow style for insertion into `{…}` and `[…]`.
 */
import type { PlaceholderValue } from './placeholders';

const STEP = '  ';

/** The value in flow style: `x`, `{a: x, b: [y]}`, `[]`. */
export function flowText(value: PlaceholderValue): string {
  switch (value.shape) {
    case 'scalar':
      return value.text;
    case 'map':
      return `{${value.entries.map(([key, child]) => `${key}: ${flowText(child)}`).join(', ')}}`;
    case 'list':
      return `[${value.items.map(flowText).join(', ')}]`;
  }
}

function isEmptyCollection(value: PlaceholderValue): boolean {
  return (
    (value.shape === 'map' && value.entries.length === 0) ||
    (value.shape === 'list' && value.items.length === 0)
  );
}

/** `key: value` as block lines, the first one starting at `indent`. */
export function entryLines(key: string, value: PlaceholderValue, indent: string): string[] {
  if (value.shape === 'scalar' || isEmptyCollection(value))
    return [`${indent}${key}: ${flowText(value)}`];
  if (value.shape === 'map')
    return [
      `${indent}${key}:`,
      ...value.entries.flatMap(([child, childValue]) =>
        entryLines(child, childValue, indent + STEP),
      ),
    ];
  return [`${indent}${key}:`, ...value.items.flatMap((item) => itemLines(item, indent + STEP))];
}

/** A list item as block lines: `- value`, or `- key: …` followed by the other keys. */
export function itemLines(value: PlaceholderValue, indent: string): string[] {
  if (value.shape !== 'map' || value.entries.length === 0) return [`${indent}- ${flowText(value)}`];
  const lines = value.entries.flatMap(([key, child]) => entryLines(key, child, indent + STEP));
  return [`${indent}- ${lines[0].slice(indent.length + STEP.length)}`, ...lines.slice(1)];
}
