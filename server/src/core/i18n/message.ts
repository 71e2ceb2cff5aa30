/**
 * Messages are data: a finding carries a message id and its arguments, and the text is made
 * only at the edge, in the reader's locale. Templates name their arguments in braces:
 * `{field} must be true`. An argument is a plain value, a shared phrase (rendered in the same
 * locale), or the description of a schema field.
 */
import type { Locale } from './locale';

/** A phrase of the shared catalogue (`core/i18n/phrases/`), e.g. a type name. */
export interface PhraseRef {
  readonly phrase: string;
  readonly args?: MessageArgs;
}

/** The description of a schema field (what it is for), rendered in the message's locale. */
export interface FieldDescriptionRef {
  readonly descriptionOf: readonly (string | number)[];
  readonly kind: 'Engagement' | 'DataConnectionAgreement';
  /** Rendered as a sentence of its own (capitalised, with a full stop), as in a detail. */
  readonly sentence?: boolean;
}

export type MessageArg = string | number | PhraseRef | FieldDescriptionRef;

export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** What a reader sees of one finding: the short message and, when there is more, a detail. */
export interface MessageText {
  readonly message: string;
  readonly detail?: string;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The argument names a template uses, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

export function isPhraseRef(arg: MessageArg): arg is PhraseRef {
  return typeof arg === 'object' && arg !== null && 'phrase' in arg;
}

/** How the renderer turns structured arguments into text of a locale. */
export interface ArgRenderer {
  phrase(ref: PhraseRef, locale: Locale): string;
  field(ref: FieldDescriptionRef, locale: Locale): string;
}

/**
 * The template with every `{name}` replaced by its argument; a phrase argument is rendered by
 * `phrase` in the same locale. A missing argument stays visible as `{name}` so tests catch it.
 */
export function fillTemplate(
  template: string,
  args: MessageArgs,
  locale: Locale,
  render: ArgRenderer,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const arg = args[name];
    if (arg === undefined) return whole;
    if (typeof arg !== 'object') return String(arg);
    return isPhraseRef(arg) ? render.phrase(arg, locale) : render.field(arg, locale);
  });
}

/** A stable text for arguments (sorted keys), for identities that must not depend on locale. */
export function argsKey(args: MessageArgs): string {
  const keys = Object.keys(args).sort();
  return JSON.stringify(keys.map((key) => [key, args[key]]));
}
