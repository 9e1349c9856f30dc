import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { builtLocales, localeInfo, type Locale } from '@/lib/i18n/locales';

const links = [
  { href: '/', key: 'briefing' },
  { href: '/charts', key: 'charts' },
  { href: '/events', key: 'events' },
  { href: '/claims', key: 'claims' },
  { href: '/sources', key: 'sources' },
] as const;

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale, 'Site');
  const home = localePath('/', locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="site-header-inner">
        <a href={home} className="site-name">
          {t('name')}
        </a>
        <nav aria-label={t('mainNavigation')}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={localePath(link.href, locale)}>{t(`nav.${link.key}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {builtLocales.length > 1 && (
          // Each link names its language in that language; public/language-links.js points it
          // at this page (the server only knows each language's home).
          <nav aria-label={t('languages')} className="language-links" data-language-links>
            <ul>
              {builtLocales.map((other) => (
                <li key={other}>
                  <a
                    href={localePath('/', other)}
                    hrefLang={localeInfo[other].tag}
                    lang={localeInfo[other].tag}
                    data-prefix={other === 'en' ? '' : `/${other}`}
                    aria-current={other === locale ? 'true' : undefined}
                  >
                    {localeInfo[other].name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
