import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core';
import bn from '@/messages/bn.json' with { type: 'json' };
import en from '@/messages/en.json' with { type: 'json' };
import ru from '@/messages/ru.json' with { type: 'json' };
import { TIME_ZONE } from '../format/locale';
import { localeInfo, type Locale } from './locales';

/**
 * The interface's words, one ICU message file per language (messages/*.json,
 * English the reference: every language has exactly its keys, which the
 * type below and messages.test.ts both hold).
 */
export type Messages = typeof en;
export const messages: Record<Locale, Messages> = { en, bn, ru };

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * A translator for one language and namespace, usable anywhere: in server
 * components, and in the build's scripts that render charts, embeds and
 * images outside Next. Numbers inside messages are formatted for the
 * language's region (bn-BD, ru-RU), as lib/format does.
 */
// One translator per language and namespace: each keeps its own cache of parsed messages, and
// the build formats a figure or a credit line thousands of times.
const translators = new Map<string, unknown>();

export function translator<const N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}:${namespace}`;
  let made = translators.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!made) {
    made = createTranslator<Messages, N>({
      locale: localeInfo[locale].tag,
      timeZone: TIME_ZONE,
      messages: messages[locale],
      namespace,
      // A message that cannot be formatted is a bug to fail the build on, not a key to print.
      onError: (error) => {
        throw error;
      },
    });
    translators.set(key, made);
  }
  return made;
}
