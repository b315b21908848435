// The full page: onboarding, chat with mode picker and options, conversation list (search, rename, delete with
// undo), dilemma picker, the draft editor (preview, sources, versions, export of what is on screen) and, for
// administrators, what ingest refused or flagged.
import {
  ApiError, ChatPanel, Client, el, errorMessage, lineText, loadModes, openSource, Preview, renderMarkdown,
  renderProvenance, shortDate,
} from "./core.js";

const $ = (id) => document.getElementById(id);
const KEY_STORE = "jamplan.key";
const TAB_KEY_STORE = "jamplan.tab-key";
// A link from the widget carries the visitor's session token in the fragment: used in this tab only (a key
// stored for the full app stays as it is), and taken out of the address bar at once.
function tabKey() {
  const fromLink = new URLSearchParams(location.hash.slice(1)).get("key");
  try {
    if (fromLink) {
      sessionStorage.setItem(TAB_KEY_STORE, fromLink);
      history.replaceState(null, "", location.pathname + location.search);
    }
    return sessionStorage.getItem(TAB_KEY_STORE) || "";
  } catch (_) {
    return fromLink || "";
  }
}
const client = new Client(location.origin, tabKey() || localStorage.getItem(KEY_STORE) || "");
const phone = window.matchMedia("(max-width: 48rem)");

let mode = "fraga";
let modes = []; // the server's mode registry (GET /v1/modes); the page keeps no copy of its own

// --- settings and onboarding ------------------------------------------------------------------------------

async function showModes() {
  $("modes").replaceChildren(el("p", { class: "jp-loading", text: "Läser in lägen…" }));
  try {
    modes = await loadModes(client);
  } catch (err) {
    $("modes").replaceChildren(el("p", { class: "jp-error", role: "alert",
      text: `Lägena kunde inte läsas in: ${errorMessage(err)} Tills vidare ställs frågor som vanliga frågor.` }));
    return;
  }
  $("modes").replaceChildren(...modes.map((m) => {
    const id = `mode-${m.name}`;
    return el("span", { class: "jp-mode" },
      el("input", { type: "radio", name: "mode", id, value: m.name, checked: m.name === mode,
        "aria-describedby": "mode-help", onchange: () => setMode(m.name) }),
      el("label", { for: id, text: m.label }));
  }));
  setMode(mode);
}

function setMode(value) {
  mode = value;
  const spec = modes.find((m) => m.name === value);
  for (const radio of document.querySelectorAll('input[name="mode"]')) radio.checked = radio.value === value;
  $("mode-help").textContent = spec ? spec.help : "";
  $("dilemma-view").hidden = value !== "dilemma";
  if (value === "dilemma") loadDilemmas();
  chat.input.placeholder = value === "dilemma" ? "Beskriv ert dilemma…" : spec && spec.is_draft
    ? "Beskriv området eller problemet som utkastet ska handla om…" : "Skriv din fråga…";
  chat.showIntro();
}

/** The first-minute view in an empty chat: what jamplan does, one line per mode, examples for the chosen mode. */
function intro() {
  if (!modes.length) return null;
  const spec = modes.find((m) => m.name === mode) || modes[0];
  return el("div", { class: "jp-intro" },
    el("h3", { text: "Välkommen till jamplan" }),
    el("p", { text: "Ställ frågor om underlaget för jämställdhetsintegrering eller låt jamplan skriva ett första "
      + "utkast. Varje påstående har en numrerad källa som du kan öppna." }),
    el("ul", { class: "jp-mode-lines" }, modes.map((m) => el("li", {},
      el("strong", { text: m.label }), ` – ${m.help}`))),
    el("p", { class: "jp-examples-title", text: `Prova ett exempel (${spec.label}):` }),
    el("div", { class: "jp-examples" }, (spec.examples || []).map((text) => el("button", {
      type: "button", class: "jp-example", text, onclick: () => chat.ask(text) }))));
}

// The uploaded document a reopened conversation is about (options.document): sent again with its next turns.
let tiedDocument = null;
const options = () => ({ mode, org: $("org").value.trim(), target_group: $("target").value.trim(),
  easy_swedish: $("easy").checked, document: tiedDocument });

function restoreSettings(conversation) {
  if (conversation.mode && modes.some((m) => m.name === conversation.mode)) setMode(conversation.mode);
  const o = conversation.options || {};
  $("org").value = o.org || "";
  $("target").value = o.target_group || "";
  $("easy").checked = !!o.easy_swedish;
  tiedDocument = o.document || null;
}

// --- chat -----------------------------------------------------------------------------------------------------

const chat = new ChatPanel($("chat"), client, {
  options,
  intro,
  onDraft: (answer) => toEditor(answer),
  onConversation: (id) => { setActive(id); loadConversations(); },
  dialogHost: document.body,
});

$("new-conversation").addEventListener("click", () => {
  chat.reset();
  tiedDocument = null;
  setActive(null);
  closeSide();
  chat.input.focus();
});

async function guarded(fn, status) {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) $("key-form").hidden = false;
    (status || $("side-status")).replaceChildren(el("p", { class: "jp-error", role: "alert", text: errorMessage(err) }));
    return null;
  }
}

// --- the list on phones ---------------------------------------------------------------------------------------

function openSide() {
  document.body.classList.add("jp-side-open");
  $("toggle-side").setAttribute("aria-expanded", "true");
  $("new-conversation").focus();
}

function closeSide() {
  if (!document.body.classList.contains("jp-side-open")) return;
  document.body.classList.remove("jp-side-open");
  $("toggle-side").setAttribute("aria-expanded", "false");
  if (phone.matches) $("toggle-side").focus();
}

$("toggle-side").addEventListener("click", () => (document.body.classList.contains("jp-side-open") ? closeSide() : openSide()));
$("close-side").addEventListener("click", closeSide);
$("side").addEventListener("keydown", (e) => { if (e.key === "Escape" && phone.matches) closeSide(); });

// --- conversations --------------------------------------------------------------------------------------------

let activeId = null;
let pendingDelete = null; // {id, timer, finish()} while the undo is offered

function setActive(id) {
  activeId = id;
  const url = new URL(location.href);
  if (id) url.searchParams.set("c", id);
  else url.searchParams.delete("c");
  history.replaceState(null, "", url);
  for (const item of $("conversations").children) {
    const current = item.dataset.id === id;
    item.classList.toggle("jp-active", current);
    const open = item.querySelector(".jp-conv-open");
    if (open) (current ? open.setAttribute("aria-current", "true") : open.removeAttribute("aria-current"));
  }
}

async function openConversation(id) {
  const conversation = await guarded(() => client.request("GET", `/v1/conversations/${id}`), chat.status);
  if (!conversation) return;
  restoreSettings(conversation);
  chat.showConversation(conversation);
  setActive(conversation.id);
  closeSide();
}

async function loadConversations() {
  const q = $("conv-search").value.trim();
  const items = await guarded(() => client.request("GET", `/v1/conversations${q ? `?q=${encodeURIComponent(q)}` : ""}`));
  if (!items) return;
  const shown = items.filter((c) => !pendingDelete || c.id !== pendingDelete.id);
  $("conversations").replaceChildren(...shown.map(conversationItem));
  if (!shown.length) {
    $("conversations").append(el("li", { class: "jp-meta", text: q ? "Inga samtal matchar sökningen." : "Inga samtal än." }));
  }
  setActive(activeId);
}

function conversationItem(c) {
  const item = el("li", { class: "jp-conv", "data-id": c.id });
  const show = () => item.replaceChildren(
    el("button", { type: "button", class: "jp-conv-open", onclick: () => openConversation(c.id) },
      el("span", { class: "jp-conv-title", text: c.title }),
      el("span", { class: "jp-meta jp-date", text: shortDate(c.updated_at) })),
    el("span", { class: "jp-conv-tools" },
      el("button", { type: "button", class: "jp-icon jp-rename", "aria-label": `Byt namn på ”${c.title}”`,
        title: "Byt namn", text: "✎", onclick: () => rename() }),
      el("button", { type: "button", class: "jp-icon jp-delete", "aria-label": `Ta bort ”${c.title}”`,
        title: "Ta bort", text: "✕", onclick: () => remove(c, item) })));
  const rename = () => {
    const id = `rename-${c.id}`;
    const input = el("input", { id, type: "text", value: c.title, maxlength: 200 });
    const form = el("form", { class: "jp-rename-form", onsubmit: async (e) => {
      e.preventDefault();
      const title = input.value.trim();
      if (!title) return;
      const saved = await guarded(() => client.request("PATCH", `/v1/conversations/${c.id}`, { title }));
      if (saved) c.title = saved.title;
      show();
      setActive(activeId);
      item.querySelector(".jp-rename").focus();
    } },
    el("label", { for: id, class: "jp-visually-hidden", text: "Nytt namn på samtalet" }), input,
    el("button", { type: "submit", text: "Spara" }),
    el("button", { type: "button", class: "jp-secondary", text: "Avbryt", onclick: () => { show(); setActive(activeId); } }));
    input.addEventListener("keydown", (e) => { if (e.key === "Escape") { e.stopPropagation(); show(); setActive(activeId); } });
    item.replaceChildren(form);
    input.focus();
    input.select();
  };
  show();
  return item;
}

/** Delete with undo: the item leaves the list at once; the server is told only when the undo time is over. */
function remove(c, item) {
  if (pendingDelete) pendingDelete.finish();
  const wasActive = activeId === c.id;
  item.remove();
  if (wasActive) {
    chat.reset();
    tiedDocument = null;
    setActive(null);
  }
  const finish = async () => {
    clearTimeout(timer);
    if (pendingDelete && pendingDelete.id === c.id) pendingDelete = null;
    $("side-status").replaceChildren();
    await guarded(() => client.request("DELETE", `/v1/conversations/${c.id}`));
    loadConversations();
  };
  const timer = setTimeout(finish, 8000);
  pendingDelete = { id: c.id, finish };
  const undo = el("button", { type: "button", class: "jp-undo", text: "Ångra", onclick: async () => {
    clearTimeout(timer);
    pendingDelete = null;
    $("side-status").replaceChildren(el("p", { class: "jp-ok", text: `”${c.title}” är kvar.` }));
    await loadConversations();
    if (wasActive) openConversation(c.id);
  } });
  $("side-status").replaceChildren(el("p", { class: "jp-ok" }, `”${c.title}” togs bort. `, undo));
  undo.focus();
}

let searchTimer = 0;
$("conv-search").addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(loadConversations, 250);
});

async function loadDilemmas() {
  if ($("dilemmas").childElementCount) return;
  const items = await guarded(() => client.request("GET", "/v1/dilemmas"), chat.status);
  if (!items) return;
  $("dilemmas").replaceChildren(...items.map((d) => el("li", {}, el("button", {
    type: "button", class: "jp-dilemma",
    onclick: () => chat.ask(`Dilemma: ${d.title}${d.workshop ? ` (${d.workshop})` : ""}`),
  }, el("strong", { text: d.title }), d.workshop ? el("span", { class: "jp-meta", text: ` – ${d.workshop}` }) : null))));
}

// --- drafts ---------------------------------------------------------------------------------------------------

const editorStatus = $("editor-status");
const preview = new Preview(document.body);
let draft = null; // {id, version, citations} of the draft in the editor
let saved = { title: "", text: "" }; // what the server has, to tell unsaved changes

function say(text) {
  editorStatus.replaceChildren(el("p", { class: "jp-ok", text }));
}

const dirty = () => $("draft-text").value !== saved.text || $("draft-title").value !== saved.title;

/** Ask before throwing away edits; true when there is nothing to lose or the user agrees. */
function mayDiscard() {
  return !dirty() || window.confirm("Utkastet har osparade ändringar. Vill du kasta dem?");
}

function citationsOf() {
  return new Map(((draft && draft.citations) || []).map((c) => [c.n, c]));
}

let previewFrame = 0;
function drawPreview() {
  previewFrame = 0;
  const citations = citationsOf();
  const onCite = {
    has: (n) => citations.has(n),
    open: (n) => openSource(client, citations.get(n), document.body),
    preview: (chip, n) => preview.attach(chip, citations.get(n)),
  };
  $("draft-preview").replaceChildren(renderMarkdown($("draft-text").value, onCite));
  // Provenance per item, when the saved draft carries its structure; hidden once the text is edited.
  const provenance = draft && draft.structure && !dirty() ? renderProvenance(draft.structure, onCite) : null;
  $("draft-provenance").replaceChildren(...(provenance ? [provenance] : []));
  const used = new Set([...$("draft-text").value.matchAll(/\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g)]
    .flatMap((m) => m[1].split(",").map((n) => Number(n.trim()))));
  $("draft-sources").replaceChildren(...[...citations.values()].filter((c) => used.has(c.n)).map((c) => {
    const link = el("button", { type: "button", class: "jp-source-link",
      onclick: () => openSource(client, c, document.body) }, `[${c.n}] ${c.title} – ${lineText(c)}`);
    preview.attach(link, c);
    return el("li", {}, link);
  }));
  if (!$("draft-sources").childElementCount) {
    $("draft-sources").append(el("li", { class: "jp-meta", text: "Inga källor i texten." }));
  }
  $("dirty").hidden = !dirty();
}

function schedulePreview() {
  if (!previewFrame) previewFrame = requestAnimationFrame(drawPreview);
}

$("draft-text").addEventListener("input", schedulePreview);
$("draft-title").addEventListener("input", schedulePreview);
window.addEventListener("beforeunload", (e) => {
  if (dirty()) {
    e.preventDefault();
    e.returnValue = "";
  }
});

function showDraft(d) {
  draft = { id: d.id, version: d.version, citations: d.citations, structure: d.draft || null };
  saved = { title: d.title, text: d.text };
  $("draft-title").value = d.title;
  $("draft-text").value = d.text;
  const select = $("draft-version");
  select.replaceChildren(...d.versions.map((v) => el("option", { value: v.version, selected: v.version === d.version,
    text: `Version ${v.version} (${shortDate(v.created_at)})` })));
  select.disabled = false;
  $("export-md").disabled = false;
  $("export-docx").disabled = false;
  drawPreview();
  markActiveDraft();
}

async function toEditor(answer) {
  if (!mayDiscard()) return;
  const made = await guarded(() => client.request("POST", "/v1/drafts", { message_id: answer.message_id }), editorStatus);
  if (!made) return;
  showDraft(made);
  say(`Svaret är sparat som utkast (version ${made.version}). Redigera och spara nya versioner.`);
  loadDrafts();
  $("editor").scrollIntoView({ block: "start" });
  $("draft-text").focus({ preventScroll: true });
}

$("save-draft").addEventListener("click", async () => {
  const text = $("draft-text").value;
  const title = $("draft-title").value.trim() || null;
  if (!text.trim()) {
    editorStatus.replaceChildren(el("p", { class: "jp-error", role: "alert", text: "Utkastet är tomt." }));
    return;
  }
  const onlyTitle = draft && text === saved.text && title && title !== saved.title;
  const result = await guarded(() => (!draft
    ? client.request("POST", "/v1/drafts", { text, title, kind: mode })
    : onlyTitle ? client.request("PATCH", `/v1/drafts/${draft.id}`, { title })
      : client.request("PUT", `/v1/drafts/${draft.id}`, { text, title })), editorStatus);
  if (!result) return;
  showDraft(result);
  say(onlyTitle ? "Rubriken är ändrad." : `Sparat som version ${result.version}.`);
  loadDrafts();
});

$("draft-version").addEventListener("change", async (e) => {
  if (!draft) return;
  if (!mayDiscard()) {
    e.target.value = String(draft.version);
    return;
  }
  const version = await guarded(() => client.request("GET", `/v1/drafts/${draft.id}/versions/${e.target.value}`), editorStatus);
  if (version) {
    draft.version = version.version;
    draft.structure = version.draft || null;
    saved = { title: $("draft-title").value, text: version.text };
    $("draft-text").value = version.text;
    drawPreview();
    say(`Visar version ${version.version}. Spara för att göra den till en ny version.`);
  }
});

/** Export exactly what the editor shows, saved or not. */
async function download(format) {
  if (!draft) {
    editorStatus.replaceChildren(el("p", { class: "jp-error", role: "alert", text: "Spara utkastet först." }));
    return;
  }
  const text = $("draft-text").value;
  if (!text.trim()) {
    editorStatus.replaceChildren(el("p", { class: "jp-error", role: "alert", text: "Utkastet är tomt." }));
    return;
  }
  const file = await guarded(() => client.download("POST", `/v1/drafts/${draft.id}/export`,
    { format, text, title: $("draft-title").value.trim() || null }), editorStatus);
  save(file, `utkast.${format}`, format);
}

function save(file, fallback, format) {
  if (!file) return;
  // A hidden helper link with the file's name as its text (assistive technology never meets an empty link).
  const name = file.name || fallback;
  const link = el("a", { href: URL.createObjectURL(file.blob), download: name, text: name, hidden: true });
  document.body.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  say(format === "md" ? "Markdown-filen laddas ner." : "Word-filen laddas ner.");
}

/** The conversation's whole plan (its latest draft of each kind, saved edits included) as one document. */
async function downloadPlan(format) {
  if (!chat.conversationId) {
    editorStatus.replaceChildren(el("p", { class: "jp-error", role: "alert",
      text: "Det finns inget samtal att exportera. Be om en problemformulering, ett lokalt mål eller en uppföljningsplan först." }));
    return;
  }
  const file = await guarded(() => client.download("GET",
    `/v1/conversations/${encodeURIComponent(chat.conversationId)}/plan/export?format=${format}`), editorStatus);
  save(file, `plan.${format}`, format);
}

$("export-md").addEventListener("click", () => download("md"));
$("export-docx").addEventListener("click", () => download("docx"));
$("export-plan-md").addEventListener("click", () => downloadPlan("md"));
$("export-plan-docx").addEventListener("click", () => downloadPlan("docx"));
$("copy-draft").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText($("draft-text").value);
    say("Texten är kopierad.");
  } catch (_) {
    $("draft-text").select();
    say("Kunde inte kopiera automatiskt – texten är markerad, tryck Ctrl+C.");
  }
});

function markActiveDraft() {
  for (const item of $("drafts").children) {
    const current = !!draft && item.dataset.id === draft.id;
    item.classList.toggle("jp-active", current);
    const open = item.querySelector("button");
    if (open) (current ? open.setAttribute("aria-current", "true") : open.removeAttribute("aria-current"));
  }
}

async function loadDrafts() {
  const items = await guarded(() => client.request("GET", "/v1/drafts"), editorStatus);
  if (!items) return;
  $("drafts").replaceChildren(...items.map((d) => el("li", { class: "jp-conv", "data-id": d.id }, el("button", {
    type: "button", class: "jp-conv-open",
    onclick: async () => {
      if (draft && draft.id === d.id && !dirty()) return;
      if (!mayDiscard()) return;
      const full = await guarded(() => client.request("GET", `/v1/drafts/${d.id}`), editorStatus);
      if (full) {
        showDraft(full);
        closeSide();
        $("editor").scrollIntoView({ block: "start" });
      }
    },
  }, el("span", { class: "jp-conv-title", text: `${d.title} (v${d.version})` }),
  el("span", { class: "jp-meta jp-date", text: shortDate(d.updated_at) })))));
  markActiveDraft();
}

// --- administration -------------------------------------------------------------------------------------------
// What ingest refused or flagged, for administrators. The page learns the key's role from the report itself:
// a user's key gets 403 and the section stays hidden. Every name, reason and sentence is set as text.

function adminTable(labelledBy, headings, rows) {
  if (!rows.length) return el("p", { class: "jp-meta", text: "Inga just nu." });
  return el("table", { class: "jp-table", "aria-labelledby": labelledBy },
    el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((c) => el("td", {}, c))))));
}

async function loadAdmin() {
  let rejected;
  try {
    rejected = await client.request("GET", "/v1/admin/rejected");
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) $("admin").hidden = true;
    else if (!$("admin").hidden) $("admin-status").replaceChildren(el("p", { class: "jp-error", role: "alert", text: errorMessage(err) }));
    return;
  }
  $("admin").hidden = false;
  $("rejected").replaceChildren(adminTable("rejected-title", ["Fil", "Skäl", "Tid"], rejected.map((r) => [
    [el("span", { text: r.name })],
    [el("span", { text: r.reason }),
      ...(r.previous_kept ? [el("span", { class: "jp-meta jp-block", text: "Den tidigare versionen används fortfarande." })] : [])],
    [el("time", { datetime: r.rejected_at, text: shortDate(r.rejected_at) || r.rejected_at })],
  ])));
  const flagged = await guarded(() => client.request("GET", "/v1/admin/flagged"), $("admin-status"));
  if (!flagged) return;
  $("flagged").replaceChildren(adminTable("flagged-title", ["Dokument", "Mening"], flagged.flatMap((doc) =>
    doc.sentences.map((sentence) => [
      [el("span", { text: doc.title }),
        el("span", { class: "jp-meta jp-block", text: `${doc.source} (${doc.origin})` })],
      [el("span", { text: sentence })],
    ]))));
  $("admin-status").replaceChildren();
}

$("admin-refresh").addEventListener("click", loadAdmin);

// --- key ------------------------------------------------------------------------------------------------------

$("key-form").addEventListener("submit", (e) => {
  e.preventDefault();
  client.key = $("api-key").value.trim();
  localStorage.setItem(KEY_STORE, client.key);
  try { sessionStorage.removeItem(TAB_KEY_STORE); } catch (_) { /* nothing kept */ }
  $("key-form").hidden = true;
  loadConversations();
  loadDrafts();
  loadAdmin();
});

async function start() {
  await showModes();
  const wanted = new URL(location.href).searchParams.get("c");
  if (wanted) openConversation(wanted);
  loadConversations();
  loadDrafts();
  loadAdmin();
  drawPreview();
}

start();
