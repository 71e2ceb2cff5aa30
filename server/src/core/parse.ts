/**
 * Reads a file's text into policy documents: YAML 1.2 core schema, several documents per file,
 * duplicate keys reported, alias expansion capped, size and binary guards. Never throws.
 */
import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  parseAllDocuments,
  type Document,
  type YAMLMap,
} from 'yaml';
import { spanOfPath } from './locate';
import { LineIndex } from './position';
import type { Finding, PolicyKind, ValidationOptions } from './types';
import { closestMatch } from './didYouMean';
import { API_VERSION, KINDS, kindFromFileName } from './policyHeader';
import { buildValue } from './documentData';
import { PARSE_OPTIONS, recoverDocument } from './recovery';
import { syntaxDamage, type SyntaxDamage } from './followUps';
import type { MessageArgs } from './i18n/message';
import { engineFinding } from './validate/engineFinding';

export { API_VERSION, KINDS, kindFromFileName } from './policyHeader';

export { MAX_ALIAS_COUNT } from './documentData';

export interface PolicyDocument {
  /** Position of the document in its file (0-based). */
  index: number;
  yaml: Document.Parsed;
  /**
   * The document's data, as far as the parser recovered it from syntax errors; undefined when
   * it could not be built at all (alias bomb, endless alias, nesting too deep).
   */
  value: unknown;
  /** The kind it is validated as; undefined for documents that are not policy documents. */
  kind: PolicyKind | undefined;
  /** `metadata.id`, when it is a string. */
  id: string | undefined;
  /** YAML- and header-level findings. */
  findings: Finding[];
  /** The YAML has syntax errors; the data is checked as far as it was recovered. */
  hasSyntaxErrors: boolean;
  /** Where syntax errors leave the data unreliable: findings there are only their echoes. */
  damage: SyntaxDamage;
}

export interface PolicyFile {
  uri: string;
  text: string;
  lineIndex: LineIndex;
  documents: PolicyDocument[];
  /** Findings about the file as a whole (binary, too large). */
  findings: Finding[];
}

const API_VERSION_LINE = /^apiVersion:[ \t]*["']?outsourcing-policy\/v1["']?[ \t]*(#.*)?$/m;

/** Cheap test for folder scans: a policy file name, or a YAML file that declares our apiVersion. */
export function isPolicyFile(uri: string, text: string): boolean {
  return kindFromFileName(uri) !== undefined || API_VERSION_LINE.test(text.slice(0, 64 * 1024));
}

function guardFile(uri: string, text: string, options: ValidationOptions): Finding | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return engineFinding(
      'document/binary',
      'binary',
      { uri },
      {
        severity: 'error',
        start: nul,
        end: nul + 1,
      },
    );
  if (text.length > options.maxDocumentSize) {
    const firstLineEnd = text.search(/\r?\n|$/);
    const args = { size: text.length, limit: options.maxDocumentSize };
    return engineFinding('document/too-large', 'tooLarge', args, {
      severity: 'info',
      start: 0,
      end: Math.max(0, firstLineEnd),
    });
  }
  return undefined;
}

export function parsePolicyFile(uri: string, text: string, options: ValidationOptions): PolicyFile {
  const guard = guardFile(uri, text, options);
  if (guard) return { uri, text, lineIndex: new LineIndex(text), documents: [], findings: [guard] };
  const parsed = parseAllDocuments(text, PARSE_OPTIONS);
  return policyFileOf(uri, text, Array.isArray(parsed) ? parsed : []);
}

/** Whether `text` is parsed as YAML at all under `options` (not binary, not too large). */
export function isParsedAsYaml(uri: string, text: string, options: ValidationOptions): boolean {
  return guardFile(uri, text, options) === undefined;
}

/**
 * The policy file made of the YAML documents parsed from `text` (by the parser, or spliced by
 * the incremental parse): header, recovery, duplicate keys, data and kind of each document.
 */
export function policyFileOf(
  uri: string,
  text: string,
  yamlDocuments: readonly Document.Parsed[],
): PolicyFile {
  const lineIndex = new LineIndex(text);
  const hint = kindFromFileName(uri);
  const documents = yamlDocuments.map((doc, index) => readDocument(doc, index, hint, text));
  const findings: Finding[] = externalSchemaFindings(text);
  if (documents.length === 0 && hint) {
    findings.push(missingHeader(0, 0, 'emptyFile', { kind: hint, apiVersion: API_VERSION }));
  }
  return { uri, text, lineIndex, documents, findings };
}

const SCHEMA_MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/gm;

/**
 * A `# yaml-language-server: $schema=<url>` line that points at a schema on the network: this
 * checker never fetches schemas, so say that the document is checked against the built-in one.
 */
function externalSchemaFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.slice(0, 64 * 1024).matchAll(SCHEMA_MODELINE)) {
    const target = match[1];
    if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // a relative file path is fine
    const start = (match.index ?? 0) + match[0].length - target.length;
    findings.push(
      engineFinding(
        'document/external-schema',
        'external',
        { target },
        {
          severity: 'warning',
          start,
          end: start + target.length,
        },
      ),
    );
  }
  return findings;
}

function readDocument(
  original: Document.Parsed,
  index: number,
  hint: PolicyKind | undefined,
  text: string,
): PolicyDocument {
  const recovered = recoverDocument(original, index, text);
  const { yaml, findings } = recovered;
  const document: PolicyDocument = {
    index,
    yaml,
    value: undefined,
    kind: undefined,
    id: undefined,
    findings,
    hasSyntaxErrors: findings.length > 0,
    damage: syntaxDamage(original, text, recovered.regions),
  };
  findings.push(...yamlWarnings(original, text.length));
  if (yaml.errors.length === 0) findings.push(...duplicateKeyFindings(yaml));
  if (buildValue(document)) detectKind(document, hint);
  else document.kind = hint;
  return document;
}

/** The duplicate keys of one mapping, found with a set (the parser's own check is quadratic). */
function duplicatesOf(map: YAMLMap, findings: Finding[]): void {
  const seen = new Set<string>();
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const name = String(pair.key.value);
    if (!seen.has(name)) {
      seen.add(name);
      continue;
    }
    const [start, end] = pair.key.range;
    findings.push(
      engineFinding(
        'yaml/duplicate-key',
        'duplicate',
        { key: name },
        {
          severity: 'error',
          start,
          end,
        },
      ),
    );
  }
}

/**
 * Duplicate keys of every mapping, in document order, in one pass over the nodes (a plain walk:
 * `yaml`'s `visit` took more than half of the time of reading a parsed document).
 */
function duplicateKeyFindings(yaml: Document.Parsed): Finding[] {
  const findings: Finding[] = [];
  const pending: unknown[] = [yaml.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) duplicatesOf(node, findings);
    const items: readonly unknown[] = isCollection(node) ? node.items : [];
    for (let i = items.length - 1; i >= 0; i--) pending.push(items[i]);
    if (isPair(node)) pending.push(node.value, node.key);
  }
  return findings;
}

function yamlWarnings(yaml: Document.Parsed, textLength: number): Finding[] {
  const clamp = (offset: number) => Math.min(Math.max(0, offset), textLength);
  return yaml.warnings.map((warning) =>
    engineFinding(
      'yaml/syntax',
      'parserWarning',
      { raw: warning.message },
      {
        severity: 'warning',
        start: clamp(warning.pos[0]),
        end: clamp(warning.pos[1]),
      },
    ),
  );
}

function missingHeader(start: number, end: number, messageId: string, args: MessageArgs): Finding {
  return engineFinding('document/missing-api-version', messageId, args, {
    severity: 'error',
    start,
    end,
  });
}

function detectKind(document: PolicyDocument, hint: PolicyKind | undefined): void {
  const value = document.value;
  const record =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const apiVersion = record?.apiVersion;
  const declared = record?.kind;
  const yaml = document.yaml;
  if (apiVersion !== API_VERSION) {
    const declaresOurKind =
      typeof declared === 'string' && (KINDS as readonly string[]).includes(declared);
    if (!hint && !declaresOurKind && (apiVersion === undefined || typeof declared !== 'string'))
      return;
    const at = spanOfPath(yaml, ['apiVersion'], 'value');
    document.findings.push(
      apiVersion === undefined
        ? missingHeader(at[0], at[1], 'missing', { apiVersion: API_VERSION })
        : missingHeader(at[0], at[1], 'wrong', {
            actual: JSON.stringify(apiVersion),
            apiVersion: API_VERSION,
          }),
    );
  }
  if (typeof declared === 'string' && (KINDS as readonly string[]).includes(declared)) {
    document.kind = declared as PolicyKind;
  } else if (declared === undefined) {
    document.kind = hint;
    if (apiVersion === API_VERSION) {
      const at = spanOfPath(yaml, [], 'key');
      document.findings.push(
        engineFinding(
          'schema/required',
          hint ? 'kindMissing' : 'kindMissingUnknown',
          hint ? { kind: hint } : {},
          {
            severity: 'error',
            start: at[0],
            end: at[1],
            path: [],
            data: { missingKey: 'kind', ...(hint ? { suggestion: hint } : {}) },
          },
        ),
      );
    }
  } else {
    const at = spanOfPath(yaml, ['kind'], 'value');
    const suggestion = typeof declared === 'string' ? closestMatch(declared, KINDS) : undefined;
    const kind = JSON.stringify(declared) ?? String(declared);
    document.findings.push(
      engineFinding(
        'document/unknown-kind',
        suggestion ? 'didYouMean' : 'unknown',
        suggestion ? { kind, suggestion } : { kind },
        {
          severity: 'error',
          start: at[0],
          end: at[1],
          path: ['kind'],
          ...(suggestion ? { data: { suggestion } } : {}),
        },
      ),
    );
  }
  const metadata = record?.metadata as Record<string, unknown> | undefined;
  if (metadata && typeof metadata === 'object' && typeof metadata.id === 'string')
    document.id = metadata.id;
}
