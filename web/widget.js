// jamplan chat widget. Embed on any page with one tag:
//   <script src="https://jamplan.example/widget.js" data-api="https://jamplan.example" data-key="jp_…" defer></script>
// data-key is a publishable key (jamplan keys create --role widget) for a page listed in JAMPLAN_WIDGET_ORIGINS.
// Optional: data-title="Fråga om jämställdhet", data-position="left". Everything lives in a shadow root, so the
// host page's styles and the widget's never mix. The open conversation and mode are remembered per API and key
// in the host page's localStorage, so a reload continues where the user was; a link opens it in the full app.
(function () {
  const script = document.currentScript;
  if (!script) return;
  const api = (script.dataset.api || new URL(script.src).origin).replace(/\/$/, "");
  const key = script.dataset.key || "";
  const title = script.dataset.title || "Fråga om jämställdhetsintegrering";

  // The storage name says which server and which key (hashed: the key itself is not repeated in a name).
  function hash(text) {
    let h = 5381;
    for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
    return h.toString(36);
  }
  const storeName = `jamplan.widget.${hash(`${api}|${key}`)}`;
  const load = () => {
    try {
      return JSON.parse(localStorage.getItem(storeName) || "{}") || {};
    } catch (_) {
      return {};
    }
  };
  const save = (state) => {
    try {
      localStorage.setItem(storeName, JSON.stringify(state));
    } catch (_) {
      /* storage full or blocked: the widget still works, it just forgets on reload */
    }
  };

  // data-key is a publishable widget key: it starts a session of this visitor's own (kept in localStorage, so a
  // reload continues it), and the visitor's calls carry that session token: they see only their own conversations.
  function visitorToken() {
    const slot = `${storeName}.session`;
    let stored = null;
    try { stored = window.localStorage.getItem(slot); } catch (_) { /* storage blocked: a new session */ }
    if (!key) return Promise.resolve("");
    if (stored) {
      // A session the server no longer knows (its database was reset, the key replaced) is started anew.
      return fetch(api + "/v1/conversations?limit=1", { headers: { Authorization: `Bearer ${stored}` } })
        .then((r) => {
          if (r.status !== 401) return stored;
          try { window.localStorage.removeItem(slot); } catch (_) { /* nothing kept */ }
          return newSession(slot);
        }, () => stored);
    }
    return newSession(slot);
  }

  function newSession(slot) {
    return fetch(api + "/v1/widget/sessions", { method: "POST", headers: { Authorization: `Bearer ${key}` } })
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => {
        if (!data) return key; // not a widget key (an older embed with a user key): use it as it is
        try { window.localStorage.setItem(slot, data.token); } catch (_) { /* kept in memory only */ }
        return data.token;
      });
  }

  function start() {
    Promise.all([import(api + "/static/core.js"), visitorToken()]).then(([
      { Client, ChatPanel, el, errorMessage, loadModes }, token]) => {
      const host = document.createElement("div");
      host.id = "jamplan-widget";
      host.style.all = "initial";
      document.body.append(host);
      const shadow = host.attachShadow({ mode: "open" });
      shadow.append(el("link", { rel: "stylesheet", href: api + "/static/style.css" }));
      const client = new Client(api, token);
      const state = load();
      let modes = [];

      const panelId = "jp-widget-panel";
      const toggle = el("button", {
        type: "button", class: "jp-launcher", "aria-expanded": "false", "aria-controls": panelId, text: "Fråga jamplan",
      });
      const closeButton = el("button", { type: "button", class: "jp-close", "aria-label": "Stäng chatten", text: "×" });
      const modeSelect = el("select", { id: "jp-widget-mode", class: "jp-widget-mode" });
      const newButton = el("button", { type: "button", class: "jp-tool jp-new", text: "Nytt samtal" });
      const fullLink = el("a", { class: "jp-full-link", target: "_blank", rel: "noopener", hidden: true,
        text: "Öppna i jamplan" });
      const body = el("div", { class: "jp-panel-body" });
      const panel = el("section", { id: panelId, class: "jp-widget jp-panel", hidden: true, "aria-label": title },
        el("header", { class: "jp-panel-head" }, el("h2", { text: title }), closeButton),
        el("div", { class: "jp-widget-bar" },
          el("label", { for: "jp-widget-mode", text: "Läge" }), modeSelect, newButton, fullLink),
        body);
      if (script.dataset.position === "left") panel.classList.add("jp-left");
      shadow.append(panel, toggle);

      const mode = () => modeSelect.value || "fraga";
      const intro = () => {
        const spec = modes.find((m) => m.name === mode());
        if (!spec) return null;
        return el("div", { class: "jp-intro" },
          el("p", { text: spec.help }),
          el("div", { class: "jp-examples" }, (spec.examples || []).slice(0, 2).map((text) => el("button", {
            type: "button", class: "jp-example", text, onclick: () => chat.ask(text) }))));
      };
      const remember = () => {
        save({ conversationId: chat.conversationId, mode: modes.length ? mode() : state.mode });
        fullLink.hidden = !chat.conversationId;
        // The visitor's session token rides in the fragment (never sent to a server or in a Referer), so the
        // full app can open this visitor's conversation; the app keeps it for that tab only.
        if (chat.conversationId) {
          fullLink.href = `${api}/?c=${encodeURIComponent(chat.conversationId)}` +
            (token && token !== key ? `#key=${encodeURIComponent(token)}` : "");
        }
      };
      const chat = new ChatPanel(body, client, {
        options: () => ({ mode: mode() }),
        intro,
        onConversation: remember,
        dialogHost: panel,
      });

      modeSelect.addEventListener("change", () => {
        remember();
        chat.showIntro();
      });
      newButton.addEventListener("click", () => {
        chat.reset();
        remember();
        chat.input.focus();
      });

      loadModes(client).then((list) => {
        modes = list;
        modeSelect.replaceChildren(...modes.map((m) => el("option", { value: m.name, text: m.label })));
        modeSelect.value = modes.some((m) => m.name === state.mode) ? state.mode : "fraga";
        chat.showIntro();
      }).catch(() => {
        modeSelect.replaceChildren(el("option", { value: "fraga", text: "Fråga" }));
      });

      if (state.conversationId) {
        client.request("GET", `/v1/conversations/${encodeURIComponent(state.conversationId)}`).then((conversation) => {
          chat.showConversation(conversation);
          if (conversation.mode) state.mode = conversation.mode;
          if (modes.some((m) => m.name === state.mode)) modeSelect.value = state.mode;
          remember();
        }).catch((err) => {
          if (err.status === 404) save({ mode: state.mode });
          else chat.status.replaceChildren(el("p", { class: "jp-error", role: "alert",
            text: `Det förra samtalet kunde inte visas. ${errorMessage(err)}` }));
        });
      }

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
