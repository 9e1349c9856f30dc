import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every figure here is a claim from one of two articles, with its verbatim quote, qualifier
        and source: see <Link href="/claims">all claims</Link> and{' '}
        <Link href="/sources">the sources</Link>. No figure, date or link is added that the sources
        do not give.
      </p>
    </footer>
  );
}
