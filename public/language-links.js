// Points each language link at this page in that language, query and fragment kept: one
// prerendered header serves every page, so the server links each language's home.
(() => {
  const apply = () => {
    for (const nav of document.querySelectorAll('[data-language-links]')) {
      const links = [...nav.querySelectorAll('a[data-prefix]')];
      const current = links.find((a) => a.hasAttribute('aria-current'))?.dataset.prefix ?? '';
      let rest = location.pathname;
      if (current && (rest === current || rest.startsWith(`${current}/`))) {
        rest = rest.slice(current.length) || '/';
      }
      for (const a of links) {
        const prefix = a.dataset.prefix;
        const path = prefix ? (rest === '/' ? prefix : prefix + rest) : rest;
        a.href = path + location.search + location.hash;
      }
    }
  };
  apply();
  // The tables and tabs change the query string without loading a page.
  addEventListener('popstate', apply);
  addEventListener('bd-ru:search-change', apply);
  document.addEventListener('click', () => setTimeout(apply), true);
})();
