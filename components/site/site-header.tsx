import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';

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
      </div>
    </header>
  );
}
