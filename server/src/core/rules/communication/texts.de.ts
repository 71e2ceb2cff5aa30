/** Die Texte der Regeln zur Kommunikation auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  'communication/external-partner': {
    title:
      'Externer Kommunikationspartner erhält eingestufte Informationen ohne vertragliche Grundlage',
    summary:
      'Ein Kommunikationspartner außerhalb des Dienstleisters darf Informationen oberhalb der niedrigsten Klassifizierungsstufe erhalten, eine vertragliche Grundlage ist aber nicht angegeben.',
    details:
      'Bevor Informationen den Dienstleister verlassen, muss feststehen, dass der Empfänger sie verarbeiten darf, und das ist mit dem Kunden vertraglich zu vereinbaren. Die Regel liest `securityConcept.classification.scheme` als Stufenfolge von der niedrigsten zur höchsten; ein externer Partner, dessen Liste `allowed` über die erste Stufe hinausgeht, braucht eine `contractualBasis`.',
    fix: 'Nennen Sie in `contractualBasis` den Vertrag oder die Klausel, die den Partner berechtigt, oder beschränken Sie `allowed` auf die niedrigste Stufe.',
    messages: {
      noContractualBasis: {
        message:
          'Externer Partner {partner} darf Informationen der Stufe {level} erhalten, ohne dass eine contractualBasis angegeben ist',
        detail:
          'Die Stufe {level} liegt über der niedrigsten Klassifizierungsstufe {lowest}. Eingestufte Informationen dürfen die Organisation nur auf vertraglicher Grundlage verlassen: Tragen Sie die Klausel als contractualBasis ein, oder erlauben Sie nur {lowest}.',
      },
    },
  },
};
