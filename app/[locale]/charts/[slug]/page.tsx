import type { Metadata } from 'next';
import { chartPreviewImage } from '@/lib/charts/preview-image';
import { notFound } from 'next/navigation';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { localePath } from '@/lib/i18n/paths';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { BakedPage } from '@/components/site/baked-page';

// Every chart is prerendered; any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return briefing.charts().map((chart) => ({ slug: chart.slug }));
}

type Props = { params: Promise<LocaleParams & { slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const model = briefing.findChart((await params).slug, locale);
  if (!model) return {};
  return pageMetadata({
    path: `/charts/${model.slug}`,
    locale,
    title: model.title,
    description: model.subtitle,
    image: chartPreviewImage(model, locale),
    oembed: { path: localePath(`/oembed/${model.slug}.json`, locale), title: model.title },
  });
}

export default async function Chart({ params }: Props) {
  const locale = await pageLocale(params);
  const model = briefing.findChart((await params).slug, locale);
  if (!model) notFound();
  return <BakedPage locale={locale} address={`/charts/${model.slug}`} />;
}
