import type { PageLink } from '@/lib/pagination';
import type { Source } from '@/lib/data/schema';
import { SourceDetails } from './source-details';

interface SourceListingProps {
  sources: { source: Source; href: string; contributes: string }[];
  pages: PageLink[];
}

/** A page of the sources list: each article's record, what it gives, and a link to all of it. */
export function SourceListing({ sources, pages }: SourceListingProps) {
  return (
    <>
      {sources.map(({ source, href, contributes }) => (
        <section
          key={source.id}
          id={`source-${source.id}`}
          className="source-block"
          aria-labelledby={`h-${source.id}`}
        >
          <SourceDetails source={source} heading="h2" headingId={`h-${source.id}`} />
          <p>
            {contributes} come from this article:{' '}
            <a href={href}>all of them, and what else it says</a>.
          </p>
        </section>
      ))}
      {pages.length > 1 && (
        <nav className="table-pages" aria-label="Pages of sources">
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
