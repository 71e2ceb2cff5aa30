/**
 * The summary index's data store for the command line: each document's data serialized (one
 * flat buffer, which keeps no slice of its file's text alive), deserialized when a rule reads it.
 * The buffers cross threads as they are.
 */
import * as v8 from 'node:v8';
import type { DataRecord, DataStore } from '../../core';

export interface SerializedDataStore extends DataStore {
  /** The serialized data in `slot`. */
  bytes(slot: number): Uint8Array;
  /** Keeps data another store serialized; returns its slot. */
  adopt(bytes: Uint8Array): number;
}

export function serializedDataStore(): SerializedDataStore {
  const buffers: Uint8Array[] = [];
  const at = (slot: number): Uint8Array => {
    const bytes = buffers[slot];
    if (bytes === undefined) throw new Error(`no data in slot ${slot}`);
    return bytes;
  };
  return {
    put: (data) => buffers.push(v8.serialize(data)) - 1,
    // the buffers hold what `put` serialized: data records
    get: (slot) => v8.deserialize(at(slot)) as DataRecord,
    bytes: at,
    adopt: (bytes) => buffers.push(bytes) - 1,
  };
}
