// ALTCHA's strict-CSP build brings no workers of its own: the proof of work runs in the
// bot's own copy of its SHA worker (static/altcha/sha.js, same origin).
"use strict";
globalThis.$altcha.algorithms.set("SHA-256", () => new Worker("/static/altcha/sha.js"));
