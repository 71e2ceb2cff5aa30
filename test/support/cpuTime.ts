/**
 * What a unit test may bound: the CPU time this process spends on some work, not wall-clock
 * time. Other processes on a busy machine take wall-clock time away from a test but add next
 * to nothing to its CPU time, so a bound on CPU time still catches a hang or a slide into
 * quadratic time without failing when the machine is loaded. Speed itself belongs in bench/.
 *
 * The CPU time counts every thread of the process, the garbage collector's helpers too, so it
 * can exceed the wall-clock time; bounds leave room for that.
 */
export interface CpuTimed<T> {
  result: T;
  /** User plus system CPU time of this process while `work` ran, in milliseconds. */
  cpuMs: number;
}

export function cpuTimed<T>(work: () => T): CpuTimed<T> {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}
