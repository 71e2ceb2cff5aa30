/**
 * The summary index's data store for the command line: each document's data serialized (one
 * flat buffer, which keeps no slice of its file's text alive), deserialized when a rule reads it.
 */
import * as v8 from 'node:v8';
import type { DataRecord, DataStore } from '../../core';

export function serializedDataStore(): DataStore {
  const buffers: Buffer[] = [];
  return {
    put: (data) => buffers.push(v8.serialize(data)) - 1,
    // the buffers hold what `put` serialized: data records
    get: (slot) => v8.deserialize(buffers[slot]) as DataRecord,
  };
}
