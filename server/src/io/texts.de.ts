/** Warum ein Pfad nicht gelesen werden konnte, auf Deutsch; Schlüssel wie in `texts.en.ts`. */
import type { TranslationOf } from '../core/i18n/catalogue';
import type { IoTexts } from './texts.en';

export const ioTextsDe: TranslationOf<IoTexts> = {
  cannotRead: 'Datei kann nicht gelesen werden ({code})',
  linkOutside: 'ist ein Link auf eine Datei außerhalb des Ordners und wurde nicht gelesen',
  notRegular: 'ist {kind}, keine reguläre Datei, und wurde nicht gelesen',
  tooLarge: 'ist größer als {maxBytes} Bytes und wurde nicht gelesen',
  cannotReadFolder: 'Ordner kann nicht gelesen werden ({code})',
  noSuchPath: 'Datei oder Ordner existiert nicht',
  kind: {
    folder: 'ein Ordner',
    fifo: 'eine FIFO (Named Pipe)',
    device: 'ein Gerät',
    socket: 'ein Socket',
    other: 'keine reguläre Datei',
  },
};
