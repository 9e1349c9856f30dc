import { describe, expect, it } from 'vitest';
import type { Locale } from './locales';
import { renderTranslatedText } from './translated-text';

describe('renderTranslatedText', () => {
  it.each<[Locale, string, string]>([
    ['bn', '{y:2024} সালে {n:95.8}% বেড়ে {n:2777}', '২০২৪ সালে ৯৫.৮% বেড়ে ২,৭৭৭'],
    ['bn', '{n:100000} জন', '১,০০,০০০ জন'],
    [
      'ru',
      'в {y:2024} году выросло на {n:95.8}% до {n:2777}',
      'в 2024 году выросло на 95,8% до 2\u00a0777',
    ],
    ['ru', '{n:20} января', '20 января'],
    ['en', 'no tokens, {figure} untouched', 'no tokens, {figure} untouched'],
  ])('%s: %s → %s', (locale, text, expected) => {
    expect(renderTranslatedText(text, locale)).toBe(expected);
  });
});
