import { describe, expect, it } from 'vitest';
import { claimCitation } from './claim-citation';
import { loadBriefing } from '../model/load';
import { DERIVED_2023_PERMITS } from '@/lib/testing/expected';

const briefing = await loadBriefing();

describe('claimCitation', () => {
  it('cites a printed figure with its quote, qualifier and source', () => {
    expect(claimCitation(briefing, briefing.claim('bangladeshi-recruits-killed'))).toBe(
      'Bangladeshi citizens recruited by the Russian military who have been killed: about 30 (date not given). Quote: “According to available data, more than 100 Bangladeshi citizens have so far been recruited by the Russian military to fight against Ukraine, and approximately 30 have been killed.” (approximately). Source: Md. Himel Rahman, “A pragmatic partnership: documenting Russo–Bangladeshi relations after the ‘July Uprising’”, IntelliNews, 29 January 2026. Via Bangladesh–Russia briefing, /claims/bangladeshi-recruits-killed',
    );
  });

  it('credits a derived figure to the briefing, with its working and its inputs’ sources', () => {
    const citation = claimCitation(briefing, briefing.claim(DERIVED_2023_PERMITS.claimId));
    expect(citation).toContain(
      `Calculated by the Bangladesh–Russia briefing, /claims/work-permits-2023: ${DERIVED_2023_PERMITS.working}.`,
    );
    expect(citation).toContain('Inputs from: Md. Himel Rahman');
    expect(citation).not.toContain('Source:');
  });
});
