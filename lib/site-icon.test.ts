import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteIconHref } from './site-icon';

describe('siteIconHref', () => {
  const [scheme, data] = siteIconHref.split(/,(.*)/s);

  it('is public/icon.svg as an SVG data: address', () => {
    expect(scheme).toBe('data:image/svg+xml');
    const svg = readFileSync('public/icon.svg', 'utf8').trim().replace(/\s+/g, ' ');
    expect(decodeURIComponent(data!)).toBe(svg);
  });

  it('carries no character a URL must escape', () => {
    expect(data).toMatch(/^[\x21-\x7e]+$/);
    expect(data).not.toMatch(/[<>#"{}|\\^`]|%(?![0-9A-F]{2})/);
  });
});
