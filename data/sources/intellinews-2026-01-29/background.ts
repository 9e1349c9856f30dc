import type { BackgroundInput } from '@/lib/data/schema';

/**
 * Every passage of the analysis that is neither a figure nor an event, with the
 * reason it is not an event. With the claims and events, every word of the
 * article is accounted for: the coverage check fails on any stretch that
 * nothing in data/ records (docs/data.md, "Events and background").
 */

const HEADING = 'A section heading of the article: it names a topic and reports nothing.';
const SITE_CHROME = 'The publisher’s website around the article: links, menus and offers.';

export default [
  {
    id: 'intellinews-site-header',
    kind: 'page',
    quote: 'Log In Try PRO AD',
    why: SITE_CHROME,
  },
  {
    id: 'heading-awami-league',
    kind: 'page',
    quote: 'Russo–Bangladeshi relations under the Awami League',
    why: HEADING,
  },
  {
    id: 'heading-trajectory',
    kind: 'page',
    quote: 'Trajectory of bilateral ties after the ‘July Uprising’',
    why: HEADING,
  },
  {
    id: 'heading-labour-migration',
    kind: 'page',
    quote: 'New areas of cooperation: labour migration',
    why: HEADING,
  },
  {
    id: 'heading-controversial-issues',
    kind: 'page',
    quote: 'Controversial issues: fighters, the India factor, and defence cooperation',
    why: HEADING,
  },
  {
    id: 'heading-conclusion',
    kind: 'page',
    quote: 'Conclusion',
    why: HEADING,
  },
  {
    id: 'disconnected-incidents-pattern',
    kind: 'argument',
    quote: 'These seemingly disconnected incidents demonstrate an important pattern: that',
    why: 'The analysis’s reading of the January events, which are recorded.',
  },
  {
    id: 'partnership-largely-continued',
    kind: 'argument',
    quote:
      'the partnership between Bangladesh and Russia has largely continued after the change of government in Bangladesh on August 5, 2024.',
    why: 'The analysis’s thesis. The briefing’s home page quotes it as the author’s argument.',
  },
  {
    id: 'bangladesh-us-relations-deteriorated',
    kind: 'context',
    quote:
      'Growing Russo–Bangladeshi relations, along with several other factors, had contributed to the deterioration in relations between Bangladesh and the United States.',
    why: 'A trend over years, with no act or date of its own.',
  },
  {
    id: 'partnership-not-an-alliance',
    kind: 'argument',
    quote:
      'However, it should be noted that the partnership between Dhaka and Moscow, while being extensive, did not amount to an alliance',
    why: 'The analysis’s assessment; the illustrations that follow are recorded as events.',
  },
  {
    id: 'russia-retained-ground',
    kind: 'argument',
    quote: 'This allowed Russia to retain much of its ground in Bangladesh.',
    why: 'The analysis’s assessment of the continuity it describes.',
  },
  {
    id: 'russian-approach-evolved',
    kind: 'argument',
    quote:
      'Meanwhile, since August 2024, Russia’s approach to Bangladesh’s internal politics has evolved to a certain extent.',
    why: 'The analysis’s summary of the events recorded after it.',
  },
  {
    id: 'labour-migration-opened-up',
    kind: 'argument',
    quote:
      'Also, new avenues of cooperation between Russia and Bangladesh have opened up during this period, particularly in the sphere of labour migration, although this has more to do with Russia’s internal situation rather than the state of its relations with Bangladesh.',
    why: 'The analysis’s assessment of a trend; the permits and recruitment it rests on are recorded.',
  },
  {
    id: 'russian-views-of-central-asian-immigrants',
    kind: 'context',
    quote:
      'However, parts of the Russian population have long viewed Central Asian immigrants negatively, and',
    why: 'A long-standing attitude, not an event.',
  },
  {
    id: 'bangladesh-needs-new-destinations',
    kind: 'argument',
    quote:
      'As these states increasingly seek to indigenise the workforce though, Bangladesh requires new destinations for its surplus manpower, and the opening up of the Russian labour market is an important development for Bangladesh.',
    why: 'A trend in the Gulf states and the analysis’s conclusion from it.',
  },
  {
    id: 'labour-migration-needs-regulation',
    kind: 'argument',
    quote:
      'demonstrate that Dhaka and Moscow need to properly and rigorously regulate the process of labour migration from Bangladesh to Russia.',
    why: 'The analysis’s recommendation; the incidents it rests on are recorded.',
  },
  {
    id: 'interim-government-nonchalant',
    kind: 'argument',
    quote:
      'However, the approach of the interim government of Bangladesh towards this issue has been surprisingly nonchalant.',
    why: 'The analysis’s judgement; what Dhaka did and did not do is recorded with the recruitment.',
  },
  {
    id: 'russia-interests-in-south-asia',
    kind: 'argument',
    quote:
      'Previously, Russia had generally refrained from commenting on Indo–Bangladeshi relations, but the escalation of bilateral tensions between the two states is contrary to Moscow’s economic and strategic interests in South Asia, since it seeks to maintain and expand its ties with both Dhaka and New Delhi.',
    why: 'A past pattern and the analysis’s reading of Moscow’s interests.',
  },
  {
    id: 'russia-as-possible-mediator',
    kind: 'argument',
    quote:
      'While his comments did not have any immediate effect, it has generated the possibility of Russia acting as a mediator between Bangladesh and India if things go south.',
    why: 'A possibility the analysis sees, not something that happened.',
  },
  {
    id: 'defence-ties-dwindled',
    kind: 'context',
    quote:
      'However, during the tenure of the interim government, Russo–Bangladeshi collaboration on defence ties has dwindled. Russian arms exports have plummeted due to heavy attrition on the Ukrainian Front, and fear of Western sanctions has further curbed enthusiasm for the import of Russian weaponry.',
    why: 'Trends with no act or date of their own; the stalled helicopter purchase is recorded.',
  },
  {
    id: 'conclusion',
    kind: 'argument',
    quote:
      'In brief, despite expectations to the contrary, the trajectory of Russo–Bangladeshi relations in the aftermath of the July Uprising has not changed much. Despite some reservations, both Dhaka and Moscow have pragmatically engaged with each other to continue cooperation in most sectors, including trade, energy, agriculture, and labour migration. The current dynamics of Russo–Bangladeshi relations further substantiate the view that pragmatism, and not ideological or party-specific considerations, would dictate the emerging multipolar world order.',
    why: 'The analysis’s conclusion.',
  },
  {
    id: 'author-biography',
    kind: 'page',
    quote:
      '[Md. Himel Rahman is currently serving as Lecturer, Department of International Relations, Gopalganj Science and Technology University. His articles have been published on several platforms, including The Diplomat, The Interpreter, Asia Times, South Asian Voices, The Nation, The Daily Star, Dhaka Tribune, and New Age.]',
    why: 'The note on the author under the article.',
  },
  {
    id: 'intellinews-site-footer',
    kind: 'page',
    quote:
      'Unlock premium news, Start your free trial today. Already have a PRO account? Most Read About Us Contact Us Advertising Cookie Policy Privacy Policy',
    why: SITE_CHROME,
  },
] satisfies BackgroundInput[];
