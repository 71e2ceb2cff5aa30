/**
 * The language of the product in this editor, chosen as the language server chooses it: the
 * setting `outsourcingPolicy.locale` when it names a language, else the editor's display
 * language (`vscode.env.language`), else English. Free of `vscode` so that it can be tested.
 */
import { chooseLocale, type Locale } from '../../server/src/core/i18n/locale';

export function productLocale(setting: string, editorLanguage: string): Locale {
  return chooseLocale(setting === 'auto' ? undefined : setting, editorLanguage);
}
