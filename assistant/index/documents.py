"""A document's identity in the store: its path relative to the folder it was read from, never an absolute path.

Chunk ids, the source registry and every chunk's `path` carry this key, so a store copied or moved to another folder,
or a corpus checked out at another path, keeps its chunk ids and its citations open (trial 37: a store served from
another checkout than the one it was built in re-read the whole corpus after an upload, and every citation handed out
before answered 404). The key says which root the path is relative to, so that equal names under two roots stay two
documents:

- `corpus:<path>`: under the configured corpus folder (`Settings.corpus_dir`);
- `upload:<name>`: an upload, under the data folder's `uploads/` (`Settings.uploads_dir`);
- `project:<path>`: any other file of the checkout (`evals/extra_docs/…`, which the eval store reads);
- `file:<absolute path>`: a file outside all of these (a folder of one's own given to `jamplan ingest`), which is
  known by where it is.

The source registry records, with each key, the folder it was read from (`SourceRecord.root`, `key_root`): an ingest
deletes a document only when it reads that folder and the file is gone there, so a server whose corpus folder is set
to another (empty) folder than the one its store was built from keeps the corpus documents (`ingest.pipeline.run`).

A store built before these keys holds absolute paths (`legacy`): `ingest.pipeline` moves each such document to its
key the next time it reads the file, copying its records (`ingest.migrate`), and `document_file` still finds the file
of one it has not moved yet.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from assistant.config import PROJECT_ROOT, Settings

CORPUS, UPLOAD, PROJECT, FILE = "corpus", "upload", "project", "file"
KINDS = (CORPUS, UPLOAD, PROJECT, FILE)


def _roots(settings: Settings) -> list[tuple[str, Path]]:
    """The roots a key is relative to, most specific first: the data folder (and its uploads) may lie inside the
    checkout, and the corpus does."""
    return [(UPLOAD, settings.uploads_dir.resolve()), (CORPUS, settings.corpus_dir.resolve()),
            (PROJECT, PROJECT_ROOT.resolve())]


def document_key(file: Path, settings: Settings) -> str:
    """The key `file` is stored under.

    >>> s = Settings(corpus_dir=PROJECT_ROOT / "corpus", data_dir=Path("/srv/jamplan"))
    >>> document_key(PROJECT_ROOT / "corpus" / "sub" / "a.md", s), document_key(Path("/srv/jamplan/uploads/b.pdf"), s)
    ('corpus:sub/a.md', 'upload:b.pdf')
    >>> document_key(PROJECT_ROOT / "evals" / "extra_docs" / "c.md", s), document_key(Path("/elsewhere/d.md"), s)
    ('project:evals/extra_docs/c.md', 'file:/elsewhere/d.md')
    """
    resolved = file.resolve()
    for kind, root in _roots(settings):
        if resolved.is_relative_to(root):
            return f"{kind}:{resolved.relative_to(root).as_posix()}"
    return f"{FILE}:{resolved}"


def is_legacy(key: str) -> bool:
    """Whether `key` is an absolute path, as stores built before these keys hold.

    >>> is_legacy("/work/main/corpus/a.md"), is_legacy("corpus:a.md")
    (True, False)
    """
    kind, sep, _ = key.partition(":")
    return not (sep and kind in KINDS)


def key_parts(key: str) -> tuple[str, ...]:
    """The path parts a key names below its root (an absolute path's own parts for `file:` and legacy keys): what
    stays the same when the root moves.

    >>> key_parts("corpus:sub/a.md"), key_parts("/old/checkout/corpus/sub/a.md")[-3:]
    (('sub', 'a.md'), ('corpus', 'sub', 'a.md'))
    """
    if is_legacy(key):
        return Path(key).parts
    kind, _, rest = key.partition(":")
    return Path(rest).parts if kind == FILE else PurePosixPath(rest).parts


def document_name(key: str) -> str:
    """The file name a key ends in ('upload:Vår plan.docx' -> 'Vår plan.docx').

    >>> document_name("upload:plan.docx"), document_name("/old/data/uploads/plan.docx")
    ('plan.docx', 'plan.docx')
    """
    parts = key_parts(key)
    return parts[-1] if parts else ""


def document_path(key: str, settings: Settings) -> Path:
    """The path `key` names under the configured roots (a legacy key: the absolute path it is), whether or not a file
    is there: what an ingest compares with the folders it reads.

    >>> s = Settings(data_dir=Path("/srv/jamplan"))
    >>> document_path("upload:b.pdf", s), document_path("project:corpus/x.md", s) == PROJECT_ROOT / "corpus" / "x.md"
    (PosixPath('/srv/jamplan/uploads/b.pdf'), True)
    """
    if is_legacy(key):
        return Path(key)
    kind, _, rest = key.partition(":")
    if kind == FILE:
        return Path(rest)
    return dict(_roots(settings))[kind].joinpath(*PurePosixPath(rest).parts)


def key_root(key: str, settings: Settings) -> str:
    """The resolved folder `key` is relative to under the configured roots: what the source registry records as the
    folder a document was read from (`SourceRecord.root`); '' for a `file:` or legacy key (an absolute path).

    >>> s = Settings(data_dir=Path("/srv/jamplan"))
    >>> key_root("upload:b.pdf", s), key_root("file:/elsewhere/d.md", s), key_root("/old/corpus/a.md", s)
    ('/srv/jamplan/uploads', '', '')
    """
    if is_legacy(key):
        return ""
    kind = key.partition(":")[0]
    return "" if kind == FILE else str(dict(_roots(settings))[kind])


def stored_path(key: str, root: str, settings: Settings) -> Path:
    """The path `key` named when it was read from the folder `root` (`SourceRecord.root`); for a record without one
    (an absolute key; a record written before roots were recorded) the path it names now (`document_path`).

    >>> s = Settings(corpus_dir=Path("/srv/corpus-b"))
    >>> stored_path("corpus:sub/a.md", "/srv/corpus-a", s), stored_path("corpus:a.md", "", s)
    (PosixPath('/srv/corpus-a/sub/a.md'), PosixPath('/srv/corpus-b/a.md'))
    """
    if not root or is_legacy(key) or key.startswith(f"{FILE}:"):
        return document_path(key, settings)
    return Path(root).joinpath(*PurePosixPath(key.partition(":")[2]).parts)


# The corpus the checkout bundles: a corpus document a server configured with another corpus folder (an empty one,
# so that its uploads do not read the corpus again) still shows its lines from here.
BUNDLED_CORPUS = PROJECT_ROOT / "corpus"


def document_file(key: str, settings: Settings) -> Path:
    """Where the file of `key` is now, for reading it: `document_path`, else for a corpus document the same path in
    the bundled corpus. A legacy key (an absolute path) whose file is gone is looked for under the configured roots
    by its trailing parts, longest first (a store built in another checkout or data folder:
    '/old/checkout/evals/extra_docs/c.md' is this checkout's 'evals/extra_docs/c.md'). A caller that reads the file
    checks it still holds what it expects (`api.passages.original_lines`).
    """
    path = document_path(key, settings)
    if not is_legacy(key):
        kind, _, rest = key.partition(":")
        bundled = BUNDLED_CORPUS.joinpath(*PurePosixPath(rest).parts)
        return bundled if kind == CORPUS and not _exists(path) and _exists(bundled) else path
    if _exists(path):
        return path
    parts = path.parts[1:]
    for take in range(len(parts), 0, -1):
        for _, root in _roots(settings):
            candidate = root.joinpath(*parts[-take:])
            if _exists(candidate):
                return candidate
    return path


def _exists(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False
