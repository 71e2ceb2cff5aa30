/**
 * The titles of quick-fixes in the locale of the request (`options.locale`, English when none
 * is given). Arguments are ids, keys and values, which read the same in every locale.
 */
import { DEFAULT_LOCALE, type Localized } from '../../i18n/locale';
import type { ValidationOptions } from '../../types';
import { de } from './titles.de';
import { en, type FixTitleId } from './titles.en';

export type { FixTitleId } from './titles.en';

export const FIX_TITLES: Localized<Readonly<Record<FixTitleId, string>>> = { en, de };

/** The title `id` with its `{name}` placeholders filled, in the locale of `options`. */
export function fixTitle(
  options: Pick<ValidationOptions, 'locale'>,
  id: FixTitleId,
  args: Readonly<Record<string, string>> = {},
): string {
  const template = FIX_TITLES[options.locale ?? DEFAULT_LOCALE][id];
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => args[name] ?? whole);
}
