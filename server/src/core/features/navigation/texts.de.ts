/** Die deutschen Texte der Navigation: warum sich eine Kennung nicht umbenennen lässt. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  nothingToRename: 'an dieser Stelle steht keine Kennung, die sich umbenennen ließe',
  emptyLevel: 'eine Klassifizierungsstufe braucht einen nicht leeren Namen',
  invalidId:
    '"{name}" ist keine gültige Kennung: Sie muss mit einem Buchstaben beginnen, gefolgt von 1 bis 63 Buchstaben, Ziffern, Punkten, Unterstrichen oder Bindestrichen',
  nameTaken:
    'den Namen "{name}" trägt bereits eine andere Kennung der Art {kind} (in {file}); wählen Sie einen Namen, der noch nicht vergeben ist',
};
