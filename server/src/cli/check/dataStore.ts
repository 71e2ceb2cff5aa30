/**
 * The summary index's data stores for the command line. A chunk keeps each document's data
 * serialized (one flat buffer, which keeps no slice of its file's text alive) and deserializes it
 * when a rule reads it. The complete index keeps no data: the few files checked again read the
 * data of other documents by parsing their files again.
 */
import * as v8 from 'node:v8';
import { asRecord, type DataRecord, type DataStore, type PolicyFile } from '../../core';

export function serializedDataStore(): DataStore {
  const buffers: Buffer[] = [];
  return {
    put: (data) => buffers.push(v8.serialize(data)) - 1,
    get: (slot) => {
      const bytes = buffers[slot];
      if (bytes === undefined) throw new Error(`no data in slot ${slot}`);
      // the buffers hold what `put` serialized: data records
      return v8.deserialize(bytes) as DataRecord;
    },
  };
}

/** Parses kept for the data of the documents in them: files checked again often ask the same. */
const PARSES_KEPT = 8;

/** A store whose slots name a document of a file, by number; `put` is not used. */
export interface ReparsingDataStore extends DataStore {
  slotOf(fileNumber: number, documentIndex: number): number;
}

/** Reads a document's data by parsing its file again (`parse`: undefined when it is unreadable). */
export function reparsingDataStore(
  parse: (fileNumber: number) => PolicyFile | undefined,
): ReparsingDataStore {
  const places: { fileNumber: number; documentIndex: number }[] = [];
  const parses = new Map<number, PolicyFile | undefined>();
  const parsed = (fileNumber: number): PolicyFile | undefined => {
    if (!parses.has(fileNumber)) {
      if (parses.size >= PARSES_KEPT) parses.delete(parses.keys().next().value ?? -1);
      parses.set(fileNumber, parse(fileNumber));
    }
    return parses.get(fileNumber);
  };
  return {
    slotOf: (fileNumber, documentIndex) => places.push({ fileNumber, documentIndex }) - 1,
    put: () => {
      throw new Error('the complete index takes no data');
    },
    get: (slot) => {
      const place = places[slot];
      const file = place === undefined ? undefined : parsed(place.fileNumber);
      // a file changed or gone since it was first read: its documents have no data any more
      return asRecord(file?.documents[place?.documentIndex ?? -1]?.value) ?? {};
    },
  };
}
