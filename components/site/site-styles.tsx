'use client';

import { useState } from 'react';

const SITE_CSS_ID = 'site-css';

/**
 * The site's style inline in every page's head (lib/site-css.ts), as `npm run
 * briefing` wrote it: a page paints without waiting for a style sheet. Read
 * only on the server, so the style is in the HTML once and not repeated in
 * the page's React payload; in the browser, the style the server sent.
 */
export function SiteStyles() {
  const [css] = useState(() =>
    typeof window === 'undefined'
      ? process
          .getBuiltinModule('node:fs')
          .readFileSync(`${process.cwd()}/generated/site.css`, 'utf8')
      : (document.getElementById(SITE_CSS_ID)?.textContent ?? ''),
  );
  return <style id={SITE_CSS_ID} dangerouslySetInnerHTML={{ __html: css }} />;
}
