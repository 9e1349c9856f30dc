import { SEARCH_CHANGE, updateSearch } from '@/components/data-table/use-location-search';
import { claim } from './live-root';

/**
 * The chart page's sections as tabs (components/chart-page/section-tabs.tsx draws them, the
 * first open): the open tab follows the URL (?tab=table; an unknown value opens the first),
 * clicks and arrow keys, Home and End, Back and Forward.
 */
export function enhanceTabs(root: ParentNode) {
  for (const container of root.querySelectorAll<HTMLElement>('[data-tabs]')) {
    if (!claim(container, 'tabs')) continue;
    const tabs = [...container.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const ids = tabs.map((tab) => tab.id.replace(/^tab-/, ''));
    const panels = tabs.map((tab) =>
      document.getElementById(tab.getAttribute('aria-controls') ?? ''),
    );

    const show = () => {
      const requested = new URLSearchParams(window.location.search).get('tab');
      const current = requested !== null && ids.includes(requested) ? requested : ids[0];
      tabs.forEach((tab, index) => {
        const open = ids[index] === current;
        tab.setAttribute('aria-selected', String(open));
        tab.tabIndex = open ? 0 : -1;
        const panel = panels[index];
        if (panel) panel.hidden = !open;
      });
    };

    const open = (index: number, focus = false) => {
      updateSearch({ tab: index === 0 ? null : (ids[index] ?? null) }, 'push');
      if (focus) tabs[index]?.focus();
    };

    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => open(index));
      tab.addEventListener('keydown', (event) => {
        const last = tabs.length - 1;
        const next =
          event.key === 'ArrowRight'
            ? index === last
              ? 0
              : index + 1
            : event.key === 'ArrowLeft'
              ? index === 0
                ? last
                : index - 1
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? last
                  : null;
        if (next === null) return;
        event.preventDefault();
        open(next, true);
      });
    });
    window.addEventListener('popstate', show);
    window.addEventListener(SEARCH_CHANGE, show);
    show();
  }
}
