import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { ChartFigure } from '@/components/charts/chart-figure';
import { FigureCard } from '@/components/claims/figure-card';
import { EventsTable } from '@/components/events-table/events-table';
import { sourceHref } from '@/lib/links';
import { briefingSince, briefingTitle, leadArgument } from '@/lib/briefing-title';
import { dataHref, tableIndexFile } from '@/lib/downloads/file-names';
import { headlineFigures } from '@/lib/headlines';
import { quoteLang, TranslationBeside } from '@/components/site/source-words';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { localePath } from '@/lib/i18n/paths';
import { latestEvents, topicOptions } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { eventRows } from '@/lib/tables/rows';
import { tableWords } from '@/lib/tables/table-words';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Briefing');
  const title = briefingTitle(briefing, locale);
  return pageMetadata({
    path: '/',
    locale,
    title: { absolute: `${title} · ${translator(locale, 'Site')('name')}` },
    socialTitle: title,
    image: briefingPreviewImage(briefing, 'figures', locale),
    description: t('metaDescription', { since: briefingSince(briefing, locale), articles }),
  });
}

export default async function BriefingPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Briefing');
  const argument = leadArgument(briefing, locale);
  const latest = latestEvents(briefing);
  return (
    <>
      <h1>{briefingTitle(briefing, locale)}</h1>
      <p className="lede">
        {argument.attribution} <span lang={quoteLang(locale)}>“{argument.quote}”</span>{' '}
        <a href={sourceHref(argument.sourceId, locale)} className="muted">
          {t('theArticle')}
        </a>
      </p>
      <TranslationBeside text={argument.quoteTranslation} locale={locale} />
      <p>{t('intro', { articles })}</p>

      <section aria-labelledby="headlines">
        <h2 id="headlines">{t('headlines')}</h2>
        <ul className="figure-cards">
          {headlineFigures(briefing, locale).map((figure) => (
            <FigureCard key={figure.measureId} figure={figure} locale={locale} />
          ))}
        </ul>
        <p>
          {t.rich('allFigures', {
            count: briefing.claims.length,
            link: (chunks) => <a href={localePath('/claims', locale)}>{chunks}</a>,
          })}
        </p>
      </section>

      <section aria-labelledby="charts">
        <h2 id="charts">{t('charts')}</h2>
        <div className="chart-grid">
          {briefing.charts(locale).map((model) => (
            <ChartFigure
              key={model.slug}
              model={model}
              locale={locale}
              heading="h3"
              linkTitle
              withDataTable
              compact
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="events">
        <h2 id="events">{t('latestEvents')}</h2>
        <EventsTable
          rows={eventRows(briefing, locale, latest)}
          total={latest.length}
          pages={[]}
          topics={topicOptions(
            latest.map((event) => event.topic),
            locale,
          )}
          caption={t('latestCaption')}
          words={tableWords(locale, 'events', latest.length)}
          indexHref={dataHref(tableIndexFile('events', locale))}
        />
        <p>
          {t.rich('allEvents', {
            count: briefing.events.length,
            link: (chunks) => <a href={localePath('/events', locale)}>{chunks}</a>,
          })}
        </p>
      </section>
    </>
  );
}
