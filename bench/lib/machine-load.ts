import { availableParallelism, cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** The 1-minute load average now. */
export const loadNow = () => loadavg()[0] ?? 0;

/** All cores' busy and total time so far, in ms. */
function cpuTimes() {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/**
 * How many cores other work keeps busy, measured over a quiet window in which the bench does
 * nothing. The 1-minute load average cannot tell: it still reads 0.5 or more a minute or two
 * after a test run ends, and starting `npm run bench` itself raises it.
 */
export async function busyCoresNow(windowMs = 3000): Promise<number> {
  const start = cpuTimes();
  await sleep(windowMs);
  const end = cpuTimes();
  const total = end.total - start.total;
  return total > 0 ? ((end.busy - start.busy) / total) * availableParallelism() : 0;
}

/**
 * How busy the machine was: other work just before the bench (CPU over a quiet window), and
 * the 1-minute load average before and while it ran, sampled every 2 s. The bench itself loads
 * the machine (Chromium, the servers, the load generator), so the reading that tells of
 * *other* work is the one taken before it starts.
 */
export interface LoadReading {
  cores: number;
  busyCoresBefore: number;
  before: number;
  during: { min: number; median: number; max: number };
}

/** Busy: other work before the bench kept a quarter of the cores or more busy. */
export const busyBefore = (reading: LoadReading) => reading.busyCoresBefore >= reading.cores / 4;

/** Starts sampling the load average; `busyCoresBefore` and `before` are taken before the bench's own work. */
export function sampleMachineLoad(
  busyCoresBefore: number,
  before: number,
): { stop: () => LoadReading } {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(loadNow()), 2000);
  return {
    stop: () => {
      clearInterval(timer);
      const sorted = [...samples, loadNow()].sort((a, b) => a - b);
      return {
        cores: availableParallelism(),
        busyCoresBefore,
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
  const line = `Other work before the bench: ${f(reading.busyCoresBefore)} of ${reading.cores} cores busy (3 s with the bench idle). Load average (1 min): ${f(reading.before)} before the bench; ${f(reading.during.min)}–${f(reading.during.max)} (median ${f(reading.during.median)}) while it ran.`;
  return busyBefore(reading)
    ? `${line}\nWARNING: the machine was busy before the bench started (${f(reading.busyCoresBefore)} cores ≥ ${f(reading.cores / 4)}): other work skews these figures; run it again with nothing else running.`
    : line;
}
