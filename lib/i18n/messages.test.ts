import { describe, expect, it } from 'vitest';
import { messagePlaceholders } from './icu';
import { locales, translatedLocales } from './locales';
import { messages, translator } from './messages';

/** Every message as "Namespace.key" → text. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[prefix, value]]);
  return new Map(
    Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [
      ...flatten(child, prefix ? `${prefix}.${key}` : key),
    ]),
  );
}

const english = flatten(messages.en);

describe.each(translatedLocales)('messages/%s.json', (locale) => {
  const own = flatten(messages[locale]);

  it('has exactly the English keys: no interface string left untranslated, none left over', () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])('%s is ICU with the English arguments, tags and counts', (key) => {
    const text = own.get(key) ?? '';
    expect(text.trim(), `${locale}: ${key} is empty`).not.toBe('');
    expect([...messagePlaceholders(text)].sort()).toEqual(
      [...messagePlaceholders(english.get(key) ?? '')].sort(),
    );
  });
});

describe('translator', () => {
  it('formats a count in each language’s plural forms and digits', () => {
    const count = (locale: (typeof locales)[number], n: number) =>
      translator(locale, 'Footer').markup('provenance', {
        count: n,
        claims: (chunks) => chunks,
        sources: (chunks) => chunks,
      });
    expect(count('en', 1)).toContain('one of the 1 article this');
    expect(count('en', 2)).toContain('one of the 2 articles this');
    expect(count('bn', 2)).toContain('২টি প্রতিবেদনের');
    expect(count('ru', 1)).toContain('из одной из 1 статьи');
    expect(count('ru', 5)).toContain('из одной из 5 статей');
    expect(count('ru', 21)).toContain('из одной из 21 статьи');
  });
});
