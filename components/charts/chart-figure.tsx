import type { ChartModel } from '@/lib/charts/types';
import { BakedPanels, type BakedPanelLayout } from './baked-panels';
import { chartVariants, panelHeight, variantWidth } from '@/lib/charts/dimensions';
import { ChartLegend } from './chart-legend';
import { ChartCanvas } from './chart-canvas';
import { dataHref, liveChartFile } from '@/lib/downloads/file-names';
import { formatIsoDay } from '@/lib/format/date';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { chartHref } from '@/lib/links';

/** Compact charts (the briefing page's grid) are never wider than the narrow size, so only it is sent. */
function bakedLayout(model: ChartModel, compact: boolean): BakedPanelLayout[] {
  const variants = compact ? (['narrow'] as const) : chartVariants;
  return model.panels.map((panel) => ({
    id: panel.id,
    title: panel.title,
    sizes: Object.fromEntries(
      variants.map((variant) => [
        variant,
        { width: variantWidth[variant], height: panelHeight(panel, variant) },
      ]),
    ),
  }));
}

interface ChartFigureProps {
  model: ChartModel;
  /** The model's language, for the frame's own words. */
  locale: Locale;
  /** h2 on the briefing page, where the chart sits under the page's h1. */
  heading: 'h1' | 'h2' | 'h3';
  /** Link the title to the chart's own page. */
  linkTitle?: boolean;
  /** At most the narrow size, for grids of charts. */
  compact?: boolean;
  /** Keep the description for screen readers only (embeds, where height is paid for). */
  quietDescription?: boolean;
  /**
   * Corrections and notes in a disclosure whose summary says when the chart was
   * corrected (embeds: WordPress frames them at most 1000 px tall).
   */
  collapseNotes?: boolean;
}

/** "Corrected on 24 November 2026 · Notes on the figures": what the closed disclosure holds. */
function notesSummary(model: ChartModel, locale: Locale): string {
  const t = translator(locale, 'ChartFigure');
  const latest = model.corrections
    .map((correction) => correction.date)
    .sort()
    .at(-1);
  return [
    ...(latest ? [t('correctedOn', { date: formatIsoDay(latest, locale) })] : []),
    ...(model.notes.length > 0 ? [t('notes')] : []),
  ].join(' · ');
}

/**
 * The one frame for every chart: title and subtitle as the caption, the
 * chart, its key, a description in words, notes on qualifiers and the
 * sources. Embeds and images carry the same parts.
 */
export function ChartFigure({
  model,
  locale,
  heading: Heading,
  linkTitle = false,
  compact = false,
  quietDescription = false,
  collapseNotes = false,
}: ChartFigureProps) {
  const t = translator(locale, 'ChartFigure');
  const titleId = `chart-${model.slug}-title`;
  const descriptionId = `chart-${model.slug}-description`;
  return (
    <figure className="chart-figure" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption>
        <Heading id={titleId} className="chart-title">
          {linkTitle ? <a href={chartHref(model.slug, locale)}>{model.title}</a> : model.title}
        </Heading>
        <p className="chart-subtitle">{model.subtitle}</p>
      </figcaption>
      <ChartCanvas
        slug={model.slug}
        liveModelHref={dataHref(liveChartFile(model.slug, locale))}
        interactiveLabel={t('interactiveLabel', { title: model.title })}
        compact={compact}
      >
        <BakedPanels slug={model.slug} locale={locale} panels={bakedLayout(model, compact)} />
      </ChartCanvas>
      <ChartLegend entries={model.legend} idPrefix={`legend-${model.slug}`} label={t('legend')} />
      <p
        className={quietDescription ? 'chart-description visually-hidden' : 'chart-description'}
        id={descriptionId}
      >
        <span className="chart-meta-label">{t('inWords')} </span>
        {model.description}
      </p>
      {collapseNotes && (model.corrections.length > 0 || model.notes.length > 0) ? (
        <details className="chart-notes-more">
          <summary>{notesSummary(model, locale)}</summary>
          <ChartNotes model={model} locale={locale} />
        </details>
      ) : (
        <ChartNotes model={model} locale={locale} />
      )}
      <p className="chart-sources">
        <span className="chart-meta-label">{t('sources', { count: model.sources.length })} </span>
        {model.sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 && '; '}
            <a href={source.href}>{source.line}</a>
          </span>
        ))}
        {linkTitle && (
          <>
            {' · '}
            <a href={chartHref(model.slug, locale)}>{t('dataLinks')}</a>
          </>
        )}
      </p>
    </figure>
  );
}

/** Corrections to the chart or its figures, then notes on qualifiers and derivations. */
function ChartNotes({ model, locale }: { model: ChartModel; locale: Locale }) {
  const t = translator(locale, 'ChartFigure');
  return (
    <>
      {model.corrections.length > 0 && (
        <div className="chart-notes chart-corrections">
          <p className="chart-meta-label">{t('corrections')}</p>
          <ul>
            {model.corrections.map((correction) => (
              <li key={correction.text}>{correction.text}</li>
            ))}
          </ul>
        </div>
      )}
      {model.notes.length > 0 && (
        <div className="chart-notes">
          <p className="chart-meta-label">{t('notes')}</p>
          <ul>
            {model.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
