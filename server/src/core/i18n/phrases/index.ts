/** Renders a shared phrase in a locale; an unknown phrase id is shown as it is, never thrown. */
import type { Locale, Localized } from '../locale';
import { fillTemplate, type ArgRenderer, type PhraseRef } from '../message';
import { de } from './de';
import { en, type PhraseId } from './en';

export const PHRASES: Localized<Readonly<Record<PhraseId, string>>> = { en, de };

export function phrase(id: PhraseId, args?: PhraseRef['args']): PhraseRef {
  return args ? { phrase: id, args } : { phrase: id };
}

export function renderPhrase(ref: PhraseRef, locale: Locale, render: ArgRenderer): string {
  const template = (PHRASES[locale] as Readonly<Record<string, string>>)[ref.phrase];
  if (template === undefined) return ref.phrase;
  return fillTemplate(template, ref.args ?? {}, locale, render);
}
