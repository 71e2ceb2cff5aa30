/**
 * Smaller generated validators: Ajv writes every one of its (verbose) errors as an object
 * literal of eight properties followed by the code that appends it, about 1,400 times in the
 * engagement validator. Here each becomes a call of one of two helpers that build the same
 * object (the same properties, in the same order, from the same expressions evaluated in the
 * same order) and append it. V8 compiles the validator on its first call, and its cost grows
 * with the size of that one function: less code is a faster first check.
 */

/** The properties of Ajv's errors, and of the errors of the code keywords (`codeKeywords.ts`). */
const SHAPES = {
  ajvError: [
    'instancePath',
    'schemaPath',
    'keyword',
    'params',
    'message',
    'schema',
    'parentSchema',
    'data',
  ],
  keywordError: ['keyword', 'message', 'params', 'instancePath', 'schemaPath', 'schema', 'data'],
} as const;

type Helper = keyof typeof SHAPES;

/** The helpers' definitions, to put before the validation functions. */
export const ERROR_HELPERS = (Object.entries(SHAPES) as [Helper, readonly string[]][])
  .map(([name, keys]) => {
    const parameters = ['vErrors', ...keys].join(', ');
    return (
      `function ${name}(${parameters}) {` +
      `const err = {${keys.join(', ')}};` +
      'if (vErrors === null) return [err]; vErrors.push(err); return vErrors;}'
    );
  })
  .join('\n');

/** The index just past the string literal (double quotes) that starts at `start`. */
function endOfString(code: string, start: number): number {
  let at = start + 1;
  while (code[at] !== '"') at += code[at] === '\\' ? 2 : 1;
  return at + 1;
}

/**
 * The top-level `key: value` parts of the object literal whose `{` is at `open`, and the index
 * just past its `}`. Values hold nested objects, arrays, calls and double-quoted strings only.
 */
function objectParts(code: string, open: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let depth = 0;
  let partStart = open + 1;
  for (let at = open; at < code.length;) {
    const char = code[at];
    if (char === '"') {
      at = endOfString(code, at);
      continue;
    }
    if ('{[('.includes(char)) depth++;
    else if ('}])'.includes(char)) depth--;
    if ((char === ',' && depth === 1) || depth === 0) {
      const part = code.slice(partStart, at).trim();
      if (part) parts.push(part);
      partStart = at + 1;
    }
    at++;
    if (depth === 0) return { parts, end: at };
  }
  throw new Error(`unterminated object literal at ${open}`);
}

/** `[key, value]` of a part; a shorthand property (`data`) is its own value. */
function keyAndValue(part: string): [string, string] {
  const colon = part.indexOf(':');
  return colon < 0 ? [part, part] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
}

/** The helper call that makes the error of these parts, or undefined for another shape. */
function helperCall(parts: readonly string[]): string | undefined {
  const pairs = parts.map(keyAndValue);
  for (const [name, keys] of Object.entries(SHAPES) as [Helper, readonly string[]][]) {
    if (pairs.length !== keys.length || pairs.some(([key], i) => key !== keys[i])) continue;
    return `vErrors = ${name}(vErrors, ${pairs.map(([, value]) => value).join(', ')});`;
  }
  return undefined;
}

/** The code with each error of a known shape made by a helper call; other code unchanged. */
export function withErrorHelpers(code: string): string {
  const declaration = /const (err\d+) = \{/g;
  let result = '';
  let copied = 0;
  for (let match = declaration.exec(code); match; match = declaration.exec(code)) {
    const name = match[1];
    const { parts, end } = objectParts(code, match.index + match[0].length - 1);
    const append = `;if(vErrors === null){vErrors = [${name}];}else {vErrors.push(${name});}`;
    const call = code.startsWith(append, end) ? helperCall(parts) : undefined;
    if (call === undefined) continue;
    result += code.slice(copied, match.index) + call;
    copied = end + append.length;
    declaration.lastIndex = copied;
  }
  return result + code.slice(copied);
}
