import { describe, expect, it } from 'vitest';
import type { DateRef } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { formatIsoDay, formatShortMonth, startOfIsoDate } from './date';
import { formatDateRef } from './date-ref';

describe('formatDateRef', () => {
  it.each<[DateRef, string]>([
    [{ precision: 'day', date: '2026-01-20', asPrinted: null }, '20 January 2026'],
    [{ precision: 'day', date: '2024-08-05', asPrinted: null }, '5 August 2024'],
    [{ precision: 'month', date: '2024-03', asPrinted: null }, 'March 2024'],
    [{ precision: 'year', date: '2025', asPrinted: null }, '2025'],
    [{ precision: 'none', date: null, asPrinted: 'currently' }, 'date not given'],
    [
      { precision: 'month', date: '2009-01', end: '2024-08', asPrinted: null },
      'January 2009 – August 2024',
    ],
    [
      { precision: 'day', date: '2026-01-16', asPrinted: 'On January 16', yearFromContext: 'x' },
      '16 January [2026]',
    ],
    [
      { precision: 'month', date: '2024-03', asPrinted: 'March', yearFromContext: 'x' },
      'March [2024]',
    ],
    [{ precision: 'year', date: '2023', asPrinted: null, yearFromContext: 'x' }, '[2023]'],
  ])('%j → %s', (ref, expected) => {
    expect(formatDateRef(ref)).toBe(expected);
  });
});

describe('dates are read and written in UTC, whatever the machine', () => {
  it('keeps the first and last moments of a day on that day', () => {
    expect(formatIsoDay('2026-01-01')).toBe('1 January 2026');
    expect(formatIsoDay('2025-12-31')).toBe('31 December 2025');
  });
  it('starts a partial date on its first day', () => {
    expect(startOfIsoDate('2024-03').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(startOfIsoDate('2024').toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
  it('writes short month ticks', () => {
    expect(formatShortMonth(Date.UTC(2026, 0, 31, 23, 59))).toBe('Jan 2026');
  });
});

describe('formatDateRef in Bangla and Russian', () => {
  it.each<[Locale, DateRef, string]>([
    ['bn', { precision: 'day', date: '2026-01-20', asPrinted: null }, '২০ জানুয়ারি, ২০২৬'],
    ['bn', { precision: 'month', date: '2024-03', asPrinted: null }, 'মার্চ ২০২৪'],
    ['bn', { precision: 'year', date: '2025', asPrinted: null }, '২০২৫'],
    ['bn', { precision: 'none', date: null, asPrinted: 'currently' }, 'তারিখ দেওয়া নেই'],
    [
      'bn',
      { precision: 'day', date: '2026-01-16', asPrinted: 'On January 16', yearFromContext: 'x' },
      '১৬ জানুয়ারি, [২০২৬]',
    ],
    ['ru', { precision: 'day', date: '2026-01-20', asPrinted: null }, '20 января 2026\u202fг.'],
    ['ru', { precision: 'month', date: '2024-03', asPrinted: null }, 'март 2024\u202fг.'],
    ['ru', { precision: 'none', date: null, asPrinted: null }, 'дата не указана'],
    [
      'ru',
      { precision: 'month', date: '2009-01', end: '2024-08', asPrinted: null },
      'январь 2009\u202fг. – август 2024\u202fг.',
    ],
  ])('%s: %j → %s', (locale, ref, expected) => {
    expect(formatDateRef(ref, locale)).toBe(expected);
  });

  // CLDR's Russian dates put a narrow no-break space before "г." (year).
  it('writes days and axis ticks in the language', () => {
    expect(formatIsoDay('2026-01-01', 'ru')).toBe('1 января 2026\u202fг.');
    expect(formatShortMonth(Date.UTC(2026, 0, 31), 'bn')).toBe('জানু ২০২৬');
  });
});
