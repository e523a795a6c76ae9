// The web chat's script: the same forms as without JavaScript, sent with fetch and shown
// without reloading. No framework, no build step, nothing from another origin.
"use strict";

(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const log = document.getElementById("log");
  const buttons = document.getElementById("buttons");
  const say = document.getElementById("say");
  const input = document.getElementById("text");
  const panel = document.getElementById("panel");
  let busy = Promise.resolve();

  function bubble(text, who) {
    const p = document.createElement("p");
    p.className = "msg " + who;
    p.textContent = text;
    log.appendChild(p);
    return p;
  }

  function scrollDown() {
    log.lastElementChild && log.lastElementChild.scrollIntoView({ block: "end" });
  }

  function showButtons(rows) {
    buttons.querySelectorAll(".row").forEach((row) => row.remove());
    for (const row of rows) {
      const div = document.createElement("div");
      div.className = "row";
      for (const b of row) {
        const button = document.createElement("button");
        button.type = "submit";
        button.name = "press";
        button.value = b.data;
        button.textContent = b.label;
        div.appendChild(button);
      }
      buttons.appendChild(div);
    }
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

  function show(reply, fromButton) {
    document.documentElement.lang = reply.lang;
    document.documentElement.dir = reply.dir;
    for (const text of reply.before) bubble(text, "bot");
    const current = document.getElementById("screen");
    if (reply.same_screen && current) {
      current.textContent = reply.text;
    } else {
      if (current) current.removeAttribute("id");
      bubble(reply.text, "bot").id = "screen";
    }
    showButtons(reply.buttons);
    if (reply.attachment) download(reply.attachment);
    scrollDown();
    const first = buttons.querySelector("button");
    // Keyboard users continue where the answer is: the first new button, or the text field.
    (fromButton && first ? first : input).focus({ preventScroll: true });
  }

  async function send(fields, echo, fromButton) {
    if (echo) bubble(echo, "me");
    scrollDown();
    let response;
    try {
      response = await fetch("/chat/api/step", {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRF-Token": csrf,
        },
        body: JSON.stringify(fields),
      });
    } catch (error) {
      bubble(document.body.dataset.offline || "…", "error").setAttribute("role", "alert");
      return;
    }
    const reply = await response.json().catch(() => null);
    if (!response.ok || !reply) {
      const p = bubble(reply && reply.error ? reply.error : String(response.status), "error");
      p.setAttribute("role", "alert");
      scrollDown();
      return;
    }
    show(reply, fromButton);
  }

  function onSubmit(event) {
    const form = event.target.closest("form[data-step]");
    if (!form) return;
    event.preventDefault();
    const submitter = event.submitter;
    let fields;
    let echo = null;
    if (form === say) {
      const text = input.value;
      if (!text.trim()) return;
      fields = { text: text };
      echo = text;
      input.value = "";
    } else if (submitter && submitter.name) {
      fields = { [submitter.name]: submitter.value };
      echo = submitter.textContent.trim();
      if (panel) panel.open = false;
    } else {
      return;
    }
    // One step after the other, in the order the person sent them.
    busy = busy.then(() => send(fields, echo, form !== say));
  }

  document.addEventListener("submit", onSubmit);
  scrollDown();
})();
