/**
 * The posts the test WordPress publishes (playwright.config.ts passes them to
 * serve-wordpress.sh): for each server, a short chart and the tallest one, each
 * pasted as its page's address and as its embed's.
 */
export const WORDPRESS_POSTS = [
  { slug: 'recruits', form: 'chart page' },
  { slug: 'recruits', form: 'embed' },
  { slug: 'timeline', form: 'chart page' },
  { slug: 'timeline', form: 'embed' },
] as const;

export type WordpressPost = (typeof WORDPRESS_POSTS)[number];

export const wordpressPost = (server: string, post: WordpressPost) =>
  `${server}-${post.form === 'embed' ? 'embed' : 'chart'}-${post.slug}`;

export const wordpressAddress = (origin: string, post: WordpressPost) =>
  `${origin}/${post.form === 'embed' ? 'embed' : 'charts'}/${post.slug}`;

/** serve-wordpress.sh's arguments: NAME=ADDRESS per post and server. */
export const wordpressPostArguments = (servers: Record<string, string>) =>
  Object.entries(servers).flatMap(([server, origin]) =>
    WORDPRESS_POSTS.map(
      (post) => `${wordpressPost(server, post)}=${wordpressAddress(origin, post)}`,
    ),
  );
