// jamplan front-end core: API client (JSON + SSE), safe Markdown, citation chips and source dialog, chat panel.
// Shared by the full page (app.js) and the embeddable widget (widget.js). No HTML from the server, the model
// or the corpus is ever parsed: everything is built with createElement and textContent.

export class ApiError extends Error {
  constructor(status, detail, retryAfter) {
    super(detail);
    this.status = status;
    this.retryAfter = retryAfter ? Number(retryAfter) : null;
  }
}

const UNREACHABLE = "Kunde inte nå servern. Kontrollera anslutningen och försök igen.";
const LOST = "Anslutningen bröts innan svaret var klart. Försök igen.";

/** A Swedish sentence for any failure, for the status line. */
export function errorMessage(err) {
  if (!(err instanceof ApiError)) return "Något gick fel. Försök igen.";
  if (err.status === 0) return UNREACHABLE;
  if (err.status === -1) return LOST;
  if (err.status === 401) return "API-nyckeln saknas eller är ogiltig. Ange en giltig nyckel.";
  if (err.status === 429) {
    const wait = err.retryAfter ? ` Vänta ${err.retryAfter} sekunder.` : "";
    return `För många frågor på kort tid.${wait} Försök sedan igen.`;
  }
  if (err.status >= 500) return "Servern kunde inte svara just nu. Försök igen om en stund.";
  return err.message || `Servern svarade med fel ${err.status}.`;
}

async function toError(response) {
  let detail = "";
  try {
    detail = (await response.json()).detail || "";
  } catch (_) {
    /* not JSON */
  }
  return new ApiError(response.status, detail, response.headers.get("Retry-After"));
}

export class Client {
  constructor(base, key) {
    this.base = (base || "").replace(/\/$/, "");
    this.key = key || "";
  }

  headers(extra = {}) {
    const h = { ...extra };
    if (this.key) h.Authorization = `Bearer ${this.key}`;
    return h;
  }

  async request(method, path, body) {
    let response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers: this.headers(body !== undefined ? { "Content-Type": "application/json" } : {}),
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (_) {
      throw new ApiError(0, UNREACHABLE);
    }
    if (!response.ok) throw await toError(response);
    if (response.status === 204) return null;
    const type = response.headers.get("content-type") || "";
    return type.includes("json") ? response.json() : response.text();
  }

  async blob(path) {
    let response;
    try {
      response = await fetch(this.base + path, { headers: this.headers() });
    } catch (_) {
      throw new ApiError(0, UNREACHABLE);
    }
    if (!response.ok) throw await toError(response);
    return response.blob();
  }

  /** POST /v1/chat as Server-Sent Events; calls onToken / onCitations as they arrive, resolves with `done`. */
  async chat(body, { onToken, onCitations } = {}, signal) {
    let response;
    try {
      response = await fetch(this.base + "/v1/chat", {
        method: "POST",
        headers: this.headers({ "Content-Type": "application/json", Accept: "text/event-stream" }),
        body: JSON.stringify(body),
        signal,
      });
    } catch (err) {
      if (err.name === "AbortError") throw err;
      throw new ApiError(0, UNREACHABLE);
    }
    if (!response.ok) throw await toError(response);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let done = null;
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const event = parseEvent(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (!event) continue;
          if (event.name === "token") onToken && onToken(event.data.text);
          else if (event.name === "citations") onCitations && onCitations(event.data);
          else if (event.name === "done") done = event.data;
          else if (event.name === "error") throw new ApiError(event.data.status || 500, event.data.detail);
        }
      }
    } catch (err) {
      if (err instanceof ApiError || err.name === "AbortError") throw err;
      throw new ApiError(-1, LOST);
    }
    if (!done) throw new ApiError(-1, LOST);
    return done;
  }
}

function parseEvent(raw) {
  let name = "message";
  const data = [];
  for (const line of raw.split("\n")) {
    if (line.startsWith("event:")) name = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  if (!data.length) return null;
  try {
    return { name, data: JSON.parse(data.join("\n")) };
  } catch (_) {
    return null;
  }
}

// --- DOM helpers --------------------------------------------------------------------------------------------

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const INLINE = /(\*\*[^*\n]+\*\*|\[\d{1,3}\])/g;

function inline(text, onCite) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push(document.createTextNode(text.slice(last, match.index)));
    const token = match[0];
    if (token.startsWith("**")) parts.push(el("strong", { text: token.slice(2, -2) }));
    else parts.push(citeChip(Number(token.slice(1, -1)), onCite));
    last = match.index + token.length;
  }
  if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
  return parts;
}

/** A numbered citation chip; `onCite(n)` opens the source. Unknown numbers are shown as plain text. */
export function citeChip(n, onCite) {
  if (!onCite || !onCite.has(n)) return document.createTextNode(`[${n}]`);
  return el("button", {
    type: "button",
    class: "jp-cite",
    "aria-label": `Källa ${n}`,
    "data-n": n,
    text: String(n),
    onclick: () => onCite.open(n),
  });
}

/**
 * Markdown subset to DOM, safely: '## ' headings, '**line**' sub-headings, '- ' and '1. ' lists, paragraphs,
 * **bold** and [n] citations inline. Any '<' in the text stays a character.
 */
export function renderMarkdown(text, onCite) {
  const fragment = document.createDocumentFragment();
  let list = null;
  let paragraph = null;
  const close = () => {
    list = null;
    paragraph = null;
  };
  for (const raw of String(text || "").split("\n")) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    let m;
    if ((m = line.match(/^#{1,4}\s+(.*)$/))) {
      close();
      fragment.append(el("h3", { class: "jp-h" }, inline(m[1], onCite)));
    } else if ((m = line.match(/^\*\*(.+?)\*\*:?$/))) {
      close();
      fragment.append(el("h4", { class: "jp-h" }, inline(m[1], onCite)));
    } else if ((m = line.match(/^\s*(?:[-*•]|\d{1,2}\.)\s+(.*)$/))) {
      paragraph = null;
      if (!list) {
        list = el("ul");
        fragment.append(list);
      }
      list.append(el("li", {}, inline(m[1], onCite)));
    } else {
      list = null;
      if (!paragraph) {
        paragraph = el("p");
        fragment.append(paragraph);
      } else {
        paragraph.append(el("br"));
      }
      paragraph.append(...inline(line, onCite));
    }
  }
  return fragment;
}

// --- sources --------------------------------------------------------------------------------------------------

/** Opens a modal dialog with the cited passage in its context; `host` is where the dialog is attached. */
export async function openSource(client, citation, host) {
  const dialog = el("dialog", { class: "jp-source", "aria-labelledby": "jp-source-title" });
  const close = el("button", { type: "button", class: "jp-close", text: "Stäng", onclick: () => dialog.close() });
  const body = el("div", { class: "jp-source-body" }, el("p", { text: "Hämtar källan…" }));
  dialog.append(
    el("h2", { id: "jp-source-title", text: citation.title }),
    el("p", { class: "jp-meta", text: `${citation.heading_path || "–"} · ${citation.source}, rad ${citation.start_line}–${citation.end_line}` }),
    body,
    close,
  );
  dialog.addEventListener("close", () => dialog.remove());
  host.append(dialog);
  dialog.showModal();
  close.focus();
  try {
    const q = `?context=4&start_line=${citation.start_line}&end_line=${citation.end_line}`;
    const source = await client.request("GET", `/v1/sources/${encodeURIComponent(citation.chunk_id)}${q}`);
    body.replaceChildren();
    if (source.context && source.context.length) {
      const lines = el("ol", { class: "jp-lines", start: source.context[0].n });
      for (const line of source.context) {
        const item = el("li", { value: line.n }, line.cited ? el("mark", { text: line.text || " " }) : line.text || " ");
        lines.append(item);
      }
      body.append(lines);
    } else {
      body.append(el("blockquote", {}, el("mark", { text: citation.quote })));
    }
    body.append(el("p", { class: "jp-quote" }, "Citat: ", el("q", { text: citation.quote })));
  } catch (err) {
    body.replaceChildren(el("p", { class: "jp-error", role: "alert", text: errorMessage(err) }));
  }
  return dialog;
}

// --- the chat panel -------------------------------------------------------------------------------------------

let panelCount = 0;

export class ChatPanel {
  /**
   * @param root element to build into
   * @param client a Client
   * @param opts {options(): {mode, org, target_group, easy_swedish}, onDraft?(answer), onConversation?(id),
   *              dialogHost?: element for the source dialog, placeholder?: string}
   */
  constructor(root, client, opts = {}) {
    this.root = root;
    this.client = client;
    this.opts = opts;
    this.conversationId = null;
    this.busy = false;
    const id = `jp-input-${++panelCount}`;
    this.log = el("div", { class: "jp-log", role: "log", "aria-live": "polite", "aria-relevant": "additions text", "aria-label": "Samtal" });
    this.input = el("textarea", { id, rows: 3, class: "jp-input", placeholder: opts.placeholder || "Skriv din fråga…" });
    this.send = el("button", { type: "submit", class: "jp-send", text: "Skicka" });
    this.status = el("div", { class: "jp-status", role: "status", "aria-live": "assertive" });
    const form = el(
      "form",
      { class: "jp-form", onsubmit: (e) => { e.preventDefault(); this.ask(this.input.value); } },
      el("label", { for: id, class: "jp-label", text: "Din fråga eller beskrivning" }),
      this.input,
      el("div", { class: "jp-actions" }, this.send),
    );
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    root.append(this.log, this.status, form);
  }

  reset() {
    this.conversationId = null;
    this.log.replaceChildren();
    this.status.replaceChildren();
  }

  async ask(message) {
    message = (message || "").trim();
    if (!message || this.busy) return;
    this.busy = true;
    this.send.disabled = true;
    this.status.replaceChildren();
    const options = this.opts.options ? this.opts.options() : { mode: "fraga" };
    this.log.append(el("div", { class: "jp-msg jp-user" }, el("span", { class: "jp-who", text: "Du: " }), message));
    const bubble = el("div", { class: "jp-msg jp-bot", "aria-busy": "true" });
    const live = el("div", { class: "jp-stream" });
    bubble.append(el("span", { class: "jp-who", text: "jamplan: " }), live);
    this.log.append(bubble);
    this.input.value = "";
    let streamed = "";
    try {
      const body = { message, mode: options.mode || "fraga", options: {
        org: options.org || null, target_group: options.target_group || null, easy_swedish: !!options.easy_swedish } };
      if (this.conversationId) body.conversation_id = this.conversationId;
      const answer = await this.client.chat(body, {
        onToken: (text) => {
          streamed += text;
          live.textContent = streamed;
          this.log.scrollTop = this.log.scrollHeight;
        },
      });
      this.conversationId = answer.conversation_id;
      bubble.removeAttribute("aria-busy");
      this.renderAnswer(bubble, answer);
      if (this.opts.onConversation) this.opts.onConversation(answer.conversation_id);
    } catch (err) {
      bubble.remove();
      this.showError(err, () => this.ask(message));
    } finally {
      this.busy = false;
      this.send.disabled = false;
    }
  }

  showError(err, retry) {
    this.status.replaceChildren(
      el("p", { class: "jp-error", role: "alert", text: errorMessage(err) }),
      retry ? el("button", { type: "button", class: "jp-retry", text: "Försök igen", onclick: () => { this.status.replaceChildren(); retry(); } }) : null,
    );
  }

  /** Replace the streamed plain text with the rendered answer: Markdown, chips, sources, feedback. */
  renderAnswer(bubble, answer) {
    const citations = new Map((answer.citations || []).map((c) => [c.n, c]));
    const host = this.opts.dialogHost || this.root;
    const onCite = { has: (n) => citations.has(n), open: (n) => openSource(this.client, citations.get(n), host) };
    const content = el("div", { class: "jp-answer" });
    const followups = answer.mode === "dilemma" && answer.draft
      ? (answer.draft.sections || []).find((s) => s.key === "fragor") : null;
    if (followups && followups.items.length) {
      const text = answer.text.split("\n");
      const cut = text.findIndex((l) => l.startsWith("Frågor att diskutera"));
      content.append(renderMarkdown(cut >= 0 ? text.slice(0, cut).join("\n") : answer.text, onCite));
      const list = el("ul");
      for (const item of followups.items) {
        list.append(el("li", {}, item.text, ...item.citations.map((n) => [" ", citeChip(n, onCite)]).flat()));
      }
      content.append(el("aside", { class: "jp-followups", "aria-label": "Följdfrågor till gruppen" },
        el("h4", { text: "Följdfrågor till gruppen" }), list));
      const closing = text.slice(cut + 1).filter((l) => l && !l.startsWith("- "));
      if (closing.length) content.append(renderMarkdown(closing.join("\n"), onCite));
    } else {
      content.append(renderMarkdown(answer.text, onCite));
    }
    if (!answer.grounded) content.classList.add("jp-ungrounded");
    const sources = el("ol", { class: "jp-sources", "aria-label": "Källor" });
    for (const c of answer.citations || []) {
      sources.append(el("li", {}, el("button", {
        type: "button", class: "jp-source-link", "aria-label": `Källa ${c.n}: ${c.title}, rad ${c.start_line}–${c.end_line}`,
        onclick: () => openSource(this.client, c, host),
      }, `[${c.n}] ${c.title} – rad ${c.start_line}–${c.end_line}`)));
    }
    const tools = el("div", { class: "jp-tools" });
    const thumbs = [["up", "Bra", "Bra svar"], ["down", "Inte bra", "Inte bra svar"]].map(([rating, icon, label]) =>
      el("button", { type: "button", class: "jp-thumb", "aria-label": label, "aria-pressed": "false", "data-rating": rating,
        onclick: async (e) => {
          const button = e.currentTarget;
          try {
            await this.client.request("POST", "/v1/feedback", { message_id: answer.message_id, rating });
            for (const b of tools.querySelectorAll(".jp-thumb")) b.setAttribute("aria-pressed", String(b === button));
            this.status.replaceChildren(el("p", { class: "jp-ok", text: "Tack för återkopplingen!" }));
          } catch (err) {
            this.showError(err);
          }
        } }, icon));
    tools.append(...thumbs);
    if (this.opts.onDraft) {
      tools.append(el("button", { type: "button", class: "jp-to-draft", text: "Till utkast", onclick: () => this.opts.onDraft(answer) }));
    }
    bubble.replaceChildren(el("span", { class: "jp-who", text: "jamplan: " }), content,
      answer.citations && answer.citations.length ? el("div", { class: "jp-sources-wrap" }, el("h4", { class: "jp-sources-title", text: "Källor" }), sources) : null,
      tools);
    bubble.dataset.messageId = answer.message_id || "";
    bubble.classList.add("jp-done");
  }

  /** Show a stored conversation (from GET /v1/conversations/{id}). */
  showConversation(conversation) {
    this.reset();
    this.conversationId = conversation.id;
    for (const m of conversation.messages) {
      if (m.role === "user") {
        this.log.append(el("div", { class: "jp-msg jp-user" }, el("span", { class: "jp-who", text: "Du: " }), m.content));
      } else {
        const bubble = el("div", { class: "jp-msg jp-bot" });
        this.log.append(bubble);
        this.renderAnswer(bubble, { text: m.content, citations: m.citations, grounded: m.grounded !== false,
          mode: m.mode, draft: m.draft, message_id: m.id, conversation_id: conversation.id });
      }
    }
  }
}

/**
 * The modes from the server's registry (GET /v1/modes, no key needed): [{name, label, help, is_draft, sections}].
 * The page keeps no copy of its own; until this resolves, questions go in the default mode "fraga".
 */
export async function loadModes(client) {
  return client.request("GET", "/v1/modes");
}
