import { siteName } from '@/lib/site';

const links = [
  { href: '/', label: 'Briefing' },
  { href: '/charts', label: 'Charts' },
  { href: '/events', label: 'Events' },
  { href: '/claims', label: 'Claims' },
  { href: '/sources', label: 'Sources' },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a href="/" className="site-name">
          {siteName}
        </a>
        <nav aria-label="Main">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
