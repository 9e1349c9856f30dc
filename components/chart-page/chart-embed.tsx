import type { ChartModel } from '@/lib/charts/types';
import { embedTarget } from '@/lib/embed/embed-height';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { siteUrl } from '@/lib/site';
import { EmbedCode, HostScriptCode } from './embed-code';

/** The Embed section: the iframe code, the optional resize script, and what an embed does. */
export function ChartEmbed({ model, locale }: { model: ChartModel; locale: Locale }) {
  const t = translator(locale, 'ChartPage');
  const copy = translator(locale, 'Copy');
  const status = { copied: copy('copied'), failed: copy('failed') };
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <>
      <p>
        {t.rich('embedIntro', {
          preview: (chunks) => <a href={localePath(`/embed/${model.slug}`, locale)}>{chunks}</a>,
        })}
      </p>
      <EmbedCode
        target={embedTarget(model, locale)}
        siteUrl={siteUrl}
        label={t('copyEmbed')}
        {...status}
      />
      <h3>{t('heightHeading')}</h3>
      <p>{t('heightIntro')}</p>
      <HostScriptCode siteUrl={siteUrl} label={t('copyScript')} {...status} />
      <h3>{t('optionsHeading')}</h3>
      <ul>
        <li>{t.rich('optionTheme', { code })}</li>
        <li>{t('optionWordPress')}</li>
        <li>
          {t.rich('optionMessages', {
            code,
            message: `{ type: 'bd-ru-briefing:resize', chart, height }`,
          })}
        </li>
      </ul>
    </>
  );
}
