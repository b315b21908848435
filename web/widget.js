// jamplan chat widget. Embed on any page with one tag:
//   <script src="https://jamplan.example/widget.js" data-api="https://jamplan.example" data-key="jp_…" defer></script>
// Optional: data-title="Fråga om jämställdhet", data-position="left". Everything lives in a shadow root, so the
// host page's styles and the widget's never mix.
(function () {
  const script = document.currentScript;
  if (!script) return;
  const api = (script.dataset.api || new URL(script.src).origin).replace(/\/$/, "");
  const key = script.dataset.key || "";
  const title = script.dataset.title || "Fråga om jämställdhetsintegrering";

  function start() {
    import(api + "/static/core.js").then(({ Client, ChatPanel, el }) => {
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
      const chat = new ChatPanel(body, new Client(api, key), { options: () => ({ mode: "fraga" }), dialogHost: panel });
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
