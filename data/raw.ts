import type { RawData } from '@/lib/data/schema';
import { background } from './background';
import { claims } from './claims';
import { events } from './events';
import { renamed } from './renamed';
import { sources } from './sources';

/** The entries exactly as written in data/, before any check. */
export const rawData: RawData = { sources, claims, events, background, renamed };
