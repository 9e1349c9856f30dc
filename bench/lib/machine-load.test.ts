import { describe, expect, it } from 'vitest';
import { busyBefore, describeLoad, type LoadReading } from './machine-load';

const reading = (before: number): LoadReading => ({
  cores: 2,
  before,
  during: { min: 1.2, median: 1.9, max: 2.6 },
});

describe('the bench’s load reading', () => {
  it('prints the load before and the spread while it ran', () => {
    expect(describeLoad(reading(0.1))).toBe(
      'Load average (1 min, 2 cores): 0.10 before the bench; 1.20–2.60 (median 1.90) while it ran.',
    );
  });

  it('warns when other work held a quarter of the cores before it started', () => {
    expect(busyBefore(reading(0.49))).toBe(false);
    expect(busyBefore(reading(0.5))).toBe(true);
    expect(describeLoad(reading(1.3))).toContain('WARNING: the machine was busy');
  });
});
