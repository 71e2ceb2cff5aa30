/** Die gemeinsamen Textbausteine auf Deutsch; Schlüssel und Platzhalter wie in `en.ts`. */
import type { PhraseId } from './en';

export const de: Readonly<Record<PhraseId, string>> = {
  'document.itself': 'das Dokument',
};
