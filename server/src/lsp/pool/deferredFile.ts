/**
 * A policy file checked in a worker: the main thread keeps its text and the shape of its
 * documents (kind, id, data) from the worker's answer, enough for the cross-document index and
 * for the rules that read other documents, and parses it itself only when something needs more
 * (a syntax tree, a line index, its own validation: a request on it). That parse happens at most
 * once and is kept.
 */
import type { PolicyDocument, PolicyFile, PolicyKind } from '../../core';
import type { DocumentShape } from './jobs';

class DeferredDocument {
  readonly index: number;
  readonly kind: PolicyKind | undefined;
  readonly id: string | undefined;
  private readonly shipped: { value?: unknown };

  constructor(
    shape: DocumentShape,
    private readonly owner: DeferredFile,
  ) {
    this.index = shape.index;
    this.kind = shape.kind;
    this.id = shape.id;
    this.shipped = 'value' in shape ? { value: shape.value } : {};
  }

  private get parsed(): PolicyDocument {
    const doc = this.owner.parsed().documents[this.index];
    if (!doc) throw new Error(`${this.owner.uri} has no document ${this.index} any more`);
    return doc;
  }

  get value(): unknown {
    return 'value' in this.shipped ? this.shipped.value : this.parsed.value;
  }
  get yaml(): PolicyDocument['yaml'] {
    return this.parsed.yaml;
  }
  get findings(): PolicyDocument['findings'] {
    return this.parsed.findings;
  }
  get hasSyntaxErrors(): boolean {
    return this.parsed.hasSyntaxErrors;
  }
  get damage(): PolicyDocument['damage'] {
    return this.parsed.damage;
  }
}

export class DeferredFile implements PolicyFile {
  readonly documents: PolicyDocument[];
  private parse: PolicyFile | undefined;
  /** The pool slot whose worker kept this text's parse (none: no worker did). */
  holder: number | undefined;

  constructor(
    readonly uri: string,
    readonly text: string,
    shapes: readonly DocumentShape[],
    /** Parses the text on the main thread (counted by the caller). */
    private readonly parseText: (uri: string, text: string) => PolicyFile,
  ) {
    this.documents = shapes.map((shape) => new DeferredDocument(shape, this));
  }

  /** Whether the main thread has parsed the text. */
  get isParsed(): boolean {
    return this.parse !== undefined;
  }

  /** The main thread's parse of the text, made now if it is not yet. */
  parsed(): PolicyFile {
    this.parse ??= this.parseText(this.uri, this.text);
    return this.parse;
  }

  get lineIndex(): PolicyFile['lineIndex'] {
    return this.parsed().lineIndex;
  }

  get findings(): PolicyFile['findings'] {
    return this.parsed().findings;
  }
}
