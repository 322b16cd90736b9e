/* Value Governance Explorer: the script a course page includes once, next
 * to one or more <iframe data-value-governance src=".../?embed=1">.
 *
 * - Sets each such iframe's height to the widget's content height, from the
 *   {"type":"vge:height","version":1,"height":N} messages it posts.
 * - Hides the link that ends the code (<p data-value-governance-link>) once
 *   a frame of the same app reports its height, that is once the widget
 *   works: the link is there for a platform that removed the frame and
 *   this script (Moodle's "Content cleaning everywhere").
 * - Re-dispatches the widget's {"type":"vge:progress",...} and
 *   {"type":"vge:quiz",...} messages as "vge:progress" and "vge:quiz" DOM
 *   events on its iframe (event.detail = the message), so a page can listen
 *   with iframe.addEventListener("vge:progress", ...).
 *
 * It reads messages only from the windows of those iframes, handles no keys,
 * and changes nothing else on the page. Without it, the iframes still work
 * (they scroll). Plain JavaScript, no dependencies.
 */
(function () {
  'use strict';
  if (window.valueGovernanceEmbed) return;
  window.valueGovernanceEmbed = { version: 1 };

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-value-governance]');
    for (var i = 0; i < frames.length; i += 1) {
      if (source && frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  // The folder an address is in: `https://host/app/` for `.../app/embed.html#…`.
  function folderOf(url) {
    var link = document.createElement('a');
    link.href = url;
    return link.protocol + '//' + link.host + link.pathname.replace(/[^\/]*$/, '');
  }

  function hideLinks(frame) {
    var folder = folderOf(frame.src);
    var links = document.querySelectorAll('[data-value-governance-link]');
    for (var i = 0; i < links.length; i += 1) {
      var anchor = links[i].tagName === 'A' ? links[i] : links[i].querySelector('a[href]');
      if (anchor && folderOf(anchor.href) === folder) links[i].style.display = 'none';
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.version !== 1) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === 'vge:height') {
      var height = Number(data.height);
      if (isFinite(height) && height > 0 && height < 100000) {
        frame.style.height = Math.ceil(height) + 'px';
        hideLinks(frame);
      }
    } else if (data.type === 'vge:progress' || data.type === 'vge:quiz') {
      var detail;
      try {
        detail = JSON.parse(JSON.stringify(data));
      } catch (error) {
        return;
      }
      frame.dispatchEvent(new CustomEvent(data.type, { detail: detail }));
    }
  });
})();
