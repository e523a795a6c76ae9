// The KAUSA chat on any website: <script src="https://BOT-HOST/widget.js" async></script>
// adds a chat button; it opens the bot's own /chat page in an iframe, so the host
// page's styles cannot reach the chat. Nothing is stored and nothing else is loaded.
(function () {
  "use strict";
  if (window.__kausaChat) return;
  window.__kausaChat = true;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : "/", window.location.href).origin;
  var labels = {{ labels | tojson }};
  var lang = (document.documentElement.lang || navigator.language || "de").slice(0, 2);
  var text = labels[lang] || labels["de"];

  // The button lives in a shadow root of its own: the host site's rules ("button { color:
  // red !important }") cannot select it there, and an inline "all: initial" lost to any
  // !important. Its looks are inline styles (CSSOM, allowed by a host's strict style-src,
  // which would refuse a <style> element); "all: initial" drops what it would inherit
  // from the host element. "all" leaves "direction" alone: right to left stays.
  var button = document.createElement("button");
  button.type = "button";
  button.textContent = "\ud83d\udcac " + text.open;
  button.setAttribute("aria-expanded", "false");
  var look = {
    all: "initial", position: "fixed", insetInlineEnd: "16px", bottom: "16px",
    zIndex: "2147483000", font: "600 16px/1.2 system-ui, sans-serif", cursor: "pointer",
    padding: "12px 18px", minHeight: "48px", boxSizing: "border-box", borderRadius: "24px",
    background: "#0b5394", color: "#ffffff", boxShadow: "0 4px 16px rgba(0,0,0,.3)"
  };
  Object.assign(button.style, look);
  // Only the holder of the shadow root is left for the host's rules: an element name no
  // site writes rules for, with no box of its own ("all: initial": inline, its one child
  // fixed). Open: the host page's own script may still find the button.
  var holder = document.createElement("kausa-chat");
  holder.style.all = "initial";
  var place = holder.attachShadow ? holder.attachShadow({ mode: "open" }) : holder;
  place.appendChild(button);
  // A ring while it has the keyboard's focus: "all: initial" took the browser's away, and
  // in the shadow root the host site cannot draw one either.
  button.addEventListener("focus", function () {
    if (button.matches(":focus-visible")) {
      Object.assign(button.style, { outline: "3px solid #ffbf47", outlineOffset: "2px" });
    }
  });
  button.addEventListener("blur", function () { button.style.outline = "none"; });

  // Where the news is said to a screen reader: the button's new text alone was not
  // announced. A polite live region, present (and empty) before it speaks, seen by no one.
  var status = document.createElement("span");
  // How long the region stays empty before the news is set again: long enough for a
  // screen reader to see a change.
  var ANNOUNCE_MS = 150;
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  Object.assign(status.style, {
    all: "initial", position: "fixed", width: "1px", height: "1px", overflow: "hidden",
    clipPath: "inset(50%)", whiteSpace: "nowrap"
  });
  place.appendChild(status);

  var frame = null;
  var box = null;
  function toggle() {
    var open = button.getAttribute("aria-expanded") !== "true";
    if (open && !frame) {
      frame = document.createElement("iframe");
      // The chat greets in the page's language (one of ours), not the browser's.
      frame.src = origin + "/chat" + (labels[lang] ? "?lang=" + lang : "");
      frame.title = text.title;
      Object.assign(frame.style, {
        display: "block", width: "100%", height: "100%", border: "0", background: "#ffffff"
      });
      // The chat's window: a box that keeps a scroll to itself ("overscroll-behavior"). A
      // swipe in the chat with nothing left to scroll there went on to the page behind it,
      // and the website moved under the open chat.
      box = document.createElement("div");
      Object.assign(box.style, {
        all: "initial", position: "fixed", insetInlineEnd: "16px", bottom: "76px",
        zIndex: "2147483000", boxSizing: "border-box",
        width: "min(400px, calc(100vw - 32px))", height: "min(640px, calc(100vh - 100px))",
        overflow: "auto", overscrollBehavior: "contain",
        border: "1px solid #4a4a4a", borderRadius: "12px", background: "#ffffff",
        boxShadow: "0 8px 32px rgba(0,0,0,.3)"
      });
      // The visible height ("dvh"): on a phone whose address bar shows, 100vh is the height
      // without the bar, and the chat's header and menu sat above the visible area. A
      // browser that does not know "dvh" refuses the value and keeps the "vh" above.
      box.style.height = "min(640px, calc(100dvh - 100px))";
      box.appendChild(frame);
      // In the shadow root as well: "iframe { height: 200px !important }" on the host
      // page squeezed the chat into a strip at the top.
      place.appendChild(box);
    }
    box.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "\u2715 " + text.close : "\ud83d\udcac " + text.open;
    // Read: said again only when another answer comes.
    if (open) status.textContent = "";
    if (open) frame.focus();
  }
  button.addEventListener("click", toggle);
  // An answer came in the chat while its window was closed: the button says so, until
  // it is opened. From the chat's own origin only.
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (!event.data || event.data.kausaChat !== "news") return;
    if (button.getAttribute("aria-expanded") !== "true") {
      button.textContent = "\ud83d\udd14 " + text.news;
      // The label's words only: what the advisor wrote stays in the chat's frame. Emptied
      // first and filled a moment later: the same words set again are not said again, and
      // a second answer to the closed chat went unannounced.
      status.textContent = "";
      setTimeout(function () { status.textContent = text.news; }, ANNOUNCE_MS);
    }
  });
  function add() { document.body.appendChild(holder); }
  if (document.body) add(); else document.addEventListener("DOMContentLoaded", add);
})();
