import type { PageLink } from '@/lib/pagination';
import type { Source } from '@/lib/data/schema';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import type { DataWords } from '@/lib/i18n/words';
import { SourceDetails } from './source-details';

interface SourceListingProps {
  sources: { source: Source; href: string; figures: number; events: number }[];
  pages: PageLink[];
  locale: Locale;
  words: DataWords;
}

/** A page of the sources list: each article's record, what it gives, and a link to all of it. */
export function SourceListing({ sources, pages, locale, words }: SourceListingProps) {
  const t = translator(locale, 'Sources');
  return (
    <>
      {sources.map(({ source, href, figures, events }) => (
        <section
          key={source.id}
          id={`source-${source.id}`}
          className="source-block"
          aria-labelledby={`h-${source.id}`}
        >
          <SourceDetails
            source={source}
            heading="h2"
            headingId={`h-${source.id}`}
            locale={locale}
            words={words}
          />
          <p>
            {t.rich('contributes', {
              figures,
              events,
              link: (chunks) => <a href={href}>{chunks}</a>,
            })}
          </p>
        </section>
      ))}
      {pages.length > 1 && (
        <nav className="table-pages" aria-label={t('pages')}>
          <ul>
            {pages.map((page) => (
              <li key={page.href}>
                {page.current ? (
                  <span aria-current="page">{page.label}</span>
                ) : (
                  <a href={page.href}>{page.label}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
