// The full page: chat with mode picker and options, conversation list, dilemma picker and the draft editor.
import { ApiError, ChatPanel, Client, el, errorMessage, loadModes } from "./core.js";

const $ = (id) => document.getElementById(id);
const KEY_STORE = "jamplan.key";
const client = new Client(location.origin, localStorage.getItem(KEY_STORE) || "");

let mode = "fraga";
let draft = null; // {id, version, citations} of the draft in the editor

// --- settings -------------------------------------------------------------------------------------------------

let modes = []; // the server's mode registry, once loaded (GET /v1/modes)

// The mode picker is built from the server's registry; while it loads, questions go in the default mode.
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
    return el("span", { class: "jp-mode", title: m.help },
      el("input", { type: "radio", name: "mode", id, value: m.name, checked: m.name === mode,
        onchange: () => setMode(m.name) }),
      el("label", { for: id, text: m.label }));
  }));
}

function setMode(value) {
  mode = value;
  const spec = modes.find((m) => m.name === value);
  $("dilemma-view").hidden = value !== "dilemma";
  if (value === "dilemma") loadDilemmas();
  chat.input.placeholder = value === "dilemma" ? "Beskriv ert dilemma…" : spec && spec.is_draft
    ? "Beskriv området eller problemet som utkastet ska handla om…" : "Skriv din fråga…";
}

const options = () => ({ mode, org: $("org").value.trim(), target_group: $("target").value.trim(),
  easy_swedish: $("easy").checked });

// --- chat -----------------------------------------------------------------------------------------------------

const chat = new ChatPanel($("chat"), client, {
  options,
  onDraft: (answer) => toEditor(answer),
  onConversation: () => loadConversations(),
  dialogHost: document.body,
});

$("new-conversation").addEventListener("click", () => {
  chat.reset();
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

async function loadConversations() {
  const items = await guarded(() => client.request("GET", "/v1/conversations"));
  if (!items) return;
  $("conversations").replaceChildren(...items.map((c) => el("li", {}, el("button", {
    type: "button", class: "jp-linklike", text: c.title,
    onclick: async () => {
      const conversation = await guarded(() => client.request("GET", `/v1/conversations/${c.id}`), chat.status);
      if (conversation) chat.showConversation(conversation);
    },
  }))));
}

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

function say(text) {
  editorStatus.replaceChildren(el("p", { class: "jp-ok", text }));
}

function showDraft(d) {
  draft = { id: d.id, version: d.version, citations: d.citations };
  $("draft-title").value = d.title;
  $("draft-text").value = d.text;
  const select = $("draft-version");
  select.replaceChildren(...d.versions.map((v) => el("option", { value: v.version, selected: v.version === d.version,
    text: `Version ${v.version} (${new Date(v.created_at).toLocaleString("sv-SE")})` })));
  select.disabled = false;
  $("export-md").disabled = false;
  $("export-docx").disabled = false;
}

async function toEditor(answer) {
  const saved = await guarded(() => client.request("POST", "/v1/drafts", { message_id: answer.message_id }), editorStatus);
  if (!saved) return;
  showDraft(saved);
  say(`Svaret är sparat som utkast (version ${saved.version}). Redigera och spara nya versioner.`);
  loadDrafts();
  $("draft-text").focus();
}

$("save-draft").addEventListener("click", async () => {
  const text = $("draft-text").value;
  const title = $("draft-title").value.trim() || null;
  if (!text.trim()) {
    editorStatus.replaceChildren(el("p", { class: "jp-error", role: "alert", text: "Utkastet är tomt." }));
    return;
  }
  const saved = await guarded(() => draft
    ? client.request("PUT", `/v1/drafts/${draft.id}`, { text, title })
    : client.request("POST", "/v1/drafts", { text, title, kind: mode }), editorStatus);
  if (!saved) return;
  showDraft(saved);
  say(`Sparat som version ${saved.version}.`);
  loadDrafts();
});

$("draft-version").addEventListener("change", async (e) => {
  if (!draft) return;
  const version = await guarded(() => client.request("GET", `/v1/drafts/${draft.id}/versions/${e.target.value}`), editorStatus);
  if (version) {
    $("draft-text").value = version.text;
    say(`Visar version ${version.version}. Spara för att göra den till en ny version.`);
  }
});

async function download(format) {
  if (!draft) return;
  const version = $("draft-version").value;
  const blob = await guarded(() => client.blob(`/v1/drafts/${draft.id}/export?format=${format}&version=${version}`), editorStatus);
  if (!blob) return;
  const name = ($("draft-title").value || "utkast").toLowerCase().replace(/[^\wåäö-]+/g, "-").slice(0, 60);
  const link = el("a", { href: URL.createObjectURL(blob), download: `${name}.${format}` });
  document.body.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  say(format === "md" ? "Markdown-filen laddas ner." : "Word-filen laddas ner.");
}

$("export-md").addEventListener("click", () => download("md"));
$("export-docx").addEventListener("click", () => download("docx"));
$("copy-draft").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText($("draft-text").value);
    say("Texten är kopierad.");
  } catch (_) {
    $("draft-text").select();
    say("Kunde inte kopiera automatiskt – texten är markerad, tryck Ctrl+C.");
  }
});

async function loadDrafts() {
  const items = await guarded(() => client.request("GET", "/v1/drafts"), editorStatus);
  if (!items) return;
  $("drafts").replaceChildren(...items.map((d) => el("li", {}, el("button", {
    type: "button", class: "jp-linklike", text: `${d.title} (v${d.version})`,
    onclick: async () => {
      const full = await guarded(() => client.request("GET", `/v1/drafts/${d.id}`), editorStatus);
      if (full) showDraft(full);
    },
  }))));
}

// --- key ------------------------------------------------------------------------------------------------------

$("key-form").addEventListener("submit", (e) => {
  e.preventDefault();
  client.key = $("api-key").value.trim();
  localStorage.setItem(KEY_STORE, client.key);
  $("key-form").hidden = true;
  loadConversations();
  loadDrafts();
});

showModes();
loadConversations();
loadDrafts();
