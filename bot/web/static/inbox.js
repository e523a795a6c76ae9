// The lead list without reload: Server-Sent Events say a new lead arrived, then the
// table body is fetched again with the same filters (server-rendered, same origin).
(function () {
  "use strict";
  var table = document.getElementById("leads");
  if (!table || !window.EventSource) { return; }
  var live = document.getElementById("live");
  var rows = document.getElementById("rows");
  var query = table.getAttribute("data-query");
  var source = new EventSource("/inbox/events?after=" + table.getAttribute("data-newest"));
  source.addEventListener("lead", function (event) {
    fetch("/inbox/leads?rows=1" + (query ? "&" + query : ""), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        rows.innerHTML = html;
        live.textContent = "Neue Anfrage #" + event.data + " eingegangen.";
      })
      .catch(function () { live.textContent = "Neue Anfragen: bitte die Seite neu laden."; });
  });
})();
