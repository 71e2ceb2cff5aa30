/**
 * Everything a consumer reads of a parsed file, as plain data, so that an incremental parse and
 * a full parse of the same text can be compared with one deep-equal: the file's findings and
 * line index, each document's kind, id, data, findings, damage and errors, the node tree (type,
 * offsets, scalar values and styles, collection styles) and the findings of a validation.
 */
import { isCollection, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import {
  buildWorkspaceIndex,
  validateFile,
  type PolicyFile,
  type ValidationOptions,
} from '../../server/src/core';

type Row = (string | number | boolean | null | undefined)[];

function nodeRows(node: unknown, rows: Row[]): void {
  if (isPair(node)) {
    rows.push(['pair']);
    nodeRows(node.key, rows);
    nodeRows(node.value, rows);
    return;
  }
  if (node === null || node === undefined) {
    rows.push(['empty', String(node)]);
    return;
  }
  const range = (node as Node).range;
  const where = range ? range.join(',') : 'no range';
  if (isScalar(node)) {
    const value = node.value;
    rows.push(['scalar', where, typeof value, String(value), node.type, node.tag]);
  } else if (isCollection(node)) {
    rows.push([
      isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'collection',
      where,
      node.flow,
      node.tag,
    ]);
    for (const item of node.items) nodeRows(item, rows);
  } else rows.push(['other', where, (node as object).constructor.name]);
}

/** A file as plain data: what every consumer of a parse may read. */
export function observable(file: PolicyFile, options: ValidationOptions): unknown {
  const lines = Array.from({ length: file.lineIndex.lineCount }, (_, line) =>
    file.lineIndex.offsetAt({ line, character: 0 }),
  );
  return {
    uri: file.uri,
    text: file.text,
    lines,
    findings: file.findings,
    documents: file.documents.map((document) => {
      const rows: Row[] = [];
      nodeRows(document.yaml.contents, rows);
      return {
        index: document.index,
        kind: document.kind,
        id: document.id,
        value: document.value,
        findings: document.findings,
        hasSyntaxErrors: document.hasSyntaxErrors,
        damage: {
          regions: document.damage.regions,
          writtenRootKeys: [...document.damage.writtenRootKeys].sort(),
          lostWords: [...document.damage.lostWords].sort(),
        },
        range: document.yaml.range,
        errors: document.yaml.errors.map((error) => [error.code, error.pos.join(',')]),
        warnings: document.yaml.warnings.map((warning) => [warning.code, warning.pos.join(',')]),
        nodes: rows,
      };
    }),
    validation: validateFile(file, buildWorkspaceIndex([file]), options),
  };
}
