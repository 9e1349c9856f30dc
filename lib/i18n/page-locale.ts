import { notFound } from 'next/navigation';
import { hasLocale } from 'use-intl/core';
import type { Locale } from './locales';
import { routing } from './routing';

/** The `[locale]` segment of a page's parameters: a built language, or the not-found page. */
export type LocaleParams = { locale: string };

export async function pageLocale(params: Promise<LocaleParams>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
