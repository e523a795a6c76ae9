// The web chat's script: the same forms as without JavaScript, sent with fetch and shown
// without reloading. No framework, no build step, nothing from another origin.
"use strict";

(function () {
  // Replaced after /delete: the browser then goes on under a new session (adoptToken).
  let csrf = document.querySelector('meta[name="csrf-token"]').content;
  const log = document.getElementById("log");
  const buttons = document.getElementById("buttons");
  const say = document.getElementById("say");
  // ALTCHA's checkbox is "required": while its check runs the browser would block the
  // form without a word, and Send had to be pressed again. The script checks instead
  // (an empty text is not sent; a pending check is waited for, see proofSettled).
  say.noValidate = true;
  let input = document.getElementById("text");
  // Enter sends from a box of lines only with the script (below): a phone's keyboard
  // says so here, not in the page, where its "send" key began a new line.
  if (input.tagName === "TEXTAREA") input.enterKeyHint = "send";
  const panel = document.getElementById("panel");
  // The question shown, sent with typed words: in a tab left behind (the chat went on in
  // another), they answered whatever the other had reached (the server refuses them).
  const step = say.querySelector('input[name="step"]');
  // In the widget's iframe or in a tab of its own: without the chat's cookie, a new tab
  // helps only in a frame (bot/web/cookieless.py).
  let inFrame = true;
  try { inFrame = window.self !== window.top; } catch (error) { /* a frame, surely */ }
  const framed = "&framed=" + (inFrame ? "1" : "0");

  // The direction of most of the letters of a person's or an advisor's words, as the
  // server counts them (bot/conversation/direction.py): "auto" took the first letter's, and
  // an Arabic sentence that began with "Ausbildung" was laid out left to right. Without
  // letters ("+49 351 7654321") the browser's "auto" keeps it in order.
  const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
  const LETTER = /\p{L}/gu;
  function textDirection(text) {
    const rtl = (text.match(RTL_LETTER) || []).length;
    const ltr = (text.match(LETTER) || []).length - rtl;
    return rtl > ltr ? "rtl" : ltr > rtl ? "ltr" : "auto";
  }

  // Words typed and not sent yet survive a reload (a phone's pull to refresh lost a half
  // written question): kept for this tab only (sessionStorage), under this chat's form
  // token; gone once sent, or with the data deleted (/delete). A browser
  // that keeps no storage here (a blocked third-party frame) throws: nothing is kept.
  let draftKey = "kausa-chat-draft:" + csrf;
  function keepDraft() {
    // The field reads as its words do (textDirection), as they are written.
    input.dir = textDirection(input.value);
    try {
      if (input.value) sessionStorage.setItem(draftKey, input.value);
      else sessionStorage.removeItem(draftKey);
    } catch (error) { /* no storage: the draft lives as long as the page */ }
  }
  // A draft of this tab's session that ended (a restart of the bot without its fixed key, an
  // advisor's erasure) comes into the new one: the reload that the end asked for lost the
  // words. /delete removes the draft with the data, so none is left to come back; but a
  // tab that missed the word of a deletion in another tab (a phone's tab in the background,
  // loaded again when it comes back) still kept it, and brought it into the new session.
  // The server knows the deleted session's token for a while (comeBack): its draft goes.
  async function earlierDraft() {
    for (let i = 0; i < sessionStorage.length; i += 1) {
      const key = sessionStorage.key(i);
      if (key === draftKey || !key.startsWith("kausa-chat-draft:")) continue;
      const draft = sessionStorage.getItem(key);
      sessionStorage.removeItem(key);
      return (await deletedToken(key.slice("kausa-chat-draft:".length))) ? null : draft;
    }
    return null;
  }
  // Was ``token`` the form token of a session whose data were deleted lately?
  async function deletedToken(token) {
    try {
      const lang = encodeURIComponent(document.documentElement.lang);
      const response = await fetch("/chat/api/screen?lang=" + lang + framed, {
        credentials: "same-origin",
        headers: { "X-CSRF-Token": token },
      });
      return Boolean((await response.json()).erased);
    } catch (error) { return false; /* offline: words are not lost for a doubt */ }
  }
  async function restoreDraft() {
    try {
      const draft = sessionStorage.getItem(draftKey) || (input.value ? null : await earlierDraft());
      // Words the server put back (a refusal, a text given back) come first, and words
      // typed while the server was asked.
      if (draft && !input.value) input.value = draft;
      fitField();
      keepDraft();
    } catch (error) { /* no storage */ }
  }
  input.addEventListener("input", keepDraft);
  // "The field is empty" (Enter or Send with nothing typed), until something is typed.
  const hint = document.getElementById("hint");
  function hintEmpty(shown) {
    hint.textContent = "";
    // Written a moment later: the same words again (Enter pressed twice) are read out again.
    if (shown) requestAnimationFrame(() => { hint.textContent = log.dataset.empty; });
  }
  say.addEventListener("input", () => hintEmpty(false));

  // The new session's form token after /delete: nothing written after it is linked to the
  // conversation deleted (the server set a new cookie with it).
  function adoptToken(token) {
    csrf = token;
    draftKey = "kausa-chat-draft:" + csrf;
    document.querySelector('meta[name="csrf-token"]').content = csrf;
    document.querySelectorAll('input[name="csrf"]').forEach((field) => { field.value = csrf; });
  }
  // Deleted in another tab: that tab's answer brings the new cookie, this one asks for the
  // token that goes with it before its next step (its own was refused: "session ended").
  let tokenStale = false;
  async function freshToken() {
    if (!tokenStale) return;
    tokenStale = false;
    try {
      const response = await fetch("/chat/api/screen?" + framed.slice(1), { credentials: "same-origin" });
      const reply = await response.json();
      if (reply.csrf) adoptToken(reply.csrf);
    } catch (error) { tokenStale = true; /* offline: the step says so */ }
  }

  // Long words back in the field (too long to send, a kept draft): a box of several lines,
  // as the page without JavaScript draws them (data-long-words); in the one-line field a
  // phone showed a few words of thousands. Empty again once sent: the field the question
  // wants again. A name, number or address (data-field, the step's autofill) is typed in
  // one line the browser fills in; one's own words in a box that grows with them (the
  // one-line field showed a phone's last 25 characters or so of a long message).
  const longWords = Number(say.dataset.longWords || Infinity);
  let answerField = say.dataset.field || "";
  function kindOf(field) {
    if (field.tagName !== "TEXTAREA") return "line";
    return field.classList.contains("grows") ? "grows" : "long";
  }
  function fitField() {
    const long = input.value.length > longWords;
    const kind = long ? "long" : answerField ? "line" : "grows";
    const now = kindOf(input);
    // Words being written stay in their box (shortened, long words did not jump back).
    if (kind === now || (!long && input.value && now !== "line")) return grow();
    const field = document.createElement(kind === "line" ? "input" : "textarea");
    const kept = [
      "id", "name", "dir", "placeholder", "autocomplete", "required", "aria-describedby",
      "spellcheck", "autocorrect", "autocapitalize",
    ];
    for (const name of kept) {
      if (input.hasAttribute(name)) field.setAttribute(name, input.getAttribute(name));
    }
    if (kind === "line") field.type = "text";
    else {
      field.rows = kind === "long" ? 8 : 1;
      field.enterKeyHint = "send";
      if (kind === "grows") field.className = "grows";
    }
    field.value = input.value;
    field.addEventListener("input", keepDraft);
    field.addEventListener("input", grow);
    const focused = document.activeElement === input;
    input.replaceWith(field);
    input = field;
    grow();
    if (focused) input.focus({ preventScroll: true });
  }
  // A name, number or address (``field``, the step's autofill) is no word to check or
  // correct, as chat.html draws its field; one's own words are checked as the browser does.
  function typingAids(field) {
    if (!field) {
      for (const name of ["spellcheck", "autocorrect", "autocapitalize"]) input.removeAttribute(name);
      return;
    }
    input.setAttribute("spellcheck", "false");
    input.setAttribute("autocorrect", "off");
    input.setAttribute("autocapitalize", field === "name" ? "words" : "none");
  }

  // The growing box's height, where the browser does not size it by its words itself
  // (CSS field-sizing): its lines, up to the stylesheet's max-height.
  const sizesItself = window.CSS && CSS.supports("field-sizing", "content");
  function grow() {
    if (sizesItself || kindOf(input) !== "grows") return;
    input.style.height = "auto";
    input.style.height = input.scrollHeight + input.offsetHeight - input.clientHeight + "px";
  }
  input.addEventListener("input", grow);
  // In a box of lines Enter sends, as in the one-line field; Shift+Enter begins a new
  // line. Not while an input method composes a word (Enter there chooses it; Safari
  // says so by keyCode 229 only, after the composition has ended: a Vietnamese Telex
  // word half written was sent).
  say.addEventListener("keydown", (event) => {
    if (event.target !== input || input.tagName !== "TEXTAREA") return;
    if (event.key !== "Enter" || event.shiftKey) return;
    if (event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    say.requestSubmit();
  });
  let busy = Promise.resolve();
  let pending = 0;
  // The second tap of a double tap landed on the next question's button in the same
  // place and answered it unseen; a tap while another is on its way answered nothing
  // ("an old button"). The buttons take neither (the server's setting: data-double-tap),
  // nor a tap within that time of their showing: on a slow answer the second tap of a
  // double tap came after the first's window, on buttons shown a moment before.
  const doubleTap = Number(buttons.dataset.doubleTap || 0);
  let pressing = false;
  let lastPress = -Infinity;
  let shownAt = -Infinity;

  // A number of several groups, an e-mail address, a link, a bare domain
  // ("kausa-sachsen.de"; bot/conversation/ltr.py).
  // An Arabic date ("05\u200f/12\u200f/2026") is one piece that does not break, each number
  // in an isolate of its own (DATE_SLASH; as the server's _RTL_DATE). A number right
  // after a Latin letter ("B2", "A1–A2") is part of that word, not a run of its own.
  const DATE_SLASH = "\u200f/";
  const LTR_RUN = /https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![\w-])(?:\/(?:[\w\-.\/?=&%#~+:]*[\w\/])?)?|\d+(?:\u200f\/\d+)+|(?<![A-Za-z])\+?\d(?:(?:[\d \-\/.:()]|,(?=\d))*\d)?/g;

  // A link's end that belongs to the sentence around it ("see https://example.org.").
  const SENTENCE_END = ".,;:!?)]}'\"»”";
  // Closing brackets by the one they close: a link that opens one keeps it.
  const CLOSES = { ")": "(", "]": "[", "}": "{" };

  function count(text, sign) {
    return text.split(sign).length - 1;
  }

  // The link without the sentence's signs after it, but with a bracket it opened itself,
  // as Wikipedia's links end ("…/Ausbildung_(Deutschland)" lost its ")"); as the server's
  // link_address (bot/conversation/ltr.py).
  function linkAddress(words) {
    let address = words;
    while (address && SENTENCE_END.includes(address.slice(-1))) {
      const last = address.slice(-1);
      const opening = CLOSES[last];
      if (opening && count(address, opening) >= count(address, last)) break;
      address = address.slice(0, -1);
    }
    return address;
  }

  // The bot's own site, with or without a scheme, up to the end of its host (as the
  // server's bot/conversation/own_site.py): "kausa-sachsen.de.example.org" is not it.
  const OWN_SITE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*kausa-sachsen\.de(?=[\/:?#]|$)/i;
  const WEB_LINK = /^https?:\/\//;

  // Words as typed, each number, address and link in a left-to-right isolate: in Arabic
  // words "0152 1234 5678" showed as "5678 1234 0152" (the server's pages do the same).
  // ``links``: "all" (an advisor's words): each http(s) link opens with a tap, in a tab of
  // its own (it was text to copy by hand on a phone), as the server's "linked" filter
  // draws it; "site" (the bot's words): its own site ("kausa-sachsen.de") only, as the
  // "site_linked" filter; none (the person's words): no link.
  function appendWords(element, text, links) {
    let position = 0;
    for (const found of text.matchAll(LTR_RUN)) {
      const words = found[0];
      const web = WEB_LINK.test(words);
      const address = web ? linkAddress(words) : words;
      if ((links === "all" && web) || (links && OWN_SITE.test(address))) {
        element.append(text.slice(position, found.index));
        const link = document.createElement("a");
        link.href = web ? address : "https://" + address;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.dir = "ltr";
        link.textContent = address;
        element.append(link, words.slice(address.length));
        position = found.index + words.length;
      } else {
        position = appendRun(element, text, position, found);
      }
    }
    element.append(text.slice(position));
  }

  // Brackets right before or after a run stay on its line: on a phone "Buổi sáng (" ended
  // a line and "08:00–12:00)" began the next; so does an Arabic time's "ص" or "م" after
  // it ("(12:00 م–5:00" ended a line, "م)" began the next; as the server's _run_html).
  const OPENING = /[([{«„“\u2066-\u2068]+$/;
  const CLOSING = /^(?:[ \u00a0][صم](?![\u0600-\u06FF]))?[)\]}»”\u2069]*/;
  function isolatedRun(words) {
    const isolate = (part) => {
      const bdi = document.createElement("bdi");
      bdi.dir = "ltr";
      bdi.textContent = part;
      return bdi;
    };
    if (!words.includes(DATE_SLASH)) return isolate(words);
    const date = document.createElement("span");
    date.className = "nowrap";
    words.split(DATE_SLASH).forEach((number, index) => {
      if (index) date.append(DATE_SLASH);
      date.append(isolate(number));
    });
    return date;
  }
  function appendRun(element, text, position, found) {
    const before = text.slice(position, found.index);
    const opening = before.match(OPENING);
    const glued = opening ? opening.index : before.length;
    const end = found.index + found[0].length;
    const closing = text.slice(end).match(CLOSING);
    const after = closing ? closing[0] : "";
    element.append(before.slice(0, glued));
    const run = isolatedRun(found[0]);
    if (glued === before.length && !after) {
      element.append(run);
    } else {
      const piece = document.createElement("span");
      piece.className = "nowrap";
      piece.append(before.slice(glued), run, after);
      element.append(piece);
    }
    return end + after.length;
  }

  // The emoji a line begins with ("🏢 You run a business …", the "🏠 Main menu" of a tap),
  // with the space after it: TalkBack read "office building" before the words. Inside a
  // sentence one stays read ("tap ✏️ beside the answer": the button it names). As the
  // server's quiet_icons (bot/web/pages.py).
  const LINE_ICONS = /(^|\n)( *)([\p{So}\u2139\uFE0F\uFE0E\u200D\u20E3\u{1F3FB}-\u{1F3FF}]+)(?= )/gu;
  function quietIcons(element) {
    for (const node of [...element.childNodes]) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const previous = node.previousSibling;
      const lineStart = !previous || previous.textContent.endsWith("\n");
      const text = node.textContent;
      const parts = [];
      let position = 0;
      for (const found of text.matchAll(LINE_ICONS)) {
        if (found.index === 0 && !found[1] && !lineStart) continue;
        const icons = found.index + found[1].length + found[2].length;
        const hidden = document.createElement("span");
        hidden.setAttribute("aria-hidden", "true");
        hidden.textContent = found[3];
        parts.push(text.slice(position, icons), hidden);
        position = icons + found[3].length;
      }
      if (parts.length) node.replaceWith(...parts, text.slice(position));
    }
  }

  // German words inside Arabic or Ukrainian words ("(Ausbildung)", "(Pflegefachfrau /
  // Pflegefachmann)") marked lang="de": the page's voice read them as Arabic sounds, and
  // a phone hyphenated them by the page's rules. As the server's german_in
  // (bot/web/german_words.py): Latin words in a row, not a number, address or link.
  const OTHER_SCRIPT = ["ar", "uk"];
  const LATIN_WORD = "[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9]*";
  const LATIN_WORDS = new RegExp(
    "(?<![&#\\p{L}\\p{N}_])" + LATIN_WORD + "(?:(?:,?[ \\u00a0]+|[ \\u00a0]*/[ \\u00a0]*|[-–])" + LATIN_WORD + ")*",
    "gu",
  );
  function markGerman(element) {
    if (!OTHER_SCRIPT.includes(document.documentElement.lang)) return;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest("bdi, a")) texts.push(walker.currentNode);
    }
    for (const node of texts) {
      const text = node.textContent;
      const parts = [];
      let position = 0;
      for (const found of text.matchAll(LATIN_WORDS)) {
        const german = document.createElement("span");
        german.lang = "de";
        german.textContent = found[0];
        parts.push(text.slice(position, found.index), german);
        position = found.index + found[0].length;
      }
      if (parts.length) node.replaceWith(...parts, text.slice(position));
    }
  }

  // ``lang``: the language of the words when it is not the page's (a language's own name
  // tapped: "Українська" was marked as the English page's words, and read so).
  function bubble(text, who, lang) {
    const p = document.createElement("p");
    p.className = "msg " + who;
    if (lang) p.lang = lang;
    if (who === "me") p.dir = textDirection(text);
    // The bot's words too: "kausa-sachsen.de" broke at its hyphen on a phone; its own site
    // opens with a tap (not in the person's words: nothing they wrote becomes a link).
    appendWords(p, text, who === "me" ? null : "site");
    if (who !== "me") {
      quietIcons(p);
      markGerman(p);
    }
    log.appendChild(p);
    return p;
  }

  // Scrolls the conversation alone so that ``element`` starts at its top: scrollIntoView
  // scrolled every page around it too, and a website showing the chat in an iframe of
  // its own jumped away from where its reader was at every step.
  const conversation = log.closest(".conversation");
  function reveal(element) {
    const top = element.getBoundingClientRect().top - conversation.getBoundingClientRect().top;
    conversation.scrollTop += top - parseFloat(getComputedStyle(conversation).paddingTop);
  }

  // The whole of ``element`` in view, with as much as fits above it still shown: "too
  // long" under a long summary stood below what a phone showed (the summary's top, and
  // the field of several lines that took half the screen).
  function keepInView(element) {
    const area = conversation.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(conversation).paddingBottom);
    const below = box.bottom + padding - area.bottom;
    if (below > 0) conversation.scrollTop += Math.min(below, box.top - area.top);
  }

  function scrollDown() {
    // The start of the newest bot message: long texts are read from the top, buttons follow.
    const screen = document.getElementById("screen");
    reveal(screen || log.lastElementChild || log);
  }

  function showButtons(rows) {
    buttons.querySelectorAll(".row").forEach((row) => row.remove());
    shownAt = performance.now();
    for (const row of rows) {
      const div = document.createElement("div");
      div.className = "row";
      for (const b of row) {
        const button = document.createElement("button");
        button.type = "submit";
        button.name = "press";
        button.value = b.data;
        button.textContent = b.label;
        // A tick says whether it is ticked (as the page without JavaScript draws it).
        if (b.pressed === true || b.pressed === false) {
          button.setAttribute("aria-pressed", String(b.pressed));
        }
        // A language's own name in that language, for a screen reader's voice (as the
        // page without JavaScript draws it).
        if (b.lang) button.lang = b.lang;
        // A trade's German name on an Arabic or Ukrainian button ("(Fachkraft für
        // Gastronomie)"): read as German, as the page without JavaScript draws it.
        else markGerman(button);
        // Its words without its emoji, for a screen reader (as the page without
        // JavaScript draws it): "house building, Main menu" was read.
        if (b.spoken) button.setAttribute("aria-label", b.spoken);
        div.appendChild(button);
      }
      buttons.appendChild(div);
    }
  }

  // ALTCHA's proof of work, before the first personal detail (the server says when).
  function showProof(needed, lang) {
    let widget = document.getElementById("proof");
    if (needed && !widget) {
      widget = document.createElement("altcha-widget");
      widget.id = "proof";
      widget.setAttribute("challenge", "/chat/altcha");
      widget.setAttribute("name", "altcha");
      widget.setAttribute("language", lang);
      widget.setAttribute("auto", "onload");
      widget.setAttribute("configuration", '{"hideFooter": true}');
      // Its latest state, for proofSettled: a check that failed is not waited for.
      widget.addEventListener("statechange", (event) => {
        widget.dataset.state = (event.detail && event.detail.state) || "";
      });
      say.insertBefore(widget, say.querySelector("label"));
      // The bar under the conversation grew: the buttons under the question would sit
      // behind it (Back and Main menu, under the name question).
      requestAnimationFrame(scrollDown);
    } else if (!needed && widget) {
      widget.remove();
    }
  }

  // Send pressed while ALTCHA still works (its check starts when the name question is
  // shown): the step waits for the check instead of being refused, so one press is enough.
  // Settles on any outcome, or after 20 s; without a solution the server asks to wait.
  function proofSettled() {
    const widget = document.getElementById("proof");
    const solution = say.querySelector('input[name="altcha"]');
    if (!widget || (solution && solution.value)) return Promise.resolve();
    if (widget.dataset.state === "error" || widget.dataset.state === "expired") {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        widget.removeEventListener("statechange", changed);
        resolve();
      };
      const changed = (event) => {
        const state = event.detail && event.detail.state;
        if (state === "verified" || state === "error" || state === "expired") done();
      };
      const timer = setTimeout(done, 20000);
      widget.addEventListener("statechange", changed);
    });
  }

  // /mydata's file, behind a button under the copy as on the page without JavaScript: by
  // itself, it downloaded at once (on a phone a download prompt or raw JSON over the chat).
  function offerFile(attachment, label) {
    const offer = document.createElement("div");
    offer.className = "download";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", () => download(attachment));
    offer.appendChild(button);
    log.appendChild(offer);
    return button;
  }

  function download(attachment) {
    const blob = new Blob([attachment.content], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = attachment.name;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  // The page's own words (title, menu, text field, Send) in the language of the step:
  // drawn in the language before, they kept it until a reload.
  function relabel(lang, words) {
    document.title = words.title;
    document.querySelector(".bar .title").textContent = words.title;
    if (panel) {
      panel.querySelector("summary").textContent = words.menu;
      panel.querySelector("nav").setAttribute("aria-label", words.menu);
      panel.querySelectorAll('button[name="command"]').forEach((button) => {
        if (words.panel[button.value]) button.textContent = words.panel[button.value];
      });
    }
    document.querySelectorAll('input[name="lang"]').forEach((field) => { field.value = lang; });
    input.placeholder = words.message;
    say.querySelector('label[for="text"]').textContent = words.message;
    say.querySelector("button.send").textContent = words.send;
    log.dataset.advisorIntro = words.advisor_intro;
    log.dataset.advisorNamed = words.advisor_named;
    log.dataset.cities = JSON.stringify(words.cities);
    log.dataset.offline = words.offline;
    log.dataset.offlineTap = words.offline_tap;
    log.dataset.failed = words.failed;
    log.dataset.news = words.news;
    log.dataset.empty = words.empty;
    log.dataset.waiting = words.waiting;
    if (news) news.textContent = "\u2193 " + words.news;
  }

  // ALTCHA's words for a language come with their own module; the page loaded its first.
  const proofWords = { [document.documentElement.lang]: Promise.resolve() };
  function proofLanguage(lang) {
    if (!proofWords[lang]) {
      proofWords[lang] = import("/static/altcha/i18n-" + lang + ".js").catch(() => {});
    }
    return proofWords[lang];
  }

  // ``pressed``: the data of the button tapped, if one was.
  function show(reply, fromButton, pressed) {
    const root = document.documentElement;
    const changed = reply.lang !== root.lang;
    if (changed) {
      // The messages shown so far keep the direction of their language, and the language
      // itself: a screen reader read the German greeting with the Arabic voice.
      log.querySelectorAll(".msg:not([dir])").forEach((p) => { p.dir = root.dir || "ltr"; });
      log.querySelectorAll(".msg:not([lang])").forEach((p) => { p.lang = root.lang; });
      relabel(reply.lang, reply.words);
    }
    root.lang = reply.lang;
    root.dir = reply.dir;
    // Deleted on request: the name and number on the screen go with the data.
    if (reply.erased) {
      log.replaceChildren();
      seen();
      // The words in the field and their kept draft go with the data too.
      input.value = "";
      keepDraft();
    }
    if (reply.csrf) adoptToken(reply.csrf);
    const said = reply.before.map((text) => bubble(text, "bot"));
    const file = reply.attachment ? offerFile(reply.attachment, reply.words.download) : null;
    const current = document.getElementById("screen");
    // A tick edits its screen in place, as in Telegram, and so does a typed message's
    // step that says something (the receipt of a message to the advisor). With nothing
    // else said, the same answer again is said under the message: written in place,
    // above it, nothing seemed to come back.
    if (reply.same_screen && current && (fromButton || reply.before.length)) {
      // The same words stay as they are: given anew, the conversation's live region had a
      // screen reader read the whole question again after each tick.
      if (current.textContent !== reply.text) {
        current.replaceChildren();
        appendWords(current, reply.text, "site");
        quietIcons(current);
        markGerman(current);
      }
      current.removeAttribute("dir");
    } else {
      if (current) current.removeAttribute("id");
      bubble(reply.text, "bot").id = "screen";
    }
    showButtons(reply.buttons);
    step.value = reply.step;
    // ALTCHA's box is labelled once: in another language, it is made anew.
    if (changed) showProof(false, reply.lang);
    proofLanguage(reply.lang).then(() => showProof(reply.proof, reply.lang));
    // What is said above the screen is read from its start: a copy of one's data (it
    // stood above the view, the page scrolled to the screen under it), and the note why
    // words typed came back into the field (above the next question, out of a phone's
    // view, they seemed refused). Any other step shows its screen.
    if (said.length) reveal(said[0]);
    else scrollDown();
    // A phone number gets the number pad, a name or address what the browser has saved.
    answerField = reply.field || "";
    fitField();
    input.autocomplete = reply.field || "off";
    if (reply.field === "tel" || reply.field === "email") input.inputMode = reply.field;
    else input.removeAttribute("inputmode");
    typingAids(reply.field || "");
    // Described by the question whose answer is typed (chat.html): a screen reader in the
    // field said only "Your message".
    if (reply.typing) input.setAttribute("aria-describedby", "screen");
    else input.removeAttribute("aria-describedby");
    hintEmpty(false);
    focusNext(reply, pressed, file && said.length ? said[0] : null);
  }

  // Keyboard users continue at the new question: the text field when the answer is typed
  // (a key pressed on "Back" would go back), else the question itself, read out by a
  // screen reader, Tab leading on to its buttons. Not a button: the consent screen kept
  // the focus in the field, and a focus on the first button let a second Enter press it
  // unseen. A tick edits its screen in place: the focus stays on the box ticked. Under a
  // copy of one's data (``copy``): the copy's start, its file's button next.
  function focusNext(reply, pressed, copy) {
    // A button's data is "step:code" (bot/dialogue/press.py): the box ticked is the one of
    // the same code, its step one further. Matched whole, none was, and the focus went
    // to the question, a screen reader reading it all again after each tick.
    const code = (data) => data.slice(data.indexOf(":") + 1);
    const ticked = reply.same_screen && pressed
      ? [...buttons.querySelectorAll("button")].find((button) => code(button.value) === code(pressed))
      : null;
    let next = ticked || copy || document.getElementById("screen");
    if (reply.typing || !next) next = input;
    if (next !== input && !next.matches("button")) next.tabIndex = -1;
    next.focus({ preventScroll: true });
  }

  // Words not taken back into the field, before any typed since they were sent (while a
  // slow phone's robot check ran, or the connection failed): those kept the field, and
  // the words not taken were gone, their bubble too.
  function giveBack(text) {
    if (text === undefined || input.value.includes(text)) return;
    const apart = kindOf(input) === "line" ? " " : "\n";
    input.value = input.value ? text + apart + input.value : text;
  }

  // A step that did not go through: its words leave the conversation and, if typed, go
  // back into the field to be sent again; nothing the person wrote is lost.
  // ``reopen``: the browser did not keep the chat's cookie (Safari in the widget's iframe):
  // a link to the chat in a tab of its own, where it is kept. ``contacts``: without the
  // cookie, the offices to reach KAUSA directly (with every cookie blocked there was no
  // way at all).
  function notSent(fields, mine, message, reopen, contacts) {
    if (mine) mine.remove();
    giveBack(fields.text);
    fitField();
    keepDraft();
    const alert = bubble(message, "error");
    alert.setAttribute("role", "alert");
    if (reopen) {
      const link = document.createElement("a");
      link.href = reopen.href;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = reopen.label;
      alert.append(" ", link);
    }
    let reach = null;
    if (contacts && !log.querySelector(".contacts")) {
      reach = bubble("", "bot contacts");
      appendWords(reach, contacts, "site");
    }
    scrollDown();
    keepInView(reach || alert);
  }

  // "One moment …" while a step's answer is slow to come (a slow phone connection): there
  // was only the bubble of the tap, then silence for seconds, and a second tap did
  // nothing. Not at once: a quick answer would make every step say it (a screen reader
  // reads it, the log being a live region).
  const WAIT_SHOWN_AFTER = 700;
  function waitingShown() {
    let waiting = null;
    const timer = setTimeout(() => {
      waiting = bubble(log.dataset.waiting, "bot waiting");
      scrollDown();
    }, WAIT_SHOWN_AFTER);
    return () => {
      clearTimeout(timer);
      if (waiting) waiting.remove();
    };
  }

  // ``shown``: the person's bubble when it is already on the page (see onSubmit);
  // ``echoLang``: the language of a button's words, when it says one.
  async function send(fields, echo, fromButton, shown, echoLang) {
    const mine = shown || (echo ? bubble(echo, "me", echoLang) : null);
    // A button's words echoed as a screen reader reads the button: without its emoji.
    if (fromButton && mine) quietIcons(mine);
    scrollDown();
    const answered = waitingShown();
    try {
      await exchange(fields, echo, fromButton, mine);
    } finally {
      answered();
    }
  }

  // One step there and its answer shown, or why it did not go through.
  async function exchange(fields, echo, fromButton, mine) {
    let response;
    try {
      // The language in the address too: a body too large to be read is refused in it.
      const address = "/chat/api/step?lang=" + encodeURIComponent(fields.lang || "") + framed;
      const headers = {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRF-Token": csrf,
      };
      // Its length in characters (as the server counts them), said in its "too long" when
      // the body is too large to be read.
      if (fields.text !== undefined) headers["X-Text-Length"] = String([...fields.text].length);
      response = await fetch(address, {
        method: "POST",
        credentials: "same-origin",
        headers: headers,
        body: JSON.stringify(fields),
      });
    } catch (error) {
      // Typed words go back into the field to be sent again; a tap is tapped again.
      const typed = fields.text !== undefined;
      notSent(fields, mine, typed ? log.dataset.offline : log.dataset.offlineTap);
      return;
    }
    const reply = await response.json().catch(() => null);
    if (!response.ok || !reply) {
      const error = reply && reply.error ? reply.error : log.dataset.failed;
      notSent(fields, mine, error, reply && reply.reopen, reply && reply.contacts);
      return;
    }
    show(reply, fromButton, fields.press);
    // A tick edits its screen in place, as in Telegram, and its button shows what is
    // ticked: its label under the question said "✅ Cook" for the tap that unticked it.
    if (reply.same_screen && fromButton && mine) mine.remove();
    // Refused (too long, a phone number with a digit missing, an e-mail address with a
    // comma), or typed for a question answered in another tab: the words leave
    // the conversation (they were not taken, and showed twice, there and in the field) and
    // go back into the field.
    if (reply.given_back && mine) mine.remove();
    if (reply.given_back) giveBack(fields.text);
    fitField();
    keepDraft();
    listen();
  }

  function onSubmit(event) {
    const form = event.target.closest("form[data-step]");
    if (!form) return;
    event.preventDefault();
    const submitter = event.submitter;
    let fields;
    let echo = null;
    let echoLang = "";
    let onScreen = false;
    // A button first: the page's buttons belong to the text field's form (form="say").
    if (submitter && submitter.name) {
      onScreen = buttons.contains(submitter);
      const since = performance.now() - Math.max(lastPress, shownAt);
      if (onScreen && (pressing || since < doubleTap)) return;
      if (onScreen) {
        pressing = true;
        lastPress = performance.now();
      }
      fields = { [submitter.name]: submitter.value };
      // A tick (a button said to be pressed or not) edits its screen in place, and its
      // state says what it did: no echo of its words for a screen reader to read first.
      echo = submitter.hasAttribute("aria-pressed") ? null : submitter.textContent.trim();
      echoLang = submitter.lang;
      if (panel) panel.open = false;
    } else if (form === say) {
      const text = input.value;
      if (!text.trim()) {
        hintEmpty(true);
        return;
      }
      fields = { text: text };
      echo = text;
      input.value = "";
      keepDraft();
    } else {
      return;
    }
    // The language shown: it greets and starts someone the bot has not met yet.
    fields.lang = document.documentElement.lang;
    // One step after the other, in the order the person sent them.
    pending += 1;
    document.body.dataset.busy = "true";
    const typed = fields.text !== undefined;
    busy = busy
      .then(async () => {
        let shown = null;
        if (typed) {
          // The question shown when it is sent (an answer typed before the last one's
          // reply came answers the question that reply shows, as it always did).
          fields.step = step.value;
          const check = proofSettled();
          if (document.getElementById("proof")) {
            // The words stay in view while the check finishes.
            shown = bubble(echo, "me");
            scrollDown();
          }
          await check;
          const solution = say.querySelector('input[name="altcha"]');
          if (solution && solution.value) fields.altcha = solution.value;
        }
        await freshToken();
        return send(fields, echo, !typed, shown, echoLang);
      })
      .finally(() => {
        if (onScreen) pressing = false;
        pending -= 1;
        if (pending === 0) delete document.body.dataset.busy;
      });
  }

  // The end of the conversation is in view: the person is down there, not reading above.
  function endInView() {
    const end = log.getBoundingClientRect().bottom;
    return end <= conversation.getBoundingClientRect().bottom + 8;
  }

  // "↓ New message" over the bottom of the conversation, for a message that came while
  // the person read further up: tapped, it shows the first such message; it goes by
  // itself once that message is scrolled into view.
  let news = null;
  let unseen = null;
  function offerNews(message) {
    if (!unseen) unseen = message;
    if (news) return;
    news = document.createElement("button");
    news.type = "button";
    news.className = "news";
    news.textContent = "\u2193 " + log.dataset.news;
    news.addEventListener("click", () => {
      const first = unseen;
      seen();
      reveal(first);
      // The focus was on this button, now gone: it goes to the message (read from there),
      // not to the top of the page; not to the text field, which opens a phone's keyboard.
      first.tabIndex = -1;
      first.focus({ preventScroll: true });
    });
    conversation.appendChild(news);
  }
  function seen() {
    if (news) news.remove();
    news = null;
    unseen = null;
  }
  conversation.addEventListener("scroll", () => {
    if (!unseen) return;
    const view = conversation.getBoundingClientRect();
    const top = unseen.getBoundingClientRect().top;
    if (top < view.bottom - 16 && top >= view.top) seen();
  }, { passive: true });

  // Advisors' messages arrive while the chat is open (Server-Sent Events, same origin).
  // The browser connects again by itself after a dropped connection, but not after an
  // error answer (a proxy's 502 while the bot restarts): the stream stayed closed, and an
  // advisor's answer came only with the person's next step. So the script tries again,
  // less often each time (a stream anew gets every message, those shown are skipped).
  const FIRST_RETRY = 2000;
  let events = null;
  let retry = null;
  let retryIn = FIRST_RETRY;
  function listen() {
    if (!window.EventSource || (events && events.readyState !== EventSource.CLOSED)) return;
    clearTimeout(retry);
    retry = null;
    const source = new EventSource("/chat/events");
    events = source;
    source.addEventListener("open", () => { retryIn = FIRST_RETRY; });
    source.addEventListener("error", () => {
      if (source !== events || source.readyState !== EventSource.CLOSED || retry) return;
      retry = setTimeout(() => { retry = null; comeBack(); }, retryIn);
      retryIn = Math.min(retryIn * 2, 60000);
    });
    source.addEventListener("message", (event) => {
      const message = JSON.parse(event.data);
      if (message.erased) {
        // Deleted in another tab (or this one): what this tab shows of the conversation
        // goes too. The stream listened for the person deleted; the next step listens anew.
        source.close();
        show(message.erased, false);
        tokenStale = true;
        return;
      }
      if (log.querySelector('[data-id="' + message.id + '"]')) return;
      const p = document.createElement("p");
      p.dataset.id = message.id;
      if (message.notice) {
        // The bot's own news (an advisor has taken the request): no advisor's intro.
        p.className = "msg bot";
        p.textContent = message.text;
        quietIcons(p);
        markGerman(p);
      } else {
        p.className = "msg advisor";
        const intro = document.createElement("strong");
        // Who writes, as on Telegram ("Message from Anna, KAUSA Leipzig:"); on a
        // right-to-left page the name and city each in their own direction (U+2068 …
        // U+2069), as the server writes them.
        const own = (value) =>
          document.documentElement.dir === "rtl" ? "\u2068" + value + "\u2069" : value;
        // The city as the language writes it, "لايبزيغ (Leipzig)", as the server does.
        const cities = JSON.parse(log.dataset.cities || "{}");
        intro.textContent = message.name && message.city
          ? log.dataset.advisorNamed
            .replace("{name}", own(message.name))
            .replace("{city}", cities[message.city] || own(message.city))
          : log.dataset.advisorIntro;
        // In its own direction, as the page draws it (chat.html).
        const said = document.createElement("span");
        said.className = "said";
        said.dir = textDirection(message.text);
        appendWords(said, message.text, "all");
        markGerman(said);
        p.append(intro, said);
      }
      // At the end, in the order things happened: after the person's last message and
      // the bot's receipt for it (the current screen may be further up by then).
      const reading = !endInView();
      log.appendChild(p);
      // Shown where it comes only to a person down there: one reading further up was
      // thrown to the bottom mid-sentence. They get a small "New message" instead.
      if (reading) offerNews(p);
      else reveal(p);
      // In the widget's window, closed maybe: its chat button says that something came
      // (widget.js). Only that: the words stay here.
      if (window.parent !== window) window.parent.postMessage({ kausaChat: "news" }, "*");
    });
  }

  // The menu closes as a menu does: with a tap beside it, or Escape. It stayed open over
  // the conversation on a phone until "Menu" itself was tapped again.
  if (panel) {
    document.addEventListener("click", (event) => {
      if (panel.open && !panel.contains(event.target)) panel.open = false;
    });
    panel.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !panel.open) return;
      panel.open = false;
      panel.querySelector("summary").focus({ preventScroll: true });
    });
  }

  // Did the cookie of this page come back? A browser that keeps none here (Safari in the
  // widget's iframe on another site) is told at once, with the chat in a new tab to open,
  // before the person writes a long text in vain.
  function cookieKept() {
    const lang = encodeURIComponent(document.documentElement.lang);
    fetch("/chat/api/screen?lang=" + lang + framed, { credentials: "same-origin" })
      .then((response) => response.json())
      .then((reply) => {
        if (reply.contacts) notSent({}, null, reply.error, reply.reopen, reply.contacts);
      })
      .catch(() => {});
  }

  // Back online, in view again, or the stream to be opened anew: is this page still the
  // browser's conversation? Deleted in another tab meanwhile (this one offline missed the
  // stream's word), it still showed the conversation and the words typed, its stream was
  // asked in vain again and again, and its next step said "Your chat session has ended".
  // The server knows the deleted session's token for a while (bot/web/renewed.py) and
  // answers with the farewell: shown as the stream's word would have been, and the next
  // step listens anew. Otherwise, or still offline, the stream is opened again.
  async function comeBack() {
    if (events && events.readyState !== EventSource.CLOSED) return;
    try {
      const lang = encodeURIComponent(document.documentElement.lang);
      const response = await fetch("/chat/api/screen?lang=" + lang + framed, {
        credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf },
      });
      const reply = await response.json();
      if (reply.erased) {
        clearTimeout(retry);
        retry = null;
        retryIn = FIRST_RETRY;
        show(reply, false);
        return;
      }
    } catch (error) { /* offline still, or the bot restarting: the stream's retry asks again */ }
    listen();
  }
  window.addEventListener("online", comeBack);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") comeBack();
  });

  document.addEventListener("submit", onSubmit);
  restoreDraft();
  scrollDown();
  listen();
  cookieKept();
})();
