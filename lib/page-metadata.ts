import type { Metadata } from 'next';
import type { PreviewImage } from './charts/preview-image';
import { absoluteUrl, siteName } from './site';

interface PageMetadataInput {
  path: string;
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
 * A page's metadata. Canonical links, Open Graph and oEmbed discovery need
 * absolute addresses, and Next would resolve relative ones against
 * "localhost:3000": without SITE_URL they are left out (lib/site.ts).
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const canonical = absoluteUrl(input.path);
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
      locale: 'en_GB',
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
