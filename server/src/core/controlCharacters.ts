/**
 * Control characters made visible, for text that reaches a terminal or a report: file names
 * and values quoted from documents could otherwise carry escape sequences (ESC, BEL, CSI) or
 * reorder what is shown (bidirectional overrides). Pure; used by the CLI formats and messages.
 */

/** C0 controls, DEL, C1 controls, line/paragraph separators and bidirectional controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The controls above except C0, which `JSON.stringify` escapes itself (its line breaks format). */
const CONTROL_LEFT_BY_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character written as `\xHH` or `\uHHHH`; the characters in
 * `keep` (such as a line break in multi-line text) stay as they are.
 */
export function escapeControlCharacters(text: string, keep = ''): string {
  return text.replace(CONTROL, (char) => (keep.includes(char) ? char : visible(char)));
}

/** At most `max` characters of a value, quoted and with control characters made visible. */
export function quotedExcerpt(value: string, max = 40): string {
  const chars = [...value];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  return `"${escapeControlCharacters(cut).replace(/"/g, '\\"')}"`;
}

/**
 * JSON text with the control characters `JSON.stringify` leaves raw (DEL, C1, separators,
 * bidirectional controls) written as `\uHHHH` escapes: the data it stands for is unchanged.
 */
export function escapeControlsInJson(json: string): string {
  return json.replace(
    CONTROL_LEFT_BY_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
