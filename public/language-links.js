// Points each language link at this page in that language, with its view (a table's sort,
// filter and search, a chart's tab): one prerendered header serves every page, so the server
// links each language's home. Only those parameters, with plain values, go along: nothing
// else in the address is repeated into the page.
(() => {
  const VIEW = ['sort', 'dir', 'topic', 'q', 'tab'];
  const PLAIN = /^[\p{L}\p{N} ,.'’-]{1,100}$/u;
  const apply = () => {
    const kept = new URLSearchParams();
    for (const [key, value] of new URLSearchParams(location.search)) {
      if (VIEW.includes(key) && PLAIN.test(value)) kept.append(key, value);
    }
    const query = kept.size ? `?${kept}` : '';
    for (const nav of document.querySelectorAll('[data-language-links]')) {
      const links = [...nav.querySelectorAll('a[data-prefix]')];
      const current = links.find((a) => a.hasAttribute('aria-current'))?.dataset.prefix ?? '';
      let rest = location.pathname;
      if (current && (rest === current || rest.startsWith(`${current}/`))) {
        rest = rest.slice(current.length) || '/';
      }
      for (const a of links) {
        const prefix = a.dataset.prefix;
        a.href = (prefix ? (rest === '/' ? prefix : prefix + rest) : rest) + query;
      }
    }
  };
  apply();
  // The tables and tabs change the query string without loading a page.
  addEventListener('popstate', apply);
  addEventListener('bd-ru:search-change', apply);
})();
