// jamplan front-end core: API client (JSON + SSE), safe Markdown, citation chips with previews and the source
// dialog, and the chat panel. Shared by the full page (app.js) and the embeddable widget (widget.js).
// No HTML from the server, the model or the corpus is ever parsed: everything is built with createElement and
// textContent, so a '<script>' in an answer or a document stays text.

export class ApiError extends Error {
  constructor(status, detail, retryAfter) {
    super(detail || "");
    this.status = status;
    this.retryAfter = retryAfter ? Number(retryAfter) : null;
  }
}

const UNREACHABLE = "Kunde inte nå servern. Kontrollera anslutningen och försök igen.";
const LOST = "Anslutningen bröts innan svaret var klart. Försök igen.";

/** A Swedish sentence for any failure, for the status line (never "null" or an English browser message). */
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
  const detail = typeof err.message === "string" && err.message && err.message !== "null" ? err.message : "";
  return detail || `Servern svarade med fel ${err.status}.`;
}

async function toError(response) {
  let detail = "";
  try {
    const body = await response.json();
    detail = body && typeof body.detail === "string" ? body.detail : "";
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

  async fetch(path, init) {
    try {
      return await fetch(this.base + path, init);
    } catch (err) {
      if (err.name === "AbortError") throw err;
      throw new ApiError(0, UNREACHABLE);
    }
  }

  async request(method, path, body) {
    const response = await this.fetch(path, {
      method,
      headers: this.headers(body !== undefined ? { "Content-Type": "application/json" } : {}),
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw await toError(response);
    if (response.status === 204) return null;
    const type = response.headers.get("content-type") || "";
    return type.includes("json") ? response.json() : response.text();
  }

  /** A file from the server: {blob, name} with the name from Content-Disposition (RFC 5987 first). */
  async download(method, path, body) {
    const response = await this.fetch(path, {
      method,
      headers: this.headers(body !== undefined ? { "Content-Type": "application/json" } : {}),
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw await toError(response);
    return { blob: await response.blob(), name: fileName(response.headers.get("Content-Disposition")) };
  }

  /** POST /v1/chat as Server-Sent Events; calls onToken / onCitations as they arrive, resolves with `done`. */
  async chat(body, { onToken, onCitations } = {}, signal) {
    const response = await this.fetch("/v1/chat", {
      method: "POST",
      headers: this.headers({ "Content-Type": "application/json", Accept: "text/event-stream" }),
      body: JSON.stringify(body),
      signal,
    });
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

function fileName(header) {
  if (!header) return null;
  const star = header.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch (_) {
      /* fall back to the plain name */
    }
  }
  const plain = header.match(/filename="([^"]*)"/i);
  return plain ? plain[1] : null;
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

/** Swedish date for lists: "i dag 14:05", "i går 09:12" or "2 dec. 2026". */
export function shortDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const today = new Date();
  const day = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const time = date.toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit" });
  const diff = Math.round((day(today) - day(date)) / 86_400_000);
  if (diff === 0) return `i dag ${time}`;
  if (diff === 1) return `i går ${time}`;
  return date.toLocaleDateString("sv-SE", { day: "numeric", month: "short", year: "numeric" });
}

// --- Markdown, safely --------------------------------------------------------------------------------------

const INLINE = /(\*\*[^*\n]+\*\*|\*[^*\s][^*\n]*\*|`[^`\n]+`|\[\d{1,3}(?:\s*,\s*\d{1,3})*\])/g;

function inline(text, onCite) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push(document.createTextNode(text.slice(last, match.index)));
    const token = match[0];
    if (token.startsWith("**")) parts.push(el("strong", {}, inline(token.slice(2, -2), onCite)));
    else if (token.startsWith("*")) parts.push(el("em", { text: token.slice(1, -1) }));
    else if (token.startsWith("`")) parts.push(el("code", { text: token.slice(1, -1) }));
    else {
      const numbers = token.slice(1, -1).split(",").map((n) => Number(n.trim()));
      numbers.forEach((n) => parts.push(citeChip(n, onCite)));
    }
    last = match.index + token.length;
  }
  if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
  return parts;
}

/**
 * A numbered citation. With a known source it is a button that opens it (and previews it on hover or focus);
 * while an answer is still streaming its sources are not known yet, so the number is shown as a quiet badge.
 */
export function citeChip(n, onCite) {
  if (onCite && onCite.has(n)) {
    const chip = el("button", { type: "button", class: "jp-cite", "aria-label": `Källa ${n}`, "data-n": n,
      text: String(n), onclick: () => onCite.open(n) });
    if (onCite.preview) onCite.preview(chip, n);
    return chip;
  }
  if (onCite && onCite.pending) return el("span", { class: "jp-cite jp-cite-pending", "data-n": n, text: String(n) });
  return document.createTextNode(`[${n}]`);
}

/**
 * Markdown to DOM, safely: '#'-headings, '**line**' sub-headings, '-' and '1.' lists, '>' quotes, paragraphs,
 * **bold**, *italic*, `code` and [n] citations inline. Any '<' in the text stays a character. Unfinished
 * constructs (an open '**' mid-stream) simply stay text until they are closed.
 */
export function renderMarkdown(text, onCite) {
  const fragment = document.createDocumentFragment();
  let list = null;
  let listType = "";
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
    } else if ((m = line.match(/^\*\*([^*]+?)\*\*:?$/))) {
      close();
      fragment.append(el("h4", { class: "jp-h" }, inline(m[1], onCite)));
    } else if ((m = line.match(/^\s*([-*•]|\d{1,2}\.)\s+(.*)$/))) {
      paragraph = null;
      const type = /\d/.test(m[1]) ? "ol" : "ul";
      if (!list || listType !== type) {
        list = el(type);
        listType = type;
        fragment.append(list);
      }
      list.append(el("li", {}, inline(m[2], onCite)));
    } else if ((m = line.match(/^>\s?(.*)$/))) {
      close();
      fragment.append(el("blockquote", {}, inline(m[1], onCite)));
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

// --- sources: hover previews and the dialog ----------------------------------------------------------------

let previewCount = 0;

/** A lättläst answer's citation (`rewritten`): the answer says the lines in other words, the quote is the original. */
export const REWRITTEN_LABEL = "Svaret säger det med enkla ord. Originaltexten:";

/** One tooltip per host showing a citation's title, lines and quote while a chip is hovered or focused. */
export class Preview {
  constructor(host) {
    this.host = host;
    this.id = `jp-preview-${++previewCount}`;
    this.node = el("div", { class: "jp-preview", role: "tooltip", id: this.id, hidden: true });
    host.append(this.node);
    this.node.addEventListener("mouseleave", () => this.hide());
  }

  attach(target, citation) {
    target.setAttribute("aria-describedby", this.id);
    const show = () => this.show(target, citation);
    target.addEventListener("mouseenter", show);
    target.addEventListener("focus", show);
    target.addEventListener("mouseleave", (e) => { if (e.relatedTarget !== this.node) this.hide(); });
    target.addEventListener("blur", () => this.hide());
    target.addEventListener("keydown", (e) => { if (e.key === "Escape" && !this.node.hidden) { e.stopPropagation(); this.hide(); } });
  }

  show(target, c) {
    this.node.replaceChildren(
      el("strong", { text: `[${c.n}] ${c.title}` }),
      el("span", { class: "jp-meta", text: ` ${c.source}, ${lineText(c)}` }),
      ...(c.rewritten ? [el("span", { class: "jp-meta", text: ` ${REWRITTEN_LABEL}` })] : []),
      el("q", { text: c.quote.length > 280 ? `${c.quote.slice(0, 280).replace(/\s+\S*$/, "")} …` : c.quote }),
    );
    this.node.hidden = false;
    const box = target.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    this.node.style.width = `${width}px`;
    this.node.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    const below = box.bottom + 6;
    const height = this.node.offsetHeight;
    this.node.style.top = `${below + height < window.innerHeight ? below : Math.max(8, box.top - height - 6)}px`;
  }

  hide() {
    this.node.hidden = true;
  }
}

export function lineText(c) {
  return c.start_line === c.end_line ? `rad ${c.start_line}` : `rad ${c.start_line}–${c.end_line}`;
}

let dialogCount = 0;

/**
 * A modal dialog with the cited passage in its context, opened scrolled to the highlighted lines; the close
 * button sits in the dialog's header so it is always in view. `host` is where the dialog is attached.
 */
export async function openSource(client, citation, host) {
  const titleId = `jp-source-title-${++dialogCount}`;
  const dialog = el("dialog", { class: "jp-source", "aria-labelledby": titleId });
  const close = el("button", { type: "button", class: "jp-close", text: "Stäng", onclick: () => dialog.close() });
  const body = el("div", { class: "jp-source-body", tabindex: "0", role: "region", "aria-label": "Källtext" },
    el("p", { text: "Hämtar källan…" }));
  dialog.append(
    el("div", { class: "jp-source-head" }, el("h2", { id: titleId, text: citation.title }), close),
    el("p", { class: "jp-meta", text: `${citation.heading_path || "–"} · ${citation.source}, ${lineText(citation)}` }),
    body,
  );
  dialog.addEventListener("close", () => dialog.remove());
  host.append(dialog);
  dialog.showModal();
  close.focus();
  try {
    const q = `?context=8&start_line=${citation.start_line}&end_line=${citation.end_line}`;
    const source = await client.request("GET", `/v1/sources/${encodeURIComponent(citation.chunk_id)}${q}`);
    body.replaceChildren();
    if (source.context && source.context.length) {
      const lines = el("ol", { class: "jp-lines", start: source.context[0].n });
      for (const line of source.context) {
        lines.append(el("li", { value: line.n, class: line.cited ? "jp-cited" : null },
          line.cited ? el("mark", { text: line.text || " " }) : line.text || " "));
      }
      body.append(lines);
    } else {
      body.append(el("blockquote", {}, el("mark", { text: citation.quote })));
    }
    // Lättläst: the answer says these lines in easy Swedish; the quote is the source's own text.
    body.append(el("p", { class: "jp-quote" }, citation.rewritten ? `${REWRITTEN_LABEL} ` : "Citat: ",
      el("q", { text: citation.quote })));
    const first = body.querySelector("mark");
    if (first) {
      const offset = first.getBoundingClientRect().top - body.getBoundingClientRect().top;
      body.scrollTop = Math.max(0, body.scrollTop + offset - body.clientHeight / 3);
    }
  } catch (err) {
    body.replaceChildren(el("p", { class: "jp-error", role: "alert", text: errorMessage(err) }));
  }
  return dialog;
}

// --- the chat panel -------------------------------------------------------------------------------------------

let panelCount = 0;

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    return false;
  }
}

/** The answer as plain text for the clipboard: Markdown markers kept, sources listed at the end. */
export function answerAsText(answer) {
  const sources = (answer.citations || []).map((c) => `[${c.n}] ${c.title} (${c.source}, ${lineText(c)})`);
  return sources.length ? `${answer.text}\n\nKällor:\n${sources.join("\n")}` : answer.text;
}

/**
 * Where a draft item came from, if the draft says so (`item.provenance`, filled by the drafting backends):
 * "user" (from what you wrote), "source" (from a cited source) or "suggestion" (jamplan's suggestion).
 * Returns a Swedish label, or null when the draft carries no provenance (older answers).
 */
export function provenanceLabel(item) {
  const kind = item && (typeof item.provenance === "string" ? item.provenance : item.provenance && item.provenance.kind);
  if (kind === "user") return "Från dig";
  if (kind === "source") {
    const numbers = (item.citations || []).map((n) => `[${n}]`).join(" ");
    return numbers ? `Från källa ${numbers}` : "Från källa";
  }
  if (kind === "suggestion") return "Förslag";
  return null;
}

export class ChatPanel {
  /**
   * @param root element to build into
   * @param client a Client
   * @param opts {options(): {mode, org, target_group, easy_swedish, document?}, onDraft?(answer), onConversation?(id),
   *              dialogHost?: element for dialogs and previews, placeholder?: string, intro?(): Node|null,
   *              label?: string}
   */
  constructor(root, client, opts = {}) {
    this.root = root;
    this.client = client;
    this.opts = opts;
    this.conversationId = null;
    this.busy = false;
    this.controller = null;
    const id = `jp-input-${++panelCount}`;
    this.host = opts.dialogHost || root;
    this.preview = new Preview(this.host);
    this.log = el("div", { class: "jp-log", role: "log", "aria-live": "polite", "aria-relevant": "additions text",
      "aria-label": "Samtal" });
    this.introSlot = el("div", { class: "jp-intro-slot" });
    this.input = el("textarea", { id, rows: 3, class: "jp-input", placeholder: opts.placeholder || "Skriv din fråga…" });
    this.send = el("button", { type: "submit", class: "jp-send", text: "Skicka" });
    this.stop = el("button", { type: "button", class: "jp-stop", text: "Stoppa svaret", hidden: true,
      onclick: () => this.controller && this.controller.abort() });
    this.status = el("div", { class: "jp-status", role: "status", "aria-live": "assertive" });
    this.form = el(
      "form",
      { class: "jp-form", onsubmit: (e) => { e.preventDefault(); this.ask(this.input.value); } },
      el("label", { for: id, class: "jp-label", text: opts.label || "Din fråga eller beskrivning" }),
      this.input,
      el("div", { class: "jp-actions" }, this.stop, this.send),
    );
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.form.requestSubmit();
      }
    });
    root.append(this.introSlot, this.log, this.status, this.form);
    this.showIntro();
  }

  showIntro() {
    const intro = !this.log.childElementCount && this.opts.intro ? this.opts.intro() : null;
    this.introSlot.replaceChildren(...(intro ? [intro] : []));
  }

  reset() {
    if (this.controller) this.controller.abort();
    this.conversationId = null;
    this.replaces = null;
    this.log.replaceChildren();
    this.status.replaceChildren();
    this.showIntro();
  }

  setBusy(busy) {
    this.busy = busy;
    this.send.disabled = busy;
    this.stop.hidden = !busy;
  }

  userBubble(message) {
    const bubble = el("div", { class: "jp-msg jp-user" }, el("span", { class: "jp-who", text: "Du: " }),
      el("span", { class: "jp-text", text: message }));
    bubble.append(el("div", { class: "jp-tools jp-user-tools" }, el("button", {
      type: "button", class: "jp-tool jp-edit", text: "Redigera", "aria-label": "Redigera och skicka om frågan",
      onclick: () => this.edit(bubble, message),
    })));
    return bubble;
  }

  /** Edit-and-resend: the question goes back into the box; this exchange and later ones leave the view, and
   *  the server replaces them with the new exchange when it is sent. */
  edit(bubble, message) {
    if (this.busy) return;
    const answer = bubble.nextElementSibling;
    if (answer && answer.dataset.messageId) this.replaces = answer.dataset.messageId;
    let node = bubble;
    while (node) {
      const next = node.nextElementSibling;
      node.remove();
      node = next;
    }
    this.input.value = message;
    this.input.focus();
    this.status.replaceChildren(el("p", { class: "jp-ok", text: "Ändra frågan och skicka den igen." }));
  }

  followBottom(bubble) {
    // Follow the growing answer, but never scroll its beginning out of view (a long draft starts at the top).
    const limit = this.log.scrollTop + bubble.getBoundingClientRect().top - this.log.getBoundingClientRect().top - 8;
    const target = Math.min(this.log.scrollHeight - this.log.clientHeight, Math.max(limit, 0));
    if (target > this.log.scrollTop) this.log.scrollTop = target;
  }

  /** Send a question; `replaces` names a stored answer this exchange takes the place of (regenerate, edit). */
  async ask(message, replaces = this.replaces) {
    message = (message || "").trim();
    if (!message || this.busy) return;
    this.setBusy(true);
    this.status.replaceChildren();
    this.introSlot.replaceChildren();
    const options = this.opts.options ? this.opts.options() : { mode: "fraga" };
    const asked = this.userBubble(message);
    const bubble = el("div", { class: "jp-msg jp-bot", "aria-busy": "true" });
    const live = el("div", { class: "jp-stream jp-answer" });
    const waiting = el("p", { class: "jp-waiting" }, el("span", { class: "jp-dots", "aria-hidden": "true" }),
      "Söker i underlaget och skriver svaret…");
    bubble.append(el("span", { class: "jp-who", text: "jamplan: " }), waiting, live);
    this.log.append(asked, bubble);
    this.followBottom(bubble);
    this.input.value = "";
    let streamed = "";
    let frame = 0;
    const pending = { has: () => false, pending: true };
    const draw = () => {
      frame = 0;
      live.replaceChildren(renderMarkdown(streamed, pending));
      this.followBottom(bubble);
    };
    this.controller = new AbortController();
    try {
      const body = { message, mode: options.mode || "fraga", options: {
        org: options.org || null, target_group: options.target_group || null, easy_swedish: !!options.easy_swedish,
        // the uploaded file this conversation is about (its name as sent to POST /v1/ingest), from its first turn on
        document: options.document || null } };
      if (this.conversationId) body.conversation_id = this.conversationId;
      if (this.conversationId && replaces) body.replaces = replaces;
      const answer = await this.client.chat(body, {
        onToken: (text) => {
          if (!streamed) waiting.remove();
          streamed += text;
          if (!frame) frame = requestAnimationFrame(draw);
        },
      }, this.controller.signal);
      if (frame) cancelAnimationFrame(frame);
      this.conversationId = answer.conversation_id;
      this.replaces = null;
      bubble.removeAttribute("aria-busy");
      this.renderAnswer(bubble, answer, message, asked);
      if (this.opts.onConversation) this.opts.onConversation(answer.conversation_id);
    } catch (err) {
      if (frame) cancelAnimationFrame(frame);
      if (err.name === "AbortError") {
        waiting.remove();
        bubble.removeAttribute("aria-busy");
        draw();
        bubble.append(el("p", { class: "jp-meta", text: "Svaret stoppades och sparades inte." }),
          el("div", { class: "jp-tools" }, el("button", { type: "button", class: "jp-tool jp-regenerate",
            text: "Generera igen", onclick: () => this.regenerate(asked, bubble, message) })));
      } else {
        // Nothing half-done stays behind: the question goes back into the box and one retry asks it once.
        asked.remove();
        bubble.remove();
        if (!this.input.value.trim()) this.input.value = message;
        this.showError(err, () => this.ask(message, replaces));
        this.showIntro();
      }
    } finally {
      this.controller = null;
      this.setBusy(false);
    }
  }

  regenerate(asked, bubble, message) {
    if (this.busy) return;
    const replaces = bubble.dataset.messageId || null;
    asked.remove();
    bubble.remove();
    this.ask(message, replaces);
  }

  showError(err, retry) {
    this.status.replaceChildren(
      el("p", { class: "jp-error", role: "alert", text: errorMessage(err) }),
      retry ? el("button", { type: "button", class: "jp-retry", text: "Försök igen",
        onclick: () => { this.status.replaceChildren(); retry(); } }) : null,
    );
  }

  /** Replace the streamed text with the rendered answer: Markdown, chips, sources, tools. */
  renderAnswer(bubble, answer, question, asked) {
    const citations = new Map((answer.citations || []).map((c) => [c.n, c]));
    const onCite = {
      has: (n) => citations.has(n),
      open: (n) => openSource(this.client, citations.get(n), this.host),
      preview: (chip, n) => this.preview.attach(chip, citations.get(n)),
    };
    const content = el("div", { class: "jp-answer" });
    const followups = answer.mode === "dilemma" && answer.draft
      ? (answer.draft.sections || []).find((s) => s.key === "fragor") : null;
    if (followups && followups.items.length) {
      const text = answer.text.split("\n");
      const cut = text.findIndex((l) => l.replace(/^#+\s*/, "").startsWith("Frågor att diskutera"));
      content.append(renderMarkdown(cut >= 0 ? text.slice(0, cut).join("\n") : answer.text, onCite));
      const list = el("ul");
      for (const item of followups.items) {
        list.append(el("li", {}, item.text, ...item.citations.map((n) => [" ", citeChip(n, onCite)]).flat()));
      }
      content.append(el("aside", { class: "jp-followups", "aria-label": "Följdfrågor till gruppen" },
        el("h4", { text: "Följdfrågor till gruppen" }), list));
      const closing = cut >= 0 ? text.slice(cut + 1).filter((l) => l && !l.startsWith("- ")) : [];
      if (closing.length) content.append(renderMarkdown(closing.join("\n"), onCite));
    } else {
      content.append(renderMarkdown(answer.text, onCite));
    }
    const provenance = renderProvenance(answer.draft, onCite);
    if (provenance) content.append(provenance);
    if (!answer.grounded) content.classList.add("jp-ungrounded");
    const sources = el("ol", { class: "jp-sources", "aria-label": "Källor" });
    for (const c of answer.citations || []) {
      const link = el("button", {
        type: "button", class: "jp-source-link", "aria-label": `Källa ${c.n}: ${c.title}, ${lineText(c)}`,
        onclick: () => openSource(this.client, c, this.host),
      }, `[${c.n}] ${c.title} – ${lineText(c)}`);
      this.preview.attach(link, c);
      sources.append(el("li", {}, link));
    }
    const tools = el("div", { class: "jp-tools" });
    const feedback = el("span", { class: "jp-feedback", role: "status" });
    const copy = el("button", { type: "button", class: "jp-tool jp-copy", text: "Kopiera", onclick: async () => {
      feedback.textContent = (await copyText(answerAsText(answer))) ? "Svaret är kopierat." : "Kunde inte kopiera.";
    } });
    tools.append(copy);
    if (question && asked) {
      tools.append(el("button", { type: "button", class: "jp-tool jp-regenerate", text: "Generera igen",
        onclick: () => this.regenerate(asked, bubble, question) }));
    }
    const thumbs = [["up", "Bra", "Bra svar"], ["down", "Inte bra", "Inte bra svar"]].map(([rating, icon, label]) =>
      el("button", { type: "button", class: "jp-tool jp-thumb", "aria-label": label, "aria-pressed": "false",
        "data-rating": rating, onclick: async (e) => {
          const button = e.currentTarget;
          try {
            await this.client.request("POST", "/v1/feedback", { message_id: answer.message_id, rating });
            for (const b of tools.querySelectorAll(".jp-thumb")) b.setAttribute("aria-pressed", String(b === button));
            feedback.textContent = "Tack för återkopplingen!";
          } catch (err) {
            this.status.replaceChildren(el("p", { class: "jp-error", role: "alert",
              text: `Återkopplingen kunde inte sparas. ${errorMessage(err)}` }));
          }
        } }, icon));
    tools.append(...thumbs);
    if (this.opts.onDraft) {
      tools.append(el("button", { type: "button", class: "jp-tool jp-to-draft", text: "Till utkast",
        onclick: () => this.opts.onDraft(answer) }));
    }
    tools.append(feedback);
    bubble.replaceChildren(el("span", { class: "jp-who", text: "jamplan: " }), content,
      answer.citations && answer.citations.length
        ? el("div", { class: "jp-sources-wrap" }, el("h4", { class: "jp-sources-title", text: "Källor" }), sources)
        : null,
      tools);
    bubble.dataset.messageId = answer.message_id || "";
    bubble.classList.add("jp-done");
  }

  /** Show a stored conversation (from GET /v1/conversations/{id}). */
  showConversation(conversation) {
    this.reset();
    this.introSlot.replaceChildren();
    this.conversationId = conversation.id;
    let question = null;
    let asked = null;
    for (const m of conversation.messages) {
      if (m.role === "user") {
        question = m.content;
        asked = this.userBubble(m.content);
        this.log.append(asked);
      } else {
        const bubble = el("div", { class: "jp-msg jp-bot" });
        this.log.append(bubble);
        this.renderAnswer(bubble, { text: m.content, citations: m.citations, grounded: m.grounded !== false,
          mode: m.mode, draft: m.draft, message_id: m.id, conversation_id: conversation.id }, question, asked);
      }
    }
    this.log.scrollTop = this.log.scrollHeight;
  }
}

/**
 * Provenance per draft item ("Från dig", "Från källa [n]", "Förslag"), when the draft carries it; null otherwise.
 * The hook for the drafting backends' `provenance` field: nothing is shown for drafts without it.
 */
export function renderProvenance(draft, onCite) {
  if (!draft || !draft.sections) return null;
  const items = draft.sections.flatMap((s) => (s.items || []).map((item) => ({ section: s, item })));
  if (!items.some(({ item }) => provenanceLabel(item))) return null;
  const list = el("ul", { class: "jp-provenance" });
  for (const { section, item } of items) {
    const label = provenanceLabel(item);
    if (!label) continue;
    list.append(el("li", {}, el("span", { class: `jp-badge jp-prov-${String(item.provenance.kind || item.provenance)}`,
      text: label }), " ", el("span", { class: "jp-meta", text: `${section.heading}: ` }), inline(item.text, onCite)));
  }
  return el("details", { class: "jp-provenance-wrap" }, el("summary", { text: "Varifrån kommer varje punkt?" }), list);
}

/**
 * The modes from the server's registry (GET /v1/modes, no key needed):
 * [{name, label, help, is_draft, sections, examples}]. The web code keeps no copy of its own.
 */
export async function loadModes(client) {
  return client.request("GET", "/v1/modes");
}
