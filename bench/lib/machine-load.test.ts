import { describe, expect, it } from 'vitest';
import { busyBefore, busyCoresNow, describeLoad, type LoadReading } from './machine-load';

const reading = (busyCoresBefore: number): LoadReading => ({
  cores: 2,
  busyCoresBefore,
  before: 0.78,
  during: { min: 1.2, median: 1.9, max: 2.6 },
});

describe('the bench’s load reading', () => {
  it('prints the other work before, and the load average before and while it ran', () => {
    expect(describeLoad(reading(0.1))).toBe(
      'Other work before the bench: 0.10 of 2 cores busy (3 s with the bench idle). Load average (1 min): 0.78 before the bench; 1.20–2.60 (median 1.90) while it ran.',
    );
  });

  it('warns when other work kept a quarter of the cores busy before it started', () => {
    expect(busyBefore(reading(0.49))).toBe(false);
    expect(busyBefore(reading(0.5))).toBe(true);
    expect(describeLoad(reading(1.3))).toContain('WARNING: the machine was busy');
  });

  it('sees a core kept busy', async () => {
    const spin = (until: number) => {
      while (performance.now() < until);
    };
    const measured = busyCoresNow(300);
    // This thread spins for most of the window (the timer that ends it fires after).
    spin(performance.now() + 250);
    expect(await measured).toBeGreaterThan(0.5);
  });
});
