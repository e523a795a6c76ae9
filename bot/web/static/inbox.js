// The inbox without reload, from one Server-Sent Events stream (/inbox/events):
// - on the list, a new lead or a person's new message fetches the rows again with the
//   same filters (server-rendered, same origin: exactly what a reload would show, the
//   unread mark included);
// - on a lead page, a new message of that lead fetches the entries after the last one
//   shown and appends them to the conversation;
// - a lead that changed (taken, done, withdrawn) is shown anew in both;
// - on a lead page, an advisor's message that reached the person (or never will) says so
//   in place of "wird zugestellt".
// On a lead page, words typed in a field the sent form does not carry (a reply typed,
// then "Übernehmen" or "Notiz speichern" clicked first) come back in that field on the
// page the form leads to: the page came back with them gone. Kept in this tab only, for
// a minute, and put back once.
(function () {
  "use strict";
  var talk = document.getElementById("talk");
  var store = null;
  try { store = window.sessionStorage; } catch (error) { store = null; }
  if (!talk || !store) { return; }
  var key = "inbox-unsent-" + talk.getAttribute("data-lead");
  var FRESH = 60 * 1000;
  var kept = null;
  try { kept = JSON.parse(store.getItem(key) || "null"); } catch (error) { kept = null; }
  store.removeItem(key);
  if (kept && Date.now() - kept.at < FRESH) {
    Object.keys(kept.fields).forEach(function (id) {
      var box = document.getElementById(id);
      if (box && box.tagName === "TEXTAREA" && box.value.trim() === "") {
        box.value = kept.fields[id];
      }
    });
  }
  document.addEventListener("submit", function (event) {
    var fields = {};
    var any = false;
    Array.prototype.forEach.call(document.querySelectorAll("textarea[id]"), function (box) {
      if (box.form !== event.target && box.value.trim() !== "") {
        fields[box.id] = box.value;
        any = true;
      }
    });
    if (any) {
      try { store.setItem(key, JSON.stringify({ at: Date.now(), fields: fields })); } catch (error) { /* full */ }
    }
  });
})();

(function () {
  "use strict";
  var list = document.getElementById("list");
  var talk = document.getElementById("talk");
  var live = document.getElementById("live");
  if (!(list || talk) || !window.EventSource) { return; }
  var after = list ? "?after=" + list.getAttribute("data-newest") : "";
  var source = new EventSource("/inbox/events" + after);
  var busy = Promise.resolve();

  // The session ended (expired, or logged out in another tab): a fetch was led to the
  // login page, whose whole page went into the list. The stream stops, and says so once.
  var EXPIRED = "expired";
  function expired() {
    source.close();
    live.textContent = "Sitzung abgelaufen: bitte neu anmelden (Seite neu laden).";
    return Promise.reject(EXPIRED);
  }

  function get(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (response.redirected || response.status === 401) { return expired(); }
      return response.ok ? response.text() : Promise.reject(response.status);
    });
  }

  // A failed fetch's words, unless the session ended (that is said already).
  function failed(words) {
    return function (reason) { if (reason !== EXPIRED) { live.textContent = words; } };
  }

  function refreshList(said) {
    var query = list.getAttribute("data-query");
    return get("/inbox/leads?rows=1" + (query ? "&" + query : ""))
      .then(function (html) { list.innerHTML = html; live.textContent = said; })
      .catch(failed("Neues im Posteingang: bitte die Seite neu laden."));
  }

  function appendMessages() {
    var lead = talk.getAttribute("data-lead");
    return get("/inbox/leads/" + lead + "/messages?after=" + talk.getAttribute("data-last"))
      .then(function (html) {
        var box = document.createElement("ol");
        box.innerHTML = html;
        var entries = box.querySelectorAll("li[data-message]");
        for (var i = 0; i < entries.length; i += 1) {
          talk.appendChild(entries[i]);
          talk.setAttribute("data-last", entries[i].getAttribute("data-message"));
        }
        if (entries.length) {
          document.getElementById("no-talk").hidden = true;
          live.textContent = "Neue Nachricht im Gespräch.";
        }
      })
      .catch(failed("Neue Nachricht: bitte die Seite neu laden."));
  }

  // One fetch at a time, in order: two quick messages are appended once each.
  function then(step) { busy = busy.then(step); }

  source.addEventListener("lead", function (event) {
    if (list) { then(function () { return refreshList("Neue Anfrage #" + event.data + " eingegangen."); }); }
  });
  source.addEventListener("message", function (event) {
    var news = JSON.parse(event.data);
    if (list && news.from_person) {
      then(function () { return refreshList("Neue Nachricht zu Anfrage #" + news.lead + "."); });
    }
    if (talk && String(news.lead) === talk.getAttribute("data-lead")) { then(appendMessages); }
  });
  // A lead taken, given back, done or withdrawn: the list shows it anew; its open page is
  // shown anew unless something is being typed there, which a reload would lose.
  source.addEventListener("changed", function (event) {
    if (list) { then(function () { return refreshList("Anfrage #" + event.data + " wurde geändert."); }); }
    if (talk && event.data === talk.getAttribute("data-lead")) {
      var typing = Array.prototype.some.call(
        document.querySelectorAll("textarea"), function (box) { return box.value.trim() !== ""; });
      if (typing) { live.textContent = "Diese Anfrage wurde geändert: bitte die Seite neu laden."; }
      else { window.location.reload(); }
    }
  });
  // Messages still "wird zugestellt" when the stream (re)connects may have been delivered
  // while it was away (a web person's at once, before the page just sent from was
  // listening): their entries are fetched again, with their state now.
  function refreshPending() {
    var pending = talk.querySelectorAll("p.delivery.pending");
    if (!pending.length) { return Promise.resolve(); }
    var first = pending[0].parentNode.getAttribute("data-message");
    var lead = talk.getAttribute("data-lead");
    return get("/inbox/leads/" + lead + "/messages?after=" + (Number(first) - 1))
      .then(function (html) {
        var box = document.createElement("ol");
        box.innerHTML = html;
        var entries = box.querySelectorAll("li[data-message]");
        for (var i = 0; i < entries.length; i += 1) {
          var shown = talk.querySelector(
            'li[data-message="' + entries[i].getAttribute("data-message") + '"]');
          if (shown) { shown.replaceWith(entries[i]); }
        }
      })
      .catch(function () { /* the next event or a reload shows it */ });
  }
  source.addEventListener("open", function () { if (talk) { then(refreshPending); } });

  source.addEventListener("delivered", function (event) {
    var news = JSON.parse(event.data);
    if (!talk || String(news.lead) !== talk.getAttribute("data-lead")) { return; }
    var entry = talk.querySelector('li[data-message="' + news.message + '"]');
    if (!entry) { return; }  // not shown yet: appended later with its state
    var line = entry.querySelector("p.delivery");
    if (!line) {
      line = document.createElement("p");
      entry.appendChild(line);
    }
    line.className = "delivery " + news.state;
    line.textContent = (news.state === "sent" ? "✓ " : "⚠️ ") + news.words;
    if (news.state !== "sent") { live.textContent = "Eine Nachricht konnte nicht zugestellt werden."; }
  });
  source.addEventListener("reload", function () { window.location.reload(); });

  // A form sent from this page (her own claim, "Erreicht", a reply) is answered with the
  // page as it is after it. The stream's news of that very change came while the form
  // was on its way, and its reload loaded the page a second time: the page stops
  // listening when it sends a form. A colleague's change, with no form sent, still
  // shows the page anew.
  document.addEventListener("submit", function () { source.close(); });
})();
