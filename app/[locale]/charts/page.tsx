import type { Metadata } from 'next';
import { chartHref } from '@/lib/links';
import { briefingTitle } from '@/lib/briefing-title';
import { chartImageHref } from '@/lib/downloads/file-names';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'ChartsIndex');
  return pageMetadata({
    path: '/charts',
    locale,
    title: t('title'),
    description: t('description', { title: briefingTitle(briefing, locale) }),
  });
}

export default async function ChartsIndexPage({ params }: Props) {
  const locale = await pageLocale(params);
  const downloads = translator(locale, 'Downloads');
  return (
    <>
      <h1>{translator(locale, 'ChartsIndex')('title')}</h1>
      <ul className="chart-index">
        {briefing.charts(locale).map((model) => (
          <li key={model.slug}>
            <h2>
              <a href={chartHref(model.slug, locale)}>{model.title}</a>
            </h2>
            <p>{model.subtitle}</p>
            <p className="muted">
              <a href={chartImageHref(model.slug, 'png', locale)}>{downloads('png')}</a> ·{' '}
              <a href={chartImageHref(model.slug, 'svg', locale)}>{downloads('svg')}</a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
