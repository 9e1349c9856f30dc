import { localePath } from '@/lib/i18n/paths';

/**
 * The posts the test WordPress publishes (playwright.config.ts passes them to
 * serve-wordpress.sh): for each server, a short chart and the tallest one, each
 * pasted as its page's address and as its embed's, in English; and in Bangla
 * and Russian, as a Bangla or Russian newsroom would paste them.
 */
export const WORDPRESS_POSTS = [
  { slug: 'recruits', form: 'chart page', locale: 'en' },
  { slug: 'recruits', form: 'embed', locale: 'en' },
  { slug: 'timeline', form: 'chart page', locale: 'en' },
  { slug: 'timeline', form: 'embed', locale: 'en' },
  { slug: 'recruits', form: 'chart page', locale: 'bn' },
  { slug: 'timeline', form: 'embed', locale: 'bn' },
  { slug: 'timeline', form: 'chart page', locale: 'ru' },
  { slug: 'recruits', form: 'embed', locale: 'ru' },
] as const;

export type WordpressPost = (typeof WORDPRESS_POSTS)[number];

export const wordpressPost = (server: string, post: WordpressPost) =>
  `${server}-${post.locale}-${post.form === 'embed' ? 'embed' : 'chart'}-${post.slug}`;

export const wordpressAddress = (origin: string, post: WordpressPost) =>
  `${origin}${localePath(`/${post.form === 'embed' ? 'embed' : 'charts'}/${post.slug}`, post.locale)}`;

/** serve-wordpress.sh's arguments: NAME=ADDRESS per post and server. */
export const wordpressPostArguments = (servers: Record<string, string>) =>
  Object.entries(servers).flatMap(([server, origin]) =>
    WORDPRESS_POSTS.map(
      (post) => `${wordpressPost(server, post)}=${wordpressAddress(origin, post)}`,
    ),
  );
