import bnBriefing from '@/data/translations/bn';
import { scaleWord, scaleWords } from '@/lib/format/scale-words';
import ruBriefing from '@/data/translations/ru';
import { writeSourceFolder } from '@/lib/data/write-data-dir';

/**
 * Synthetic, clearly FICTIONAL source folders for the scale bench: each an
 * article whose every word is a claim, an event or its title, so the full
 * check runs on them as on real articles. Values mostly repeat a period's
 * usual figure and sometimes differ, as several outlets reporting the same
 * story would. Deterministic: the same count gives the same folders.
 */

const adjectives =
  'amber azure brisk cedar coral dusky ember fallow gilded hazel indigo jade kestrel lilac maple nimble ochre pewter quartz russet saffron sable teal umber velvet willow xanthic yarrow zinc ashen birch copper dune flint garnet heron iris juniper'.split(
    ' ',
  );
const nouns =
  'falcon harbour meadow lantern orchard quarry river summit thicket valley beacon canyon delta estuary fjord glacier hollow island jetty knoll lagoon marsh nook oasis prairie reef shoal tundra upland vale wharf'.split(
    ' ',
  );
const bodies = 'Council Board Forum Guild League Society Trust Union'.split(' ');
const months =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const glossaries = { bn: bnBriefing.glossary, ru: ruBriefing.glossary };

/**
 * A FICTIONAL article's "translation", enough for the translation check: the
 * English marked with the language's code, its numbers as the site's tokens
 * and the names the real glossary spells in that language's spelling.
 */
function fictionalTranslation(locale: keyof typeof glossaries, english: string): string {
  let text = english.replace(/\d[\d,]*(?:\.\d+)?/g, (n) => `{n:${n.replace(/,/g, '')}}`);
  // "$32bn" keeps its scale, in the language's word ("{n:32} млрд"), as the check requires.
  for (const { divisor, words } of scaleWords.en) {
    text = text.replace(
      new RegExp(`(\\{n:[^}]+\\})\\s?(?:${words.join('|')})(?![\\p{L}])`, 'gu'),
      `$1 ${scaleWord(locale, divisor)}`,
    );
  }
  for (const [name, [spelling]] of Object.entries(glossaries[locale])) {
    text = text.replace(
      new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
      spelling ?? name,
    );
  }
  return `[${locale}] ${text}`;
}

const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const grouped = (value: number) => value.toLocaleString('en-GB');

/** The folders of `count` synthetic articles, written under `directory`. */
export function writeSyntheticSources(directory: string, count: number) {
  const next = random(20_261_124);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  for (let index = 0; index < count; index += 1) {
    const id = `synthetic-${String(index + 1).padStart(5, '0')}`;
    // Published in the first ten months of 2026, before this bench's data was written.
    const month = 1 + Math.floor(next() * 10);
    const published = `2026-${String(month).padStart(2, '0')}-15`;
    const heading = `FICTIONAL SCALE TEST ARTICLE ${title(pick(adjectives))} ${title(pick(nouns))}`;
    const lines: string[] = [heading];
    const claims: unknown[] = [];
    const events: unknown[] = [];

    // Figures: permit counts for recent years (the usual value, or now and then another),
    // a killed count as of the article, and a record remittance figure.
    for (let figure = 0; figure < 5; figure += 1) {
      const year = 2019 + Math.floor(next() * 7);
      const value =
        next() < 0.85 ? 1000 + (year - 2019) * 300 : 1000 + Math.floor(next() * 3) * 111;
      const sentence = `Russia issued ${grouped(value)} work permits to Bangladeshi citizens in ${year}, synthetic report ${figure + 1} says.`;
      lines.push(sentence);
      claims.push({
        id: `${id}-permits-${figure + 1}`,
        measure: 'work-permits',
        qualifier: 'stated',
        value,
        asPrinted: grouped(value),
        when: { precision: 'year', date: String(year), asPrinted: `in ${year}` },
        quote: sentence,
      });
    }
    const killed = next() < 0.8 ? 30 : 30 + Math.floor(next() * 3) * 5;
    const killedSentence = `About ${killed} recruits have been killed so far, the synthetic desk says.`;
    lines.push(killedSentence);
    claims.push({
      id: `${id}-killed`,
      measure: 'bangladeshi-recruits-killed',
      qualifier: 'approximately',
      value: killed,
      asPrinted: `About ${killed}`,
      when: { precision: 'none', date: null, asPrinted: 'so far' },
      quote: killedSentence,
    });
    const remittanceSentence =
      'Bangladesh received a record $32bn in remittances in 2025, the synthetic desk adds.';
    lines.push(remittanceSentence);
    claims.push({
      id: `${id}-remittances`,
      measure: 'remittances',
      qualifier: 'record',
      value: 32e9,
      asPrinted: 'a record $32bn',
      when: { precision: 'year', date: '2025', asPrinted: 'in 2025' },
      quote: remittanceSentence,
    });

    // Events: named bodies meeting on days before the article (unique names, so no two
    // folders describe one event).
    for (let event = 0; event < 12; event += 1) {
      const body = `${title(pick(adjectives))} ${title(pick(nouns))} ${pick(bodies)} of ${id.slice(-5).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}${'abcdefghijkl'[event]}`;
      const day = 1 + Math.floor(next() * 14);
      const eventMonth = 1 + Math.floor(next() * Math.max(1, month - 1));
      const printed = `On ${months[eventMonth - 1]} ${day} 2026`;
      const sentence = `${printed}, the ${body} met a fictional delegation.`;
      lines.push(sentence);
      events.push({
        id: `${id}-event-${event + 1}`,
        when: {
          precision: 'day',
          date: `2026-${String(eventMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          asPrinted: printed,
        },
        title: `FICTIONAL: the ${body} meets a delegation`,
        summary: 'A synthetic event for the scale bench.',
        topic: pick(['diplomacy', 'economy', 'energy', 'labour-migration', 'defence'] as const),
        actors: [body],
        quotes: [sentence],
      });
    }

    const translations = Object.fromEntries(
      (['bn', 'ru'] as const).map((locale) => {
        const t = (english: string) => fictionalTranslation(locale, english);
        const claimsOf = claims as { id: string; quote: string }[];
        const eventsOf = events as {
          id: string;
          title: string;
          summary: string;
          quotes: string[];
        }[];
        return [
          locale,
          {
            source: { title: t(heading) },
            claims: Object.fromEntries(claimsOf.map((c) => [c.id, { quote: t(c.quote) }])),
            events: Object.fromEntries(
              eventsOf.map((e) => [
                e.id,
                { title: t(e.title), summary: t(e.summary), quotes: e.quotes.map(t) },
              ]),
            ),
            glossary: Object.fromEntries(
              (events as { actors: string[] }[]).flatMap((e) => e.actors.map((a) => [a, [a]])),
            ),
          },
        ];
      }),
    );
    writeSourceFolder(directory, {
      id,
      source: {
        title: heading,
        publisher: null,
        publisherEvidence: null,
        author: null,
        authorKind: null,
        publishedOn: published,
        publishedAsPrinted: published,
        url: null,
        addedOn: '2026-11-24',
      },
      text: `${lines.join('\n')}\n`,
      claims,
      events,
      background: [],
      translations,
    });
  }
}
