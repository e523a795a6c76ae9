// The lead list without reload: Server-Sent Events say a new lead arrived, then the
// list (table and page links) is fetched again with the same filters: server-rendered,
// same origin, so the page shows exactly what a reload would.
(function () {
  "use strict";
  var list = document.getElementById("list");
  if (!list || !window.EventSource) { return; }
  var live = document.getElementById("live");
  var query = list.getAttribute("data-query");
  var source = new EventSource("/inbox/events?after=" + list.getAttribute("data-newest"));
  source.addEventListener("lead", function (event) {
    fetch("/inbox/leads?rows=1" + (query ? "&" + query : ""), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        list.innerHTML = html;
        live.textContent = "Neue Anfrage #" + event.data + " eingegangen.";
      })
      .catch(function () { live.textContent = "Neue Anfragen: bitte die Seite neu laden."; });
  });
})();
