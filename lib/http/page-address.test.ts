import { describe, expect, it } from 'vitest';
import { pageAddress } from './page-address.js';

describe('pageAddress', () => {
  it.each([
    ['index.html', '/'],
    ['charts/recruits.html', '/charts/recruits'],
    // The default language's pages are built under its code and served without it.
    ['en.html', '/'],
    ['en/charts/recruits.html', '/charts/recruits'],
    ['en/claims/page/2.html', '/claims/page/2'],
    // Another language keeps its code.
    ['bn.html', '/bn'],
    ['bn/charts/recruits.html', '/bn/charts/recruits'],
    ['_not-found.html', '/_not-found'],
  ])('%s is served at %s', (file, address) => {
    expect(pageAddress(file)).toBe(address);
  });
});
