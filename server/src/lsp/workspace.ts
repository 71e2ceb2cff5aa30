/**
 * The language server's view of the workspace: open documents (parsed once per version) and
 * policy files on disk that are not open (indexed so cross-document rules work). Open
 * documents always win over their disk copies.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspaceIndex, type WorkspaceIndex } from '../core/workspace';
import { asRecord } from '../core/data';
import { isPolicyFile, parsePolicyFile, type PolicyFile } from '../core/parse';
import type { Finding, ValidationOptions } from '../core/types';
import { validateFile } from '../core/validate';
import { afterLargeText } from './memory';

interface OpenEntry {
  version: number;
  file: PolicyFile;
}

export interface DocumentSource {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export class PolicyWorkspace {
  private readonly disk = new Map<string, PolicyFile>();
  private readonly parsedOpen = new Map<string, OpenEntry>();
  private cachedIndex: WorkspaceIndex | undefined;
  /** The length of the text whose parse was just forgotten (its garbage is collected when large). */
  private forgottenLength = 0;
  /** Whether an open document is a policy document, per version (checked once per edit, not per request). */
  private readonly recognized = new Map<string, { version: number; policy: boolean }>();
  /** Findings per parsed file, valid while the index and the options are the same. */
  private readonly findingsByFile = new WeakMap<
    PolicyFile,
    { index: WorkspaceIndex; options: string; findings: readonly Finding[] }
  >();

  constructor(
    private readonly documents: DocumentSource,
    private readonly options: () => ValidationOptions,
  ) {}

  /** The parsed file for a URI: the open document's current version, else the disk copy. */
  fileFor(uri: string): PolicyFile | undefined {
    const document = this.documents.get(uri);
    if (!document) return this.disk.get(uri);
    const current = this.currentParse(uri, document.version);
    if (current) return current;
    afterLargeText(this.forgottenLength);
    this.forgottenLength = 0;
    const file = parsePolicyFile(uri, document.getText(), this.options());
    this.parsedOpen.set(uri, { version: document.version, file });
    this.cachedIndex = undefined;
    return file;
  }

  /**
   * The kept parse of this version of an open document; the parse of any other version is
   * forgotten before a new one is made, so a document never has two (a 2 MB one is 60 MB).
   */
  private currentParse(uri: string, version: number): PolicyFile | undefined {
    const cached = this.parsedOpen.get(uri);
    if (!cached) return undefined;
    if (cached.version === version) return cached.file;
    this.parsedOpen.delete(uri);
    this.cachedIndex = undefined;
    this.forgottenLength = cached.file.text.length;
    return undefined;
  }

  /** Whether a URI holds a policy document (by name or by its apiVersion line). */
  isPolicy(uri: string): boolean {
    const document = this.documents.get(uri);
    if (!document) return this.disk.has(uri);
    const known = this.recognized.get(uri);
    if (known?.version === document.version) return known.policy;
    const policy = isPolicyFile(uri, document.getText());
    this.recognized.set(uri, { version: document.version, policy });
    return policy;
  }

  /** Indexes a file from disk; `forced` for files named by extra globs, whatever their content. */
  setDiskFile(uri: string, text: string, forced = false): void {
    if (forced || isPolicyFile(uri, text))
      this.disk.set(uri, parsePolicyFile(uri, text, this.options()));
    else this.disk.delete(uri);
    this.cachedIndex = undefined;
  }

  removeDiskFile(uri: string): void {
    this.disk.delete(uri);
    this.cachedIndex = undefined;
  }

  documentClosed(uri: string): void {
    this.parsedOpen.delete(uri);
    this.recognized.delete(uri);
    this.cachedIndex = undefined;
  }

  /** Forgets every parse (the options changed). */
  reset(): void {
    this.parsedOpen.clear();
    for (const [uri, file] of this.disk)
      this.disk.set(uri, parsePolicyFile(uri, file.text, this.options()));
    this.cachedIndex = undefined;
  }

  /** The URIs of every policy file known, open or on disk. */
  allUris(): string[] {
    return this.allFiles().map((file) => file.uri);
  }

  /** Every policy file known: open documents, then the disk files that are not open. */
  allFiles(): PolicyFile[] {
    const files: PolicyFile[] = [];
    for (const document of this.documents.all()) {
      if (!this.isPolicy(document.uri)) continue;
      const file = this.fileFor(document.uri);
      if (file) files.push(file);
    }
    for (const [uri, file] of this.disk) if (!this.documents.get(uri)) files.push(file);
    return files;
  }

  /**
   * The findings of `file` against the current index: computed once per file version, index and
   * options, so that publishing, hover and fix-all of the same state validate only once.
   */
  findingsOf(file: PolicyFile, options: ValidationOptions): readonly Finding[] {
    const index = this.index();
    const key = JSON.stringify(options);
    const known = this.findingsByFile.get(file);
    if (known && known.index === index && known.options === key) return known.findings;
    const findings = validateFile(file, index, options);
    this.findingsByFile.set(file, { index, options: key, findings });
    return findings;
  }

  index(): WorkspaceIndex {
    const files = this.allFiles(); // parses changed open documents, which resets the cache
    this.cachedIndex ??= buildWorkspaceIndex(files);
    return this.cachedIndex;
  }

  /**
   * The documents (open or on disk) whose findings can change when `uri` changes: itself, its
   * engagement, its DCAs, and documents with the same id.
   */
  dependents(uri: string): string[] {
    const related = new Set<string>([uri]);
    const file = this.fileFor(uri);
    const index = this.index();
    for (const doc of file?.documents ?? []) {
      const data = asRecord(doc.value);
      if (doc.kind === 'Engagement' && doc.id) {
        for (const entries of index.dcas.values()) {
          for (const entry of entries)
            if (asRecord(entry.data.metadata)?.engagementRef === doc.id)
              related.add(entry.file.uri);
        }
      }
      const engagementRef = asRecord(data?.metadata)?.engagementRef;
      if (doc.kind === 'DataConnectionAgreement' && typeof engagementRef === 'string') {
        for (const entry of index.engagements.get(engagementRef) ?? []) related.add(entry.file.uri);
      }
      for (const entry of (doc.id &&
        (doc.kind === 'Engagement' ? index.engagements : index.dcas).get(doc.id)) ||
        [])
        related.add(entry.file.uri);
    }
    return [...related].filter(
      (candidate) => this.documents.get(candidate) !== undefined || this.disk.has(candidate),
    );
  }
}
