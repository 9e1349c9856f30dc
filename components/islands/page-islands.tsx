'use client';

import { useEffect } from 'react';
import { EARLY_CLICKS } from '@/lib/http/deferred-scripts.js';
import { enhanceCharts } from './charts';
import { enhanceCopyButtons, enhanceEmbedCodes } from './copy';
import { enhanceTables } from './tables';
import { enhanceTabs } from './tabs';

/**
 * What makes the baked pages interactive: the page's HTML is drawn at build
 * time (components/site/baked-page.tsx) and nothing of it is hydrated; these
 * attach to it once the page has loaded. The charts and tables load their
 * live code only when a reader reaches for them.
 */
export function PageIslands() {
  useEffect(() => {
    enhanceTabs(document);
    enhanceCopyButtons(document);
    enhanceEmbedCodes(document);
    enhanceCharts(document);
    enhanceTables(document);
    // For whoever needs to know that the page now answers a reader (the end-to-end tests).
    document.documentElement.dataset.islands = 'ready';
    // Buttons clicked before the page's scripts arrived (lib/http/deferred-scripts.js): now
    // that they answer, click them again, in order.
    const takeEarlyClicks = (
      window as unknown as Record<string, (() => HTMLElement[]) | undefined>
    )[EARLY_CLICKS];
    for (const button of takeEarlyClicks?.() ?? []) if (button.isConnected) button.click();
  }, []);
  return null;
}
