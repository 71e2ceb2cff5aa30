/**
 * The language server's view of the workspace: open documents (parsed once per version) and
 * policy files on disk that are not open (indexed so cross-document rules work). Open
 * documents always win over their disk copies.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createPolicyService,
  type Finding,
  type PolicyFile,
  type PolicyService,
  type ValidationOptions,
  type WorkspaceIndex,
} from '../core';
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

  constructor(
    private readonly documents: DocumentSource,
    private readonly options: () => ValidationOptions,
    /** The engine; it keeps the findings of each file, index and options once computed. */
    readonly service: PolicyService = createPolicyService(),
  ) {}

  /** The parsed file for a URI: the open document's current version, else the disk copy. */
  fileFor(uri: string): PolicyFile | undefined {
    const document = this.documents.get(uri);
    if (!document) return this.disk.get(uri);
    const current = this.currentParse(uri, document.version);
    if (current) return current;
    afterLargeText(this.forgottenLength);
    this.forgottenLength = 0;
    const file = this.service.parse(uri, document.getText(), this.options());
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
    const policy = this.service.isPolicy(uri, document.getText());
    this.recognized.set(uri, { version: document.version, policy });
    return policy;
  }

  /** Indexes a file from disk; `forced` for files named by extra globs, whatever their content. */
  setDiskFile(uri: string, text: string, forced = false): void {
    if (forced || this.service.isPolicy(uri, text))
      this.disk.set(uri, this.service.parse(uri, text, this.options()));
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

  /** Forgets every parse (an option that parsing depends on changed). */
  reset(): void {
    this.parsedOpen.clear();
    for (const [uri, file] of this.disk)
      this.disk.set(uri, this.service.parse(uri, file.text, this.options()));
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
   * The findings of `file` against the current index, in the locale of `options`: the engine
   * computes them once per file version, index and options, so that publishing, hover and
   * fix-all of the same state validate only once.
   */
  findingsOf(file: PolicyFile, options: ValidationOptions): readonly Finding[] {
    return this.service.findings(file, this.index(), options);
  }

  index(): WorkspaceIndex {
    const files = this.allFiles(); // parses changed open documents, which resets the cache
    this.cachedIndex ??= this.service.index(files);
    return this.cachedIndex;
  }

  /**
   * The documents (open or on disk) whose findings can change when `uri` changes: itself, its
   * engagement, its DCAs, and documents with the same id.
   */
  dependents(uri: string): string[] {
    const related = new Set([uri, ...this.service.related(this.fileFor(uri), this.index())]);
    return [...related].filter(
      (candidate) => this.documents.get(candidate) !== undefined || this.disk.has(candidate),
    );
  }
}
