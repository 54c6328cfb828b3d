// article-viewer's optional host script for iframe embeds. Load it on the page that embeds the
// viewer; it sizes each <iframe data-article-viewer> to the content height its page reports, so
// the frame needs no scroll bar of its own.
//
// It accepts a message only when it comes from one of those frames (and, for a frame loaded over
// http or https, from that frame's origin), and only when it is exactly
// { type: "article-viewer:height", height: <a number of CSS pixels, 100 to 100000> }.
// Over file:// (or in a sandbox without allow-same-origin) the browser gives no origin to check:
// there the message must still come from the frame's own window, which only the page the host
// put in it can reach. The bounds hold either way: no message can hide a frame (the viewer is
// never shorter than its header, 100 px) or make it taller than a 10,000-event article's reader.
// It defines no global names and touches nothing on the page but those frames' heights.
(function () {
  "use strict";
  var TYPE = "article-viewer:height";
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 100000;

  function frameOf(source) {
    var frames = document.querySelectorAll("iframe[data-article-viewer]");
    for (var i = 0; i < frames.length; i++) {
      if (source && frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  // The origin the frame's messages must come from, or null where the browser gives none to
  // check ("null": a page opened from disk, or a frame sandboxed without allow-same-origin).
  function originOf(frame) {
    var sandbox = frame.getAttribute("sandbox");
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return "null";
    try {
      var url = new URL(frame.getAttribute("src") || "", document.baseURI);
      return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
    } catch (_error) {
      return "null";
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== TYPE) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var origin = originOf(frame);
    if (origin !== null && event.origin !== origin) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    frame.style.height = Math.ceil(height) + "px";
  });
})();
