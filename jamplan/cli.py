"""`jamplan`: ingest, search and evaluate from the terminal; translates errors into exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.config import get_settings
from assistant.errors import InputError, JamplanError

EXIT_ERROR = 1
EXIT_USAGE = 2


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.components import Components
    from ingest.pipeline import run

    settings = get_settings()
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise InputError("Sökvägen finns inte / path does not exist: " + ", ".join(map(str, missing)))
    components = Components(settings)
    bar = tqdm(total=0, unit="chunk", desc="Bäddar in", disable=args.quiet or None, file=sys.stderr)

    def progress(event: str, n: int) -> None:
        if event == "total":
            bar.total = (bar.total or 0) + n
            bar.refresh()
        else:
            bar.update(n)

    try:
        stats = run(settings, components.store, components.embeddings, paths, progress)
    finally:
        bar.close()
    for file, reason in stats.skipped:
        _err(f"varning: hoppade över {file}: {reason}")
    for file, note in stats.notes:
        _err(f"obs: {file}: {note}")
    summary = {
        "documents": stats.documents,
        "documents_changed": stats.documents_changed,
        "chunks_added": stats.chunks_added,
        "chunks_updated": stats.chunks_updated,
        "chunks_deleted": stats.chunks_deleted,
        "chunks_unchanged": stats.chunks_unchanged,
        "embedded": stats.embedded,
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
    from assistant.components import Components

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


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.retrieval import run_retrieval_eval

    report = run_retrieval_eval(get_settings(), Path(args.dataset), include_baseline=not args.no_baseline)
    if args.json:
        _out(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        from evals.retrieval import format_table

        _out(format_table(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jamplan", description="Jämställdhetsintegrering: sök och svar ur underlaget.")
    parser.add_argument("-v", "--verbose", action="store_true", help="logga mer")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="läs in dokument (standard: corpus/) i sökindexet")
    p.add_argument("paths", nargs="*", help="filer eller mappar (.txt .md .pdf .docx .html)")
    p.add_argument("--json", action="store_true", help="sammanfattning som JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="ingen förloppsindikator")
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
    except JamplanError as exc:
        _err(f"fel: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("avbrutet")
        return 130


if __name__ == "__main__":
    sys.exit(main())
