/**
 * What a field is for, in the reader's language: the description of a schema node in a locale
 * (English is the schema's own `description`). Hover, completion, findings' details and the
 * generated docs all ask here.
 */
import type { Locale } from '../i18n/locale';
import type { DataPath, PolicyKind } from '../types';
import type { SchemaNode } from './dsl';
import { schemaForKind } from './index';
import { schemaAt } from './lookup';

export function fieldDescription(node: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  if (locale === 'en') return node.description;
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
