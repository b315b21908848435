// jamplan chat widget. Embed on any page with one tag:
//   <script src="https://jamplan.example/widget.js" data-api="https://jamplan.example" data-key="jp_…" defer></script>
// data-key is a publishable key (jamplan keys create --role widget) for a page listed in JAMPLAN_WIDGET_ORIGINS.
// Optional: data-title="Fråga om jämställdhet", data-position="left". Everything lives in a shadow root, so the
// host page's styles and the widget's never mix.
(function () {
  const script = document.currentScript;
  if (!script) return;
  const api = (script.dataset.api || new URL(script.src).origin).replace(/\/$/, "");
  const key = script.dataset.key || "";
  const title = script.dataset.title || "Fråga om jämställdhetsintegrering";

  // data-key is a publishable widget key: it starts a session of this visitor's own (kept for the tab), and
  // the visitor's calls carry that session token, so they see only their own conversations.
  function visitorToken() {
    const slot = "jamplan-widget:" + api;
    let stored = null;
    try { stored = window.sessionStorage.getItem(slot); } catch (_) { /* storage blocked: a new session */ }
    if (stored || !key) return Promise.resolve(stored || key);
    return fetch(api + "/v1/widget/sessions", { method: "POST", headers: { Authorization: `Bearer ${key}` } })
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => {
        if (!data) return key; // not a widget key (an older embed with a user key): use it as it is
        try { window.sessionStorage.setItem(slot, data.token); } catch (_) { /* kept in memory only */ }
        return data.token;
      });
  }

  function start() {
    Promise.all([import(api + "/static/core.js"), visitorToken()]).then(([{ Client, ChatPanel, el }, token]) => {
      const host = document.createElement("div");
      host.id = "jamplan-widget";
      host.style.all = "initial";
      document.body.append(host);
      const shadow = host.attachShadow({ mode: "open" });
      shadow.append(el("link", { rel: "stylesheet", href: api + "/static/style.css" }));
      const panelId = "jp-widget-panel";
      const toggle = el("button", {
        type: "button", class: "jp-launcher", "aria-expanded": "false", "aria-controls": panelId, text: "Fråga jamplan",
      });
      const closeButton = el("button", { type: "button", class: "jp-close", "aria-label": "Stäng chatten", text: "×" });
      const body = el("div", { class: "jp-panel-body" });
      const panel = el("section", { id: panelId, class: "jp-widget jp-panel", hidden: true, "aria-label": title },
        el("header", { class: "jp-panel-head" }, el("h2", { text: title }), closeButton), body);
      if (script.dataset.position === "left") panel.classList.add("jp-left");
      shadow.append(panel, toggle);
      const chat = new ChatPanel(body, new Client(api, token), { options: () => ({ mode: "fraga" }), dialogHost: panel });
      const setOpen = (open) => {
        panel.hidden = !open;
        toggle.setAttribute("aria-expanded", String(open));
        (open ? chat.input : toggle).focus();
      };
      toggle.addEventListener("click", () => setOpen(panel.hidden));
      closeButton.addEventListener("click", () => setOpen(false));
      panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !panel.querySelector("dialog[open]")) setOpen(false);
      });
    }).catch((err) => {
      console.error("jamplan-widgeten kunde inte laddas", err);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
