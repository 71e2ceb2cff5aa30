/** Probleme mit der Projektdatei `.outsourcing-policy.yaml`, auf Deutsch. */
import type { ConfigTexts } from './config.texts.en';
import type { TranslationOf } from './i18n/catalogue';

export const configTextsDe: TranslationOf<ConfigTexts> = {
  notYaml: '{file} ist kein gültiges YAML: {reason}',
  aliases: '{file} löst zu viele Aliase (*name) auf und wird deshalb nicht gelesen',
  notMapping: '{file} muss eine Zuordnung von Optionen sein ({known})',
  schemaKey:
    '{file}: {key} wird nicht unterstützt: Die Prüfung verwendet nur ihre eingebauten Schemas und lädt nie ein Schema von einer URL oder aus einer anderen Datei',
  unknownOption: '{file}: unbekannte Option {key} (bekannt sind: {known})',
  oneOf: '{file}: {option} erwartet einen der Werte {allowed}, nicht {value}',
  maxDocumentSize: '{file}: maxDocumentSize muss eine positive ganze Zahl von Zeichen sein',
  maxFindings: '{file}: maxFindings muss eine positive ganze Zahl sein',
  globList: '{file}: extraGlobs muss eine Liste von Glob-Mustern sein',
  globOutside:
    '{file}: Der extraGlobs-Eintrag {glob} zeigt aus dem Projekt hinaus; erlaubt sind nur relative Muster innerhalb des Projekts',
};
