import type { Metadata } from 'next';
import { sourceHref } from '@/lib/links';
import { BakedPage } from '@/components/site/baked-page';
import { notFound } from 'next/navigation';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

/** One article: its record, every figure and event it gives, and every other passage, with why. */
export const dynamicParams = false;

export function generateStaticParams() {
  return briefing.sources.map((source) => ({ id: source.id }));
}

type Props = { params: Promise<LocaleParams & { id: string }> };

const find = (id: string) => briefing.sources.find((source) => source.id === id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const source = find((await params).id);
  if (!source) return {};
  const title = briefing.words(locale).sourceTitle(source.id);
  return pageMetadata({
    path: `/sources/${source.id}`,
    locale,
    title,
    description: translator(locale, 'SourcePage')('description', { title }),
  });
}

export default async function Source({ params }: Props) {
  const locale = await pageLocale(params);
  const source = find((await params).id);
  if (!source) notFound();
  return <BakedPage locale={locale} address={sourceHref(source.id)} />;
}
