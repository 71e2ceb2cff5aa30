/** The user-facing texts of checks in worker threads, in English and German. */
import type { Locale } from '../../core';

const CHECK_FAILED: Record<Locale, (reason: string) => string> = {
  en: (reason) =>
    `This document could not be checked (the check in a worker thread failed twice): ${reason}`,
  de: (reason) =>
    `Dieses Dokument konnte nicht geprüft werden (die Prüfung in einem Worker-Thread ist zweimal gescheitert): ${reason}`,
};

export function checkFailedMessage(locale: Locale | undefined, reason: string): string {
  return CHECK_FAILED[locale ?? 'en'](reason.split('\n')[0] ?? reason);
}
