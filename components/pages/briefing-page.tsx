import type { PageProps } from './page-props';
import { ChartFigure } from '@/components/charts/chart-figure';
import { FigureCard } from '@/components/claims/figure-card';
import { TableHost } from '@/components/data-table/table-host';
import { EventsTable } from '@/components/events-table/events-table';
import { quoteLang, TranslationBeside } from '@/components/site/source-words';
import { briefingCharts } from '@/lib/briefing-charts';
import { briefingTitle, leadArgument } from '@/lib/briefing-title';
import { headlineFigures } from '@/lib/headlines';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { chartHref, sourceHref } from '@/lib/links';
import { eventsListing } from '@/lib/listings';

/** The home page: the lead argument, headline figures, the figures' charts, the latest events. */
export function BriefingPage({ briefing, locale }: PageProps) {
  const t = translator(locale, 'Briefing');
  const articles = briefing.sources.length;
  const argument = leadArgument(briefing, locale);
  const latest = eventsListing(briefing, 'latest', locale);
  const charts = briefingCharts(briefing, locale);
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
          {charts.grid.map((model) => (
            <ChartFigure
              key={model.slug}
              model={model}
              locale={locale}
              heading="h3"
              linkTitle
              compact
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="events">
        <h2 id="events">{t('latestEvents')}</h2>
        <TableHost table="events" listingHref={latest.listingHref}>
          <EventsTable {...latest} />
        </TableHost>
        <p>
          {t.rich('allEvents', {
            count: briefing.events.length,
            link: (chunks) => <a href={localePath('/events', locale)}>{chunks}</a>,
          })}
        </p>
        {charts.timelines.map((model) => (
          <p key={model.slug}>
            {t.rich('onTimeline', {
              title: model.title,
              link: (chunks) => <a href={chartHref(model.slug, locale)}>{chunks}</a>,
            })}
          </p>
        ))}
      </section>
    </>
  );
}
