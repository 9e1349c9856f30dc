/**
 * The addresses of the briefing's own pages, in the default language. Plain
 * functions with no imports: client code (the embed code) uses them too.
 */
export const claimHref = (id: string) => `/claims/${id}`;
export const sourceHref = (id: string) => `/sources/${id}`;
export const chartHref = (slug: string) => `/charts/${slug}`;
