// The one script in an embed, inlined in its <head> and allowed by the embed's
// Content-Security-Policy through its SHA-256 hash (lib/security/headers.js).
// Plain JavaScript so that next.config.js can read it too. It:
// 1. applies ?theme=light or ?theme=dark before the first paint (anything else:
//    the reader's system setting, which is also what readers without JavaScript get);
// 2. when framed, posts the document's height to the parent once loaded and on every change
//    (Chromium runs no ResizeObserver in a hidden cross-origin frame, as WordPress's is at first), as
//    {type: 'bd-ru-briefing:resize', chart, height} for our host script (public/embed.js)
//    and, when the URL hash has WordPress's secret (#?secret=…), as
//    {message: 'height', value, secret}, which WordPress's wp-embed.js understands;
// 3. posts it again when asked, by our host script ({type: 'bd-ru-briefing:request-height'})
//    or by WordPress ({message: 'ready', secret}), which may start after the embed; and, even
//    unchanged, once loaded and a second later: a message posted before WordPress's wp-embed.js
//    listens is lost, and its one 'ready' can reach the frame before this document does, which
//    left the embed hidden for good (seen in the WordPress end-to-end test under load);
// 4. with WordPress's secret, sends a plain click on a link as {message: 'link', value, secret}:
//    WordPress's sandbox allows no new tab, so its wp-embed.js opens our links in the top window.
export const EMBED_SCRIPT =
  "(function(){var e=document.documentElement,t=new URLSearchParams(location.search).get('theme');" +
  "if(t==='light'||t==='dark')e.setAttribute('data-theme',t);if(parent===window)return;" +
  'var m=/[#&?]secret=([A-Za-z0-9]{1,64})/.exec(location.hash),s=m&&m[1],l=0;' +
  'function f(){var h=Math.ceil(e.getBoundingClientRect().height);if(h===l)return;l=h;' +
  "parent.postMessage({type:'bd-ru-briefing:resize',chart:e.getAttribute('data-chart'),height:h},'*');" +
  "if(s)parent.postMessage({message:'height',value:h,secret:s},'*')}" +
  "addEventListener('message',function(v){var d=v.data;if(v.source!==parent||!d)return;" +
  "if(d.type==='bd-ru-briefing:request-height'||(s&&d.message==='ready'&&d.secret===s)){l=0;f()}});" +
  "if(s)document.addEventListener('click',function(v){var a=v.target.closest&&v.target.closest('a[href]');" +
  'if(!a||v.button!==0||v.altKey||v.ctrlKey||v.metaKey||v.shiftKey)return;v.preventDefault();' +
  "parent.postMessage({message:'link',value:a.href,secret:s},'*')});" +
  "document.addEventListener('DOMContentLoaded',f);" +
  "addEventListener('load',function(){l=0;f();setTimeout(function(){l=0;f()},1e3)});" +
  'new ResizeObserver(f).observe(e)})();';
