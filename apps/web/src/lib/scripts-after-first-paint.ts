/**
 * Next.js lists a page's script files in its HTML as async scripts. On a fast link they arrive, and
 * run, before the browser has painted anything; on a slow one their 150–200 kB take the bandwidth
 * the text and the stylesheet need. Either way the reader waits for code before seeing the page.
 * The production server therefore serves those tags inert, with this type, which no browser fetches
 * or runs (scripts/scripts-after-first-paint.mjs), and this constant script, in the root layout's
 * <head>, puts each back as a real script once the browser reports its first paint: the page is on
 * screen first, then the scripts load and it becomes interactive. A form sent or a button tapped in
 * between is held and sent once the page is ready (hold-early-action.ts).
 *
 * The scripts start at once when the page is hidden (a background tab paints nothing until shown,
 * as before), when the browser cannot report paints, and at the latest 3 s after this script ran, in
 * case no paint is ever reported. Tags the parser adds later (the bootstrap script at the end of the
 * body, when the page is still streaming) are started as they arrive, until the document is parsed.
 * Under `next dev` nothing is inert, and this script finds nothing to start.
 */
export const AFTER_FIRST_PAINT_SCRIPT_TYPE = 'text/x-after-first-paint';

export const START_SCRIPTS_AFTER_FIRST_PAINT = `(function(d){var started=0;function start(){d.querySelectorAll('script[type="${AFTER_FIRST_PAINT_SCRIPT_TYPE}"]').forEach(function(s){var e=d.createElement('script');e.src=s.getAttribute('src');e.async=true;s.replaceWith(e)})}function go(){if(started)return;started=1;start();if(d.readyState!=='loading')return;var m=new MutationObserver(start);m.observe(d.documentElement,{childList:true,subtree:true});d.addEventListener('DOMContentLoaded',function(){m.disconnect();start()})}var P=window.PerformanceObserver;if(d.visibilityState==='hidden'||!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0){go();return}setTimeout(go,3000);try{new P(function(l,o){o.disconnect();go()}).observe({type:'paint',buffered:true})}catch(_){go()}})(document)`;
