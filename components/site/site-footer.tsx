import { formatCount, nouns } from '@/lib/format/count';

/**
 * What the site says of itself: each sentence must stay true of every figure
 * on it (docs/data.md, "Editorial rules").
 */
export function SiteFooter({ sourceCount, hasFeed }: { sourceCount: number; hasFeed: boolean }) {
  return (
    <footer className="site-footer">
      <p>
        Every printed figure here comes from one of the {formatCount(sourceCount, nouns.article)}{' '}
        this briefing is built from, with its verbatim quote, qualifier and source: see{' '}
        <a href="/claims">all claims</a> and <a href="/sources">the sources</a>. Figures the
        briefing calculates are marked as such, with their formula and inputs. A year in square
        brackets is not printed beside its date but read from the article’s context.
      </p>
      <p>
        <a href="/corrections">Corrections</a>
        {hasFeed && (
          <>
            {' · '}
            <a href="/feed.xml">Feed of new events and corrections (Atom)</a>
          </>
        )}{' '}
        · <a href="/data/datapackage.json">All the data</a>
      </p>
    </footer>
  );
}
