"""A lean HTTP path to a Chroma server for the calls every search makes: the nearest-neighbour query and the
read of the store's version token.

Same server, same REST API (`/api/v2`, the one chromadb's `HttpClient` speaks), same request bodies; only the
client side is thinner. chromadb's client sends each request through httpx (request building, URL parsing,
h11's state machine): ~1.6 ms of CPU a query on the 2 shared cores, where `http.client` over a kept-alive
connection costs ~0.5 ms (scratch measurement, 2026-12-03, 300 queries x 3 against a `chroma run` on loopback; the
server's CPU a query the same). Both send a request's headers and its body in two writes; joining them measured no
difference (benchmarks/README.md, perf9). On a search that costs ~40 ms of CPU in all, that was the largest step
left on the client. Used only for a client that sends no headers of its own (no auth, as `make_chroma_client` builds
it); any other keeps the library.
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

import orjson

_HEADERS = {"Content-Type": "application/json"}


class ChromaHttpError(RuntimeError):
    """The server answered a request with an error status."""


def _answer(status: int, data: bytes) -> dict[str, Any]:
    if status != 200:
        raise ChromaHttpError(f"HTTP {status}: {data[:300].decode('utf-8', 'replace')}")
    return orjson.loads(data)  # type: ignore[no-any-return]


class ChromaHttp:
    """Queries and gets by id on one Chroma server, one kept-alive connection per thread."""

    def __init__(self, host: str, port: int, ssl: bool = False, tenant: str = "default_tenant",
                 database: str = "default_database") -> None:
        self.host, self.port, self.ssl = host, port, ssl
        self._prefix = f"/api/v2/tenants/{quote(tenant, safe='')}/databases/{quote(database, safe='')}/collections/"
        self._local = threading.local()

    @classmethod
    def for_client(cls, client: Any) -> ChromaHttp | None:
        """The lean path to the server behind a chromadb `HttpClient`, or None: an embedded client, or one
        that sends headers or authenticates (the library knows how; this path does not)."""
        try:
            settings = client.get_settings()
            if settings.chroma_api_impl != "chromadb.api.fastapi.FastAPI":
                return None
            if settings.chroma_server_headers or settings.chroma_client_auth_provider:
                return None
            if settings.chroma_server_ssl_verify not in (None, True) or not settings.chroma_server_host:
                return None
            ssl = bool(settings.chroma_server_ssl_enabled)
            port = int(settings.chroma_server_http_port or (443 if ssl else 8000))
            return cls(str(settings.chroma_server_host), port, ssl, client.tenant, client.database)
        except Exception:  # an unexpected client: the library's path still works
            return None

    def _connections(self) -> dict[str, http.client.HTTPConnection]:
        conns: dict[str, http.client.HTTPConnection] | None = getattr(self._local, "conns", None)
        if conns is None:
            conns = self._local.conns = {}
        return conns

    def _connection(self, fresh: bool = False, slot: str = "main") -> http.client.HTTPConnection:
        """This thread's kept-alive connection for `slot`: a second slot lets one search have two requests out
        at once (the chunks' and the evidence units' queries), each on a connection of its own."""
        conns = self._connections()
        conn = conns.get(slot)
        if conn is None or fresh:
            if conn is not None:
                conn.close()
            factory = http.client.HTTPSConnection if self.ssl else http.client.HTTPConnection
            conn = factory(self.host, self.port)
            conns[slot] = conn
        return conn

    def _post(self, collection_id: Any, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        return self._start(collection_id, action, payload)()

    def _start(self, collection_id: Any, action: str, payload: dict[str, Any],
               slot: str = "main") -> Callable[[], dict[str, Any]]:
        """Send a request now; the returned call reads its answer. The caller can work meanwhile (a search runs
        BM25 while the server walks the HNSW graph) on this thread, which must not send another request on the
        same `slot` before reading the answer (one that does finds the connection busy and opens a fresh one)."""
        body = orjson.dumps(payload, option=orjson.OPT_SERIALIZE_NUMPY)
        path = f"{self._prefix}{collection_id}/{action}"
        conn = self._connection(slot=slot)
        reused = conn.sock is not None
        try:
            conn.request("POST", path, body=body, headers=_HEADERS)
        except (OSError, http.client.HTTPException):
            self._drop(conn)
            if not reused:
                raise
            # A kept-alive connection the server closed meanwhile (it restarted, or dropped an idle one), or one
            # left busy: once more on a fresh one. Both calls only read, so sending one again is safe.
            return self._resent(path, body, slot)
        except BaseException:
            self._drop(conn)
            raise

        def finish() -> dict[str, Any]:
            try:
                response = conn.getresponse()
                data = response.read()
            except (OSError, http.client.HTTPException):
                self._drop(conn)
                if not reused:
                    raise
                return self._resent(path, body, slot)()
            except BaseException:
                self._drop(conn)  # a half-read response must not be left for the next request
                raise
            return _answer(response.status, data)

        return finish

    def _resent(self, path: str, body: bytes, slot: str) -> Callable[[], dict[str, Any]]:
        """The request sent again on a fresh connection, its answer read at once (the retry of `_start`)."""
        conn = self._connection(fresh=True, slot=slot)
        try:
            conn.request("POST", path, body=body, headers=_HEADERS)
            response = conn.getresponse()
            data = response.read()
        except BaseException:
            self._drop(conn)
            raise
        answer = _answer(response.status, data)
        return lambda: answer

    def _drop(self, conn: http.client.HTTPConnection) -> None:
        conn.close()
        conns = self._connections()
        for slot, held in list(conns.items()):
            if held is conn:
                del conns[slot]

    def query(self, collection_id: Any, vector: Sequence[float], k: int, where: dict[str, Any] | None,
              include: Sequence[str]) -> dict[str, Any]:
        """The body of Chroma's query answer for one query vector."""
        return self.query_start(collection_id, vector, k, where, include)()

    def query_start(self, collection_id: Any, vector: Sequence[float], k: int, where: dict[str, Any] | None,
                    include: Sequence[str], slot: str = "main") -> Callable[[], dict[str, Any]]:
        """`query` sent now, its answer read by the returned call (see `_start`; `slot` picks the connection)."""
        payload: dict[str, Any] = {"query_embeddings": [list(vector)], "n_results": k, "include": list(include)}
        if where:
            payload["where"] = where
        return self._start(collection_id, "query", payload, slot)

    def get(self, collection_id: Any, ids: Sequence[str], include: Sequence[str]) -> dict[str, Any]:
        """The body of Chroma's get answer for these ids."""
        return self._post(collection_id, "get", {"ids": list(ids), "include": list(include)})
