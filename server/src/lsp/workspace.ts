/**
 * The language server's view of the workspace: open documents (parsed once per version) and
 * policy files on disk that are not open (indexed so cross-document rules work). Open
 * documents always win over their disk copies.
 *
 * Parsing happens on two paths only: a document's validation (the scheduler) and a request on
 * that same document (`fileFor`, when its current version is not parsed yet; the parse is kept
 * and the scheduler reuses it). The cross-document index is made of the latest parse that exists
 * of each document and never parses: a request on one document never parses another, however
 * many edits of the other wait for their validation.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createPolicyService,
  MAX_INCREMENTAL_LENGTH,
  type Finding,
  type PolicyFile,
  type PolicyService,
  type ValidationOptions,
  type WorkspaceIndex,
} from '../core';
import { afterLargeText } from './memory';
import { DeferredFile } from './pool/deferredFile';
import { OFF_THREAD_FROM } from './pool/offThreadChecks';

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
  /** The latest parse of each open document, of its current version or an earlier one. */
  private readonly parsedOpen = new Map<string, OpenEntry>();
  private cachedIndex: WorkspaceIndex | undefined;
  /** Whether an open document is a policy document, per version (checked once per edit, not per request). */
  private readonly recognized = new Map<string, { version: number; policy: boolean }>();
  /**
   * How often each URI was parsed while it was open or on disk, here or in a worker (for the debug
   * statistics of the tests); forgotten when it is neither.
   */
  readonly parseCounts = new Map<string, number>();
  /** How often each URI was parsed in a worker. */
  readonly workerParseCounts = new Map<string, number>();

  constructor(
    private readonly documents: DocumentSource,
    private readonly options: () => ValidationOptions,
    /** The engine; it keeps the findings of each file, index and options once computed. */
    readonly service: PolicyService = createPolicyService(),
  ) {}

  /**
   * The parsed file for a URI: the open document's current version (parsed now if it is not
   * yet, and then kept and indexed), else the disk copy. Parses no other document.
   */
  fileFor(uri: string): PolicyFile | undefined {
    const document = this.documents.get(uri);
    if (!document) return this.disk.get(uri);
    const current = this.keptParse(uri, document.version);
    if (current) return current;
    const file = this.parseNextVersion(uri, document.getText());
    this.parsedOpen.set(uri, { version: document.version, file });
    return file;
  }

  /**
   * The parse of an open document's new text: a small document is parsed incrementally from its
   * kept parse (only the sections the edit touched); a large one whole, after its kept parse
   * was let go.
   */
  private parseNextVersion(uri: string, text: string): PolicyFile {
    // no reference to the older parse of a large document may stay in this frame
    const keptLength = this.parsedOpen.get(uri)?.file.text.length;
    const small = (length: number) => length < MAX_INCREMENTAL_LENGTH;
    if (keptLength === undefined || !small(keptLength) || !small(text.length)) {
      afterLargeText(this.forgetParse(uri));
      return this.parse(uri, text);
    }
    this.cachedIndex = undefined;
    this.parseCounts.set(uri, (this.parseCounts.get(uri) ?? 0) + 1);
    return this.service.reparse(this.parsedOpen.get(uri)!.file, text, this.options());
  }

  private keptParse(uri: string, version: number): PolicyFile | undefined {
    const kept = this.parsedOpen.get(uri);
    return kept?.version === version ? kept.file : undefined;
  }

  /**
   * Forgets the kept parse of an open document before a new one is made, so a document never has
   * two (a 2 MB one is 60 MB); returns the length of its text.
   */
  private forgetParse(uri: string): number {
    const length = this.parsedOpen.get(uri)?.file.text.length ?? 0;
    this.parsedOpen.delete(uri);
    this.cachedIndex = undefined;
    return length;
  }

  private parse(uri: string, text: string): PolicyFile {
    const options = this.options();
    this.parseCounts.set(uri, (this.parseCounts.get(uri) ?? 0) + 1);
    return this.service.parse(uri, text, options);
  }

  /** Whether the editor has the document open. */
  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  /** Whether a URI holds a policy document (by name or by its apiVersion line). */
  isPolicy(uri: string): boolean {
    const document = this.documents.get(uri);
    if (!document) return this.disk.has(uri);
    const known = this.recognized.get(uri);
    if (known?.version === document.version) return known.policy;
    const policy = this.service.isPolicy(uri, document.getText());
    this.recognized.set(uri, { version: document.version, policy });
    if (policy !== known?.policy) this.cachedIndex = undefined;
    return policy;
  }

  /** Indexes a file from disk; `forced` for files named by extra globs, whatever their content. */
  setDiskFile(uri: string, text: string, forced = false): void {
    this.dropDeferred(uri);
    if (forced || this.service.isPolicy(uri, text)) this.disk.set(uri, this.parse(uri, text));
    else this.removeDiskFile(uri);
    this.cachedIndex = undefined;
  }

  removeDiskFile(uri: string): void {
    this.dropDeferred(uri);
    this.disk.delete(uri);
    this.cachedIndex = undefined;
    if (!this.documents.get(uri)) this.forgetParseCounts(uri);
  }

  /** Told when a file on disk that a worker parsed (and may keep) is replaced or gone. */
  deferredDropped: (uri: string) => void = () => undefined;

  private dropDeferred(uri: string): void {
    if (this.disk.get(uri) instanceof DeferredFile) this.deferredDropped(uri);
  }

  /**
   * A document was opened: its text is parsed now (the scheduler reuses the parse), so that the
   * index holds what the editor shows from the start, as before any request.
   */
  documentOpened(uri: string): void {
    this.cachedIndex = undefined;
    // a large document is parsed by its check in a worker (`pool/offThreadChecks.ts`)
    const large = (this.documents.get(uri)?.getText().length ?? 0) >= OFF_THREAD_FROM;
    if (!large && this.isPolicy(uri)) this.fileFor(uri);
  }

  /**
   * A check in a worker parsed version `version` of an open document: its shapes (`file`) become
   * the document's entry in the index, unless the main thread has parsed that version itself.
   */
  keepCheckedParse(uri: string, version: number, file: PolicyFile): void {
    if (this.documents.get(uri)?.version !== version || this.keptParse(uri, version)) return;
    afterLargeText(this.forgetParse(uri));
    this.parsedOpen.set(uri, { version, file });
  }

  /** Parses a text on the main thread, counted like every parse (a deferred file's parse). */
  parseOnMainThread(uri: string, text: string): PolicyFile {
    return this.parse(uri, text);
  }

  /** A worker parsed `uri`. */
  countWorkerParse(uri: string): void {
    this.parseCounts.set(uri, (this.parseCounts.get(uri) ?? 0) + 1);
    this.workerParseCounts.set(uri, (this.workerParseCounts.get(uri) ?? 0) + 1);
  }

  /** Indexes a file from disk that a worker parsed and checked (`file` has its shapes). */
  setCheckedDiskFile(uri: string, file: DeferredFile): void {
    this.disk.set(uri, file);
    this.cachedIndex = undefined;
  }

  /** The file on disk of `uri` when it is not open and only a worker parsed it. */
  deferredDiskFile(uri: string): DeferredFile | undefined {
    const file = this.documents.get(uri) ? undefined : this.disk.get(uri);
    return file instanceof DeferredFile && !file.isParsed ? file : undefined;
  }

  /** A document was closed: nothing of its open state is kept (its disk copy stays indexed). */
  documentClosed(uri: string): void {
    this.parsedOpen.delete(uri);
    this.recognized.delete(uri);
    this.cachedIndex = undefined;
    if (!this.disk.has(uri)) this.forgetParseCounts(uri);
  }

  private forgetParseCounts(uri: string): void {
    this.parseCounts.delete(uri);
    this.workerParseCounts.delete(uri);
  }

  /** How many URIs each per-document map holds (the debug statistics of the tests). */
  stateSizes(): Record<string, number> {
    return {
      parsedOpen: this.parsedOpen.size,
      recognized: this.recognized.size,
      disk: this.disk.size,
      parseCounts: this.parseCounts.size,
      workerParseCounts: this.workerParseCounts.size,
    };
  }

  /**
   * The size limit changed from `before` to `after`: re-parses only the files whose parse it
   * changes (those longer than the smaller of the two; the others are parsed alike).
   */
  sizeLimitChanged(before: number, after: number): void {
    const affected = (file: PolicyFile) => file.text.length > Math.min(before, after);
    for (const [uri, file] of this.disk)
      if (affected(file)) this.disk.set(uri, this.parse(uri, file.text));
    for (const [uri, entry] of this.parsedOpen)
      if (affected(entry.file))
        this.parsedOpen.set(uri, { ...entry, file: this.parse(uri, entry.file.text) });
    this.cachedIndex = undefined;
  }

  /** The URIs of every policy file known, open or on disk (nothing is parsed). */
  allUris(): string[] {
    const uris = this.documents.all().flatMap((d) => (this.isPolicy(d.uri) ? [d.uri] : []));
    for (const uri of this.disk.keys()) if (!this.documents.get(uri)) uris.push(uri);
    return uris;
  }

  /**
   * The files of the index: the latest parse of each open policy document (its disk copy while
   * it has none), then the disk files that are not open. Parses nothing.
   */
  private indexedFiles(): PolicyFile[] {
    return this.indexSlots().flatMap((slot) => (slot.file ? [slot.file] : []));
  }

  /**
   * The places of the index in order, each with the file it holds (none for an open document
   * not parsed yet): the open policy documents, then the disk files that are not open.
   */
  indexSlots(): { uri: string; file: PolicyFile | undefined }[] {
    const slots: { uri: string; file: PolicyFile | undefined }[] = [];
    for (const document of this.documents.all()) {
      const { uri } = document;
      if (!this.isPolicy(uri)) continue;
      slots.push({ uri, file: this.parsedOpen.get(uri)?.file ?? this.disk.get(uri) });
    }
    for (const [uri, file] of this.disk) if (!this.documents.get(uri)) slots.push({ uri, file });
    return slots;
  }

  /**
   * The findings of `file` against the current index, in the locale of `options`: the engine
   * computes them once per file version, index and options, so that publishing, hover and
   * fix-all of the same state validate only once.
   */
  findingsOf(file: PolicyFile, options: ValidationOptions): readonly Finding[] {
    return this.service.findings(file, this.index(), options);
  }

  /** The cross-document index of the latest parses; rebuilt (without parsing) after a change. */
  index(): WorkspaceIndex {
    this.cachedIndex ??= this.service.index(this.indexedFiles());
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
