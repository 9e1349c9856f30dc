import type { ChartModel } from '@/lib/charts/types';
import { embedTarget } from '@/lib/embed/embed-code';
import { siteUrl } from '@/lib/site';
import { EmbedCode, HostScriptCode } from './embed-code';

/** The Embed section: the iframe code, the optional resize script, and what an embed does. */
export function ChartEmbed({ model }: { model: ChartModel }) {
  return (
    <>
      <p>
        Paste this into your article. The chart arrives as a single small HTML file with no
        framework, shows without JavaScript, and links back to its sources.{' '}
        <a href={`/embed/${model.slug}`}>Preview the embed</a>.
      </p>
      <EmbedCode target={embedTarget(model)} siteUrl={siteUrl} />
      <h3>Exact height (optional)</h3>
      <p>
        The embed posts its height to your page whenever it changes. Add this script once per page
        and it resizes every embed of ours to fit; it accepts messages only from our embeds.
      </p>
      <HostScriptCode siteUrl={siteUrl} />
      <h3>Options</h3>
      <ul>
        <li>
          Colour scheme: add <code>?theme=light</code> or <code>?theme=dark</code> to the address;
          by default the embed follows the reader’s system setting.
        </li>
        <li>
          WordPress: paste the chart page’s address on its own line. WordPress finds the embed
          through oEmbed, and sizes it with the height messages its own embeds use.
        </li>
        <li>
          Height messages, for your own code:{' '}
          <code>{`{ type: 'bd-ru-briefing:resize', chart, height }`}</code>, posted to the parent
          window by the embed.
        </li>
      </ul>
    </>
  );
}
