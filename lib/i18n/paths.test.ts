import { describe, expect, it } from 'vitest';
import type { Locale } from './locales';
import { localePath } from './paths';

describe('localePath', () => {
  it.each<[string, Locale, string]>([
    ['/', 'en', '/'],
    ['/claims', 'en', '/claims'],
    ['/', 'bn', '/bn'],
    ['/claims/work-permits-2024', 'bn', '/bn/claims/work-permits-2024'],
    ['/charts/recruits', 'ru', '/ru/charts/recruits'],
  ])('%s in %s → %s', (href, locale, expected) => {
    expect(localePath(href, locale)).toBe(expected);
  });
});
