import type { ChartModel } from '@/lib/charts/types';
import { embedIframe, embedUrl, hostScriptTag } from '@/lib/embed/embed-code';
import { CopyText } from '@/components/site/copy-text';

/** The Embed section: the iframe code, the optional resize script, and what an embed does. */
export function ChartEmbed({ model }: { model: ChartModel }) {
  return (
    <>
      <p>
        Paste this into your article. The chart arrives as one small HTML file with no framework,
        shows without JavaScript, and links back to its sources.{' '}
        <a href={`/embed/${model.slug}`}>Preview the embed</a>.
      </p>
      <CopyText text={embedIframe(model)} label="Copy embed code" code />
      <h3>Exact height (optional)</h3>
      <p>
        The embed posts its height to your page whenever it changes. Add this script once per page
        and it resizes every embed of ours to fit; it accepts messages only from our embeds.
      </p>
      <CopyText text={hostScriptTag()} label="Copy script" code />
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
          window from <code>{new URL(embedUrl(model.slug)).origin}</code>.
        </li>
      </ul>
    </>
  );
}
