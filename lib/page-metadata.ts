import type { Metadata } from 'next';
import type { PreviewImage } from './charts/preview-image';
import { builtLocales, defaultLocale, localeInfo, type Locale } from './i18n/locales';
import { translator } from './i18n/messages';
import { localePath } from './i18n/paths';
import { absoluteUrl } from './site';

interface PageMetadataInput {
  /** The page's address in the default language ("/claims"); each language's is made from it. */
  path: string;
  locale: Locale;
  title: Metadata['title'];
  /** The title for social previews, when `title` is a template object. */
  socialTitle?: string;
  description: string;
  /** A preview image on this site, with its text alternative and size in pixels. */
  image?: PreviewImage;
  /** oEmbed discovery (oembed.com §4): how WordPress and others find a chart's embed. */
  oembed?: { path: string; title: string };
}

/**
 * The page's address in every built language, for `hreflang` alternates
 * (each language's page names all of them, itself included, and English as
 * x-default), or null without SITE_URL.
 */
export function languageAlternates(path: string): Record<string, string> | null {
  if (absoluteUrl(path) === null) return null;
  return Object.fromEntries([
    ...builtLocales.map((locale) => [
      localeInfo[locale].tag,
      absoluteUrl(localePath(path, locale)) as string,
    ]),
    ['x-default', absoluteUrl(localePath(path, defaultLocale)) as string],
  ]);
}

/**
 * A page's metadata. Canonical links, Open Graph and oEmbed discovery need
 * absolute addresses, and Next would resolve relative ones against
 * "localhost:3000": without SITE_URL they are left out (lib/site.ts).
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale } = input;
  const siteName = translator(locale, 'Site')('name');
  const canonical = absoluteUrl(localePath(input.path, locale));
  const languages = builtLocales.length > 1 ? languageAlternates(input.path) : null;
  const image = input.image ? absoluteUrl(input.image.path) : null;
  const oembed = input.oembed ? absoluteUrl(input.oembed.path) : null;
  const socialTitle =
    input.socialTitle ?? (typeof input.title === 'string' ? input.title : siteName);
  return {
    title: input.title,
    description: input.description,
    ...(canonical
      ? {
          alternates: {
            canonical,
            ...(languages ? { languages } : {}),
            ...(oembed && input.oembed
              ? {
                  types: {
                    'application/json+oembed': [{ url: oembed, title: input.oembed.title }],
                  },
                }
              : {}),
          },
        }
      : {}),
    openGraph: {
      siteName,
      type: 'website',
      locale: localeInfo[locale].openGraph,
      alternateLocale: builtLocales
        .filter((other) => other !== locale)
        .map((other) => localeInfo[other].openGraph),
      title: socialTitle,
      description: input.description,
      ...(canonical ? { url: canonical } : {}),
      ...(image && input.image
        ? {
            images: [
              {
                url: image,
                alt: input.image.alt,
                width: input.image.width,
                height: input.image.height,
                type: 'image/png',
              },
            ],
          }
        : {}),
    },
    ...(image ? { twitter: { card: 'summary_large_image', images: [image] } } : {}),
  };
}
