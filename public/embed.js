/* bd-ru-briefing: sizes our chart iframes to their content. Trusts only messages from
   this script's own origin, and only for the iframe whose window sent them. */
(function () {
  var origin = new URL(document.currentScript.src).origin;
  var frames = document.getElementsByTagName('iframe');
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'bd-ru-briefing:resize') return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(Number(data.height) || 0, 150), 4000) + 'px';
      }
    }
  });
  // Embeds that loaded before this script: ask them for their height again.
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: 'bd-ru-briefing:request-height' }, origin);
    }
  }
})();
