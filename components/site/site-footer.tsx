export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every figure here is a claim from one of two articles, with its verbatim quote, qualifier
        and source: see <a href="/claims">all claims</a> and <a href="/sources">the sources</a>. No
        figure, date or link is added that the sources do not give.
      </p>
    </footer>
  );
}
