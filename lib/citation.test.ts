import { describe, expect, it } from 'vitest';
import { dataset } from '@/data';
import { claimById } from './charts/provenance';
import { claimCitation } from './citation';

describe('claimCitation', () => {
  it('cites a printed figure with its quote, qualifier and source', () => {
    expect(claimCitation(dataset, claimById(dataset, 'bangladeshi-recruits-killed'))).toBe(
      'Bangladeshi recruits of the Russian military killed: about 30 (date not given). Quote: “According to available data, more than 100 Bangladeshi citizens have so far been recruited by the Russian military to fight against Ukraine, and approximately 30 have been killed.” (approximately). Source: Md. Himel Rahman, “A pragmatic partnership: documenting Russo–Bangladeshi relations after the ‘July Uprising’”, IntelliNews, 29 January 2026. Via Bangladesh–Russia briefing, http://localhost:3000/claims/bangladeshi-recruits-killed',
    );
  });

  it('cites a derived figure by its formula', () => {
    expect(claimCitation(dataset, claimById(dataset, 'work-permits-2023'))).toContain(
      'Derived, not printed by a source: 2,777 ÷ (1 + 95.8 ÷ 100).',
    );
  });
});
