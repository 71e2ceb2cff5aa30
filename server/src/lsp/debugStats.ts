/**
 * `outsourcingPolicy/debug/stats`: what the server did so far (parses per URI on the main thread
 * and in workers, whether the workspace scan finished, the jobs of the worker pool) and what it
 * keeps per document (the sizes of its maps), so that tests assert work done and memory kept
 * instead of timing or weighing them. Answered only
 * when the client asked for it with the initialization option `debugStats: true`.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { PoolStats } from './pool/workerPool';
import { DEBUG_STATS_REQUEST, type DebugStatsResult } from './protocol';

export interface DebugStatsSource {
  enabled(): boolean;
  parseCounts(): ReadonlyMap<string, number>;
  scanned(): boolean;
  diskRechecks(): number;
  pool(): PoolStats;
  workerParseCounts(): ReadonlyMap<string, number>;
  /** The number of URIs in each per-document map, by name. */
  documentState(): Record<string, number>;
}

export function registerDebugStats(connection: Connection, source: DebugStatsSource): void {
  connection.onRequest(DEBUG_STATS_REQUEST, (): DebugStatsResult | ResponseError<void> => {
    if (!source.enabled())
      return new ResponseError(ErrorCodes.MethodNotFound, `${DEBUG_STATS_REQUEST} is not enabled`);
    return {
      parses: Object.fromEntries(source.parseCounts()),
      scanned: source.scanned(),
      diskRechecks: source.diskRechecks(),
      workerParses: Object.fromEntries(source.workerParseCounts()),
      pool: source.pool(),
      documentState: source.documentState(),
    };
  });
}
