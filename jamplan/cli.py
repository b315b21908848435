"""`jamplan`: ingest, search and evaluate from the terminal; translates errors into exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import textwrap
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.config import Settings, get_settings
from assistant.errors import BusyError, ConfigError, InputError, JamplanError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BUSY = 75  # EX_TEMPFAIL: another ingest holds the lease; the same command can succeed later


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = get_settings()
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise InputError("Sökvägen finns inte / path does not exist: " + ", ".join(map(str, missing)))
    with _ingest_lease(settings, wait=args.wait, quiet=args.quiet):
        return _ingest(args, settings, paths)


@contextmanager
def _ingest_lease(settings: Settings, wait: bool, quiet: bool) -> Iterator[None]:
    """Hold the lease every ingest takes (the API's jobs too), so no two ingests write the store at once.

    Taken before the model loads, so a refused run costs nothing; SIGTERM unwinds like Ctrl-C and gives it
    back at once, and a run killed outright frees it after `ingest_lease_s`.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from api.lease import Lease, cli_holder, describe
    from api.persistence import Database

    def terminate(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    # The handler is set before the lease is taken and the lease is given back in the outermost finally: a SIGTERM
    # between taking the lease and holding it in `kept` (a race `make test` met under load) gives it back too.
    in_main = threading.current_thread() is threading.main_thread()  # only there can a handler be set
    previous = signal.signal(signal.SIGTERM, terminate) if in_main else None
    holder, told, lease = cli_holder(), False, None
    try:
        try:
            lease = Lease(Database.from_settings(settings), settings.ingest_lease_s)
            while not lease.take(holder):
                held = lease.holder_now()
                who = f" ({describe(held[0])})" if held else ""
                if not wait:
                    left = held[1] if held else settings.ingest_lease_s
                    raise BusyError(
                        f"En annan inläsning pågår redan{who}. Försök igen när den är klar, eller kör med --wait för "
                        f"att vänta. Har den dött frigörs den av sig själv inom {left:.0f} s. / Another ingest is "
                        "already running; try again when it is done, or use --wait.")
                if not told and not quiet:
                    _err(f"Väntar på att en annan inläsning ska bli klar{who}… / waiting for another ingest…")
                told = True
                time.sleep(min(1.0, settings.ingest_lease_s / 4))
        except SQLAlchemyError as exc:
            raise ConfigError("Databasen svarar inte; inläsningen behöver den för att inte krocka med en annan "
                              "inläsning (JAMPLAN_DATABASE_URL). / The database is unreachable: "
                              f"{type(exc).__name__}") from exc
        with lease.kept(holder):
            yield
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        if lease is not None:
            try:
                lease.give_back(holder)  # a no-op unless this run holds it: kept() gave it back, or it never took it
            except SQLAlchemyError:
                pass  # it frees itself when it expires


class _ProgressLines:
    """Ingest progress as a line on stderr at most every `every_s` seconds (for output that is not a terminal)."""

    def __init__(self, every_s: float) -> None:
        self.every_s = every_s
        self.total = self.done = 0
        self.started = self.last = time.monotonic()

    def update(self, event: str, n: int) -> None:
        if event == "total":
            self.total += n
            return
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every_s:
            self.last = now
            _err(f"Bäddar in: {self.done} av {self.total} avsnitt ({now - self.started:.0f} s)")


def _ingest(args: argparse.Namespace, settings: Settings, paths: list[Path]) -> int:
    from tqdm import tqdm

    from assistant.index.components import Components
    from ingest.pipeline import run

    components = Components(settings)
    # On a terminal a bar; in a log (`make run`, a container) tqdm stays silent, so a line now and then says the
    # first ingest (minutes of embedding on a small machine) is working, not hung.
    bar = tqdm(total=0, unit="chunk", desc="Bäddar in", disable=args.quiet or None, file=sys.stderr)
    lines = _ProgressLines(every_s=15.0) if bar.disable and not args.quiet else None

    def progress(event: str, n: int) -> None:
        if event == "total":
            bar.total = (bar.total or 0) + n
            bar.refresh()
        else:
            bar.update(n)
        if lines is not None:
            lines.update(event, n)

    try:
        stats = run(settings, components.store, components.embeddings, paths, progress)
    finally:
        bar.close()
    for file, reason in stats.skipped:
        _err(f"varning: hoppade över {file}: {reason}")
    for file, note in stats.notes:
        _err(f"obs: {file}: {note}")
    for file, sentence in stats.flagged:
        _err(f"obs: {file}: meningen vänder sig till assistenten och används aldrig i svar: {sentence!r}")
    summary = {
        "documents": stats.documents,
        "documents_changed": stats.documents_changed,
        "chunks_added": stats.chunks_added,
        "chunks_updated": stats.chunks_updated,
        "chunks_deleted": stats.chunks_deleted,
        "chunks_unchanged": stats.chunks_unchanged,
        "embedded": stats.embedded,
        "parsed": stats.parsed,
        "migrated": stats.migrated,
        "kept_elsewhere": len(stats.kept_elsewhere),
        "skipped": len(stats.skipped),
        "seconds": round(stats.seconds, 2),
    }
    if args.json:
        _out(json.dumps(summary | {"skipped_files": stats.skipped}, ensure_ascii=False))
    else:
        _out(
            f"Klart: {stats.documents} dokument ({stats.documents_changed} ändrade, {len(stats.skipped)} överhoppade), "
            f"chunkar: {stats.chunks_added} tillagda, {stats.chunks_updated} uppdaterade, "
            f"{stats.chunks_deleted} borttagna, {stats.chunks_unchanged} oförändrade; "
            f"{stats.embedded} nya inbäddningar; {stats.seconds:.1f} s"
            + (f" ({stats.migrated} dokument flyttade till sökvägar relativa till sina mappar, utan ny inläsning)"
               if stats.migrated else "")
            + (f" ({len(stats.kept_elsewhere)} dokument behållna som lästes in från en annan mapp: "
               f"{', '.join(sorted({root for _, root in stats.kept_elsewhere}))})" if stats.kept_elsewhere else "")
        )
    return 0


def _print_hits(hits: Sequence[Any]) -> None:
    if not hits:
        _out("Inga träffar.")
    for i, hit in enumerate(hits, 1):
        c = hit.chunk
        _out(f"[{i}] {c.title} ({c.source}, rad {c.start_line}–{c.end_line})  score {hit.score:.4f}")
        if c.heading_path:
            _out(f"    {c.heading_path_text}")
        snippet = " ".join(c.text.split())
        _out(textwrap.indent(textwrap.fill(snippet[:400] + ("…" if len(snippet) > 400 else ""), 100), "    "))
        _out()


def cmd_search(args: argparse.Namespace) -> int:
    from assistant.index.components import Components

    components = Components(get_settings())
    retriever = components.retriever
    if components.store.count() == 0:
        raise InputError("Sökindexet är tomt. Kör först: jamplan ingest")

    def once(query: str) -> None:
        hits = retriever.search(query, k=args.k, doc_types=args.doc_type, sources=args.source, mode=args.mode)
        if args.json:
            _out(json.dumps([h.to_public() for h in hits], ensure_ascii=False, indent=2))
        else:
            _print_hits(hits)

    if args.query is not None:
        once(args.query)
        return 0
    _out("jamplan – sök i underlaget. Skriv en fråga (tom rad eller Ctrl-D avslutar).")
    while True:
        try:
            query = input("fråga> ")
        except EOFError:
            _out()
            return 0
        if not query.strip():
            return 0
        try:
            once(query)
        except InputError as exc:
            _err(f"fel: {exc}")


def _assistant():  # type: ignore[no-untyped-def]
    from assistant.index.components import Components
    from assistant.service import Assistant

    components = Components(get_settings())
    if components.store.count() == 0:
        raise InputError("Sökindexet är tomt. Kör först: jamplan ingest")
    return Assistant(components)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {"org": args.org, "target_group": args.target_group, "easy_swedish": args.easy}


def _print_citations(citations: Sequence[Any]) -> None:
    if not citations:
        return
    _out("\nKällor:")
    for c in citations:
        where = f" › {c.heading_path}" if c.heading_path else ""
        _out(f"[{c.n}] {c.title}{where} ({c.source}, rad {c.start_line}–{c.end_line})")
        _out(textwrap.indent(textwrap.fill(f"”{c.quote}”", 100), "     "))


def _stream_to_terminal(assistant: Any, request: dict[str, Any]) -> Any:
    """Print the answer as it streams; return the finished response."""
    response = None
    for event in assistant.stream(request):
        if event.type == "token":
            sys.stdout.write(event.data)
            sys.stdout.flush()
        elif event.type == "done":
            response = event.data
    _out()
    return response


def cmd_ask(args: argparse.Namespace) -> int:
    assistant = _assistant()
    request = {"message": args.message, "mode": args.mode, "options": _options(args)}
    if args.json:
        response = assistant.respond(request)
        _out(response.model_dump_json(indent=2))
        return 0
    response = _stream_to_terminal(assistant, request)
    if response is not None:
        _print_citations(response.citations)
        for note in response.notes:
            _err(f"obs: {note}")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from assistant.modes import MODES

    assistant = _assistant()
    if assistant.settings.warm_up_at_start:
        assistant.warm_up_in_background()  # built while the user types the first question
    history: list[dict[str, str]] = []
    mode = args.mode
    responses: list[Any] = []
    _out("jamplan – chatta med underlaget. Byt läge med /läge <namn> (" + ", ".join(MODES) + "), "
         "/plan <fil.md|fil.docx> sparar samtalets plan, /ny börjar om, tom rad eller Ctrl-D avslutar.")
    while True:
        try:
            message = input(f"{mode}> ")
        except EOFError:
            _out()
            return 0
        if not message.strip():
            return 0
        if message.startswith(("/läge", "/mode")):
            wanted = message.split(maxsplit=1)[1].strip() if " " in message.strip() else ""
            if wanted in MODES:
                mode = wanted
            else:
                _err(f"fel: okänt läge {wanted!r}; välj ett av {', '.join(MODES)}")
            continue
        if message.strip() == "/ny":
            history.clear()
            responses.clear()
            continue
        if message.startswith("/plan"):
            _save_plan(message[5:].strip() or "plan.md", responses)
            continue
        request = {"message": message, "mode": mode, "history": history, "options": _options(args)}
        try:
            response = _stream_to_terminal(assistant, request)
        except InputError as exc:
            _err(f"fel: {exc}")
            continue
        if response is not None:
            _print_citations(response.citations)
            history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
            history = history[-20:]
            responses.append(response)


def _save_plan(target: str, responses: list[Any]) -> None:
    """Write the conversation's connected plan (problem -> goal -> follow-up) as one Markdown or Word file."""
    from api.export import to_docx, to_markdown
    from assistant.generation.plan import plan_document

    title, text, citations = plan_document(responses)
    if not citations and "**" not in text:
        _err("fel: samtalet har inget utkast ännu – be om en problemformulering, ett lokalt mål eller en "
             "uppföljningsplan först.")
        return
    cited = [c.model_dump() for c in citations]
    path = Path(target)
    try:
        if path.suffix.lower() == ".docx":
            path.write_bytes(to_docx(title, text.split("\n", 1)[1], cited))  # the title becomes its heading
        else:
            path.write_text(to_markdown(title, text, cited), "utf-8")
    except OSError as exc:
        _err(f"fel: kunde inte spara {path}: {exc.strerror}")
        return
    _out(f"Planen sparades i {path}.")


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.main import create_app

    overrides: dict[str, Any] = {}
    if args.no_auth:
        overrides["auth_enabled"] = False
    settings = get_settings().model_copy(update=overrides)
    host, port = args.host or settings.api_host, args.port or settings.api_port
    if args.workers > 1 and not settings.chroma_url:
        raise InputError("Flera arbetsprocesser kräver en Chroma-server: sätt JAMPLAN_CHROMA_URL (se README).")
    if not settings.auth_enabled:
        _err("OBS: autentisering är avstängd (lokal demo) – alla anrop räknas som administratör. "
             "Starta utan --no-auth och skapa nycklar med 'jamplan keys create' i drift.")
    _err(f"jamplan lyssnar på http://{host}:{port} (API-dokumentation: http://{host}:{port}/docs)")
    if args.workers > 1:
        # Each worker process builds its own app with get_settings(); they share the store and the database.
        # --no-auth picks the factory that turns auth off, so nothing is passed through the environment.
        factory = "api.main:create_local_demo_app" if args.no_auth else "api.main:create_app"
        uvicorn.run(factory, factory=True, host=host, port=port, log_level="warning", workers=args.workers)
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from jamplan.doctor import run_checks

    checks = run_checks(get_settings())
    if args.json:
        _out(json.dumps([c.__dict__ for c in checks], ensure_ascii=False, indent=2))
    else:
        for c in checks:
            _out(f"{c.status.upper():8} {c.name}: {c.detail}")
    failed = [c for c in checks if c.status == "fel"]
    if not args.json:
        _out("Allt ser bra ut." if not failed else f"{len(failed)} fel behöver åtgärdas.")
    return EXIT_ERROR if failed else 0


def cmd_keys(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from api.auth import create_key
    from api.persistence import ApiKey, Database

    db = Database.from_settings(get_settings())
    if args.action == "create":
        key, record = create_key(db, args.role, args.name or "")
        if args.json:
            _out(json.dumps({"id": record.id, "role": record.role, "name": record.name, "key": key}))
        else:
            _out(key)
            _err(f"Nyckel {record.id} ({record.role}) skapad. Den visas bara nu – spara den.")
        return 0
    with db.session() as s:
        if args.action == "revoke":
            record = s.get(ApiKey, args.id)
            if record is None:
                raise InputError(f"Nyckeln {args.id} finns inte.")
            record.revoked = True
            _out(f"Nyckel {args.id} återkallad.")
            return 0
        for record in s.scalars(select(ApiKey).order_by(ApiKey.created_at)):
            state = "återkallad" if record.revoked else "aktiv"
            _out(f"{record.id}  {record.role:5}  {record.prefix}…  {record.name}  {state}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from api.export import file_name, to_docx, to_markdown
    from api.persistence import Database
    from api.problems import NotFound
    from api.workspace import export_source

    db = Database.from_settings(get_settings())
    try:
        title, text, citations, author = export_source(db, None, args.draft_id, args.version)
    except NotFound as exc:
        raise InputError(f"{exc} ({args.draft_id}); se utkastens id i webbsidan eller GET /v1/drafts.") from exc
    finally:
        db.engine.dispose()
    data = to_docx(title, text, citations, author=author) if args.format == "docx" else \
        to_markdown(title, text, citations).encode("utf-8")
    if args.output == "-":
        if args.format == "docx":
            raise InputError("Word-filen kan inte skrivas till terminalen; ange --output FIL.docx.")
        sys.stdout.write(data.decode("utf-8"))
        return 0
    target = Path(args.output) if args.output else Path(file_name(title, args.format))
    target.write_bytes(data)
    _err(f"Utkastet ”{title}” exporterat till {target}.")
    return 0


def _ragas_scorer() -> Any:
    """ragas' metrics as extra columns of the answer eval, when the eval extra is installed."""
    try:
        from evals.answers import RagasScorer

        return RagasScorer()
    except ImportError as exc:
        _err(f"ragas saknas ({exc}); kör utan ragas-kolumnerna (pip install -e '.[eval]')")
        return None


def cmd_eval_answers(args: argparse.Namespace) -> int:
    if args.legacy:
        from evals.answers import format_answer_table, run_answer_eval

        legacy = run_answer_eval(get_settings(), Path(args.dataset))
        _out(json.dumps(legacy, ensure_ascii=False, indent=2) if args.json else format_answer_table(legacy))
        return 0
    from evals.answer_eval import format_report, load_baseline
    from evals.answer_eval import run_answer_eval as run_cases

    if args.readability:  # only the lättläst LIX figures: minutes less than scoring every case
        from evals.answer_eval import eval_assistant, load_cases
        from evals.readability import format_readability, readability

        cases = load_cases(args.half)
        with eval_assistant(Path(args.data_dir) if args.data_dir else None) as bot:
            section = {h: readability(bot, [c for c in cases if c.get("half") == h])
                       for h in ("tune", "heldout") if any(c.get("half") == h for c in cases)}
        _out(json.dumps(section, ensure_ascii=False, indent=2) if args.json else
             "\n".join(format_readability(section)).strip())
        return 0

    if args.check and args.half == "tune":
        raise InputError("--check prövar den undanhållna halvan (heldout); välj --half heldout eller all.")
    scorer = None if args.no_ragas else _ragas_scorer()
    report = run_cases(args.half, data_dir=Path(args.data_dir) if args.data_dir else None, extra=scorer)
    if args.json:
        _out(json.dumps({**report, "baseline": load_baseline()}, ensure_ascii=False, indent=2))
    else:
        _out(format_report(report))
    failures = report.get("threshold_failures") or []
    if args.check and failures:
        _err("under tröskelvärdena (evals/answer_thresholds.toml): " + "; ".join(failures))
        return EXIT_ERROR
    return 0


def cmd_eval_drafts(args: argparse.Namespace) -> int:
    from evals.drafts import check, format_draft_report, run_draft_eval

    report = run_draft_eval(_assistant(), args.half)
    _out(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_draft_report(report))
    if args.check:
        failures = check(report)
        if failures:
            _err("under tröskelvärdena (evals/drafts.py THRESHOLDS): " + "; ".join(failures))
            return EXIT_ERROR
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "answers":
        return cmd_eval_answers(args)
    if args.what == "drafts":
        return cmd_eval_drafts(args)
    from evals.retrieval import run_retrieval_eval

    report = run_retrieval_eval(get_settings(), Path(args.dataset), include_baseline=not args.no_baseline)
    if args.json:
        _out(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        from evals.retrieval import format_table

        _out(format_table(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jamplan",
                                     description="Jämställdhetsintegrering: sök och svar ur underlaget.")
    parser.add_argument("-v", "--verbose", action="store_true", help="logga mer")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="läs in dokument (standard: corpus/) i sökindexet")
    p.add_argument("paths", nargs="*", help="filer eller mappar (.txt .md .pdf .docx .html)")
    p.add_argument("--json", action="store_true", help="sammanfattning som JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="ingen förloppsindikator")
    p.add_argument("--wait", action="store_true",
                   help=f"vänta om en annan inläsning pågår (annars avslutas kommandot med kod {EXIT_BUSY})")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="sök i underlaget; utan fråga startar en interaktiv prompt")
    p.add_argument("query", nargs="?", help="frågan")
    p.add_argument("-k", type=int, default=None, help="antal träffar")
    p.add_argument("--json", action="store_true", help="skriv träffarna som JSON")
    p.add_argument("--doc-type", action="append", help="filtrera på dokumenttyp (kan upprepas)")
    p.add_argument("--source", action="append", help="filtrera på källfil (kan upprepas)")
    p.add_argument("--mode", choices=["hybrid", "dense", "lexical"], default="hybrid")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("eval", help="utvärdera")
    esub = p.add_subparsers(dest="what", required=True)
    e = esub.add_parser("retrieval", help="Recall@k och MRR@10 för dense, BM25, hybrid och LangChain-receptet")
    e.add_argument("--dataset", default=str(Path(__file__).resolve().parent.parent / "evals" / "dev_qa.jsonl"))
    e.add_argument("--json", action="store_true")
    e.add_argument("--no-baseline", action="store_true", help="hoppa över LangChain-receptet")
    e.set_defaults(func=cmd_eval)
    e = esub.add_parser("drafts", help="utkasten på evals/cases/drafts_*.jsonl: användarens fakta, proveniens, "
                        "citat, luckor, LIX per utkasttyp och halva")
    e.add_argument("--half", choices=["tune", "heldout", "all"], default="all")
    e.add_argument("--json", action="store_true")
    e.add_argument("--check", action="store_true", help="avsluta med fel om den undanhållna halvan missar trösklarna")
    e.set_defaults(func=cmd_eval)
    e = esub.add_parser("answers", help="svarskvalitet på evals/cases/ (träffar, citat, fakta, vägranden) per halva")
    e.add_argument("--half", choices=["tune", "heldout", "all"], default="all",
                   help="vilken halva av fallen (standard: båda, bredvid baslinjen)")
    e.add_argument("--json", action="store_true")
    e.add_argument("--check", action="store_true",
                   help="avsluta med kod 1 när heldout-halvan missar ett tröskelvärde i evals/answer_thresholds.toml")
    e.add_argument("--data-dir", help="bygg och behåll utvärderingsindexet här (standard: en tillfällig mapp)")
    e.add_argument("--no-ragas", action="store_true", help="utan ragas-kolumnerna")
    e.add_argument("--readability", action="store_true",
                   help="bara lättläst-LIX (normal och lättläst) för varje halva, utan resten av utvärderingen")
    e.add_argument("--legacy", action="store_true", help="den äldre ragas-utvärderingen på --dataset")
    e.add_argument("--dataset", default=str(Path(__file__).resolve().parent.parent / "evals" / "dev_answers.jsonl"),
                   help="frågefilen för --legacy")
    e.set_defaults(func=cmd_eval)

    def add_options(p: argparse.ArgumentParser) -> None:
        from assistant.modes import MODES

        p.add_argument("--mode", choices=list(MODES), default="fraga", help="läge (standard: fraga)")
        p.add_argument("--org", help="kommun eller skola som ersätter 'kommun X' i utkast")
        p.add_argument("--target-group", help="målgrupp, t.ex. 'årskurs 7–9'")
        p.add_argument("--easy", action="store_true", help="lättläst svenska")

    p = sub.add_parser("ask", help="ställ en fråga eller be om ett utkast")
    p.add_argument("message", help="frågan eller beskrivningen")
    p.add_argument("--json", action="store_true", help="hela svaret som JSON")
    add_options(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="samtal i terminalen (strömmande svar)")
    add_options(p)
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("serve", help="starta API:et (och webbgränssnittet)")
    p.add_argument("--host", help="standard: JAMPLAN_API_HOST (127.0.0.1)")
    p.add_argument("--port", type=int, help="standard: JAMPLAN_API_PORT (8000)")
    p.add_argument("--no-auth", action="store_true", help="lokal demo utan API-nycklar")
    p.add_argument("--workers", type=int, default=1, help="antal arbetsprocesser (delar Chroma och databas)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="exportera ett sparat utkast som Word (docx) eller Markdown (md)")
    p.add_argument("draft_id", help="utkastets id")
    p.add_argument("--format", choices=["docx", "md"], default="docx")
    p.add_argument("--version", type=int, help="versionsnummer (standard: den senaste)")
    p.add_argument("--output", "-o", help="filen att skriva (standard: rubriken som filnamn; '-' = terminalen, md)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("doctor", help="kontrollera konfiguration och anslutningar")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("keys", help="API-nycklar")
    ksub = p.add_subparsers(dest="action", required=True)
    k = ksub.add_parser("create", help="skapa en nyckel (visas en gång)")
    k.add_argument("--role", choices=["user", "admin", "widget"], default="user",
                   help="widget: publik nyckel som bara startar besökarsessioner (JAMPLAN_WIDGET_ORIGINS)")
    k.add_argument("--name", help="vem eller vad nyckeln är till")
    k.add_argument("--json", action="store_true")
    k = ksub.add_parser("list", help="lista nycklar (utan själva nyckeln)")
    k = ksub.add_parser("revoke", help="återkalla en nyckel")
    k.add_argument("id")
    p.set_defaults(func=cmd_keys)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    try:
        return int(args.func(args))
    except InputError as exc:
        _err(f"fel: {exc}")
        return EXIT_USAGE
    except BusyError as exc:
        _err(f"fel: {exc}")
        return EXIT_BUSY
    except JamplanError as exc:
        _err(f"fel: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("avbrutet")
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly like other command-line tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
