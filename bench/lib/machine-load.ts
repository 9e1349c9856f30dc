import { availableParallelism, loadavg } from 'node:os';

/** The 1-minute load average now. */
export const loadNow = () => loadavg()[0] ?? 0;

/**
 * The machine's 1-minute load average while the bench runs, sampled every
 * 2 s, so that its figures come with how busy the machine was. The bench
 * itself loads the machine (Chromium, the servers, the load generator), so the
 * reading that tells of *other* work is the one taken before it starts.
 */
export interface LoadReading {
  cores: number;
  before: number;
  during: { min: number; median: number; max: number };
}

/** Busy: other work before the bench held a quarter of the cores or more. */
export const busyBefore = (reading: LoadReading) => reading.before >= reading.cores / 4;

/** Starts sampling; `before` is the reading taken when the bench started, before its own work. */
export function sampleMachineLoad(before: number): { stop: () => LoadReading } {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(loadNow()), 2000);
  return {
    stop: () => {
      clearInterval(timer);
      const sorted = [...samples, loadNow()].sort((a, b) => a - b);
      return {
        cores: availableParallelism(),
        before,
        during: {
          min: sorted[0]!,
          median: sorted[Math.floor(sorted.length / 2)]!,
          max: sorted.at(-1)!,
        },
      };
    },
  };
}

export function describeLoad(reading: LoadReading): string {
  const f = (n: number) => n.toFixed(2);
  const line = `Load average (1 min, ${reading.cores} cores): ${f(reading.before)} before the bench; ${f(reading.during.min)}–${f(reading.during.max)} (median ${f(reading.during.median)}) while it ran.`;
  return busyBefore(reading)
    ? `${line}\nWARNING: the machine was busy before the bench started (load ${f(reading.before)} ≥ ${f(reading.cores / 4)}): other work skews these figures; run it again with nothing else running.`
    : line;
}
