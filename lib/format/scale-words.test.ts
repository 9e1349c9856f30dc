import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { scaleAt } from './scale-words';

describe('scaleAt', () => {
  it.each<[Locale, string, number]>([
    ['en', 'bn in remittances', 1e9],
    ['en', 'mn migrant workers', 1e6],
    ['en', ' million people', 1e6],
    ['en', ' millions of people', 1e6],
    ['en', ' MW of electricity', 1],
    ['en', 'mnemonic', 1],
    ['en', ' crore', 1e7],
    ['en', ' tonnes', 1],
    ['en', '', 1],
    ['bn', ' বিলিয়ন ডলার', 1e9],
    ['bn', '\u00a0মিলিয়নের বেশি', 1e6],
    ['bn', ' কোটি টাকা', 1e7],
    ['bn', 'টি বন্দর', 1],
    ['bn', '-এর বেশি', 1],
    ['ru', ' млрд долларов', 1e9],
    ['ru', ' миллиона человек', 1e6],
    ['ru', ' тыс. тонн', 1e3],
    ['ru', ' МВт', 1],
    ['ru', ' разрешений', 1],
  ])('%s “%s” is ×%d', (locale, text, divisor) => {
    expect(scaleAt(text, locale)).toBe(divisor);
  });
});
