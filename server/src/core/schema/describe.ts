/**
 * What a field is for, in the reader's language: the description of a schema node in a locale
 * (English is the schema's own `description`, German its `x-description-de`, both written
 * together with `d` in dsl.ts). Hover, completion, findings' details and the generated docs all
 * ask here, and so do the names of expected types and the custom `contains` messages.
 */
import type { Locale } from '../i18n/locale';
import type { DataPath, PolicyKind } from '../types';
import type { SchemaNode } from './dsl';
import { schemaForKind } from './index';
import { schemaAt } from './lookup';

/** The node's description in `locale`; English where a German one is missing. */
export function fieldDescription(node: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  if (locale === 'de') return node['x-description-de'] ?? node.description;
  return node.description;
}

/** The description of the field at `path` in a document of `kind`, in `locale`. */
export function describeField(
  kind: PolicyKind,
  path: DataPath,
  locale: Locale,
): string | undefined {
  return fieldDescription(schemaAt(schemaForKind(kind), path), locale);
}

/** The name of the type a node expects, in `locale`: "a date (YYYY-MM-DD)", "ein Datum (…)". */
export function expectedType(node: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  if (locale === 'de') return node['x-type-de'] ?? node['x-type'];
  return node['x-type'];
}

/** What to say when a list lacks an entry it has to contain (`x-contains-message`), in `locale`. */
export function containsMessage(node: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  if (locale === 'de') return node['x-contains-message-de'] ?? node['x-contains-message'];
  return node['x-contains-message'];
}
