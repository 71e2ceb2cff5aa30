/** Die deutschen Texte der Gliederung: Namen und Details der Gruppen und Dokumente. */
import type { TranslationOf } from '../i18n/catalogue';
import type { en } from './symbols.en';

export const de: TranslationOf<typeof en> = {
  documentGroup: 'Dokument',
  documentGroupDetail: 'Kopfdaten und gemeinsam genutzte Abschnitte',
  unnamedKind: 'Dokument',
  noId: '(ohne Kennung)',
};
