"""Errors at the HTTP edge: every failure becomes JSON `{"detail": "<svensk mening>"}` with a fitting status.

`ApiError` carries a status chosen by a route; `NotFound` is raised by the logic below the routes
(another owner's ids answer exactly like unknown ids). Service errors are mapped here and only here.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import GenerationError, InputError, JamplanError, StoreError
from assistant.modes import MODES

log = logging.getLogger(__name__)

DATABASE_DOWN = "Databasen svarar inte just nu. Försök igen om en stund; inget sparat har gått förlorat."
UNEXPECTED = "Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta förvaltaren."


class Problem(BaseModel):
    """Every error: a Swedish sentence a user can act on."""

    detail: str


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem} for code in (400, 401, 403, 404, 409, 413, 422, 429)
}


class ApiError(Exception):
    """An HTTP answer a route or dependency chose (status, Swedish detail, extra headers)."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers


class NotFound(Exception):
    """Something the caller asked for does not exist for them; the text names it in Swedish."""


def problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


# Public replies never carry exception text (server addresses, paths, library versions): that goes to the log.
AGAIN = "Försök igen om en stund; kvarstår felet, kontakta förvaltaren."
UNAVAILABLE = f"Tjänsten kunde inte svara just nu. {AGAIN}"


def service_detail(exc: JamplanError) -> str:
    """What a caller is told about a service error: which part failed, in words, without the exception."""
    if isinstance(exc, StoreError):
        return f"Sökindexet svarar inte just nu. {AGAIN}"
    if isinstance(exc, GenerationError):  # its own Swedish sentence, less the technical detail in parentheses
        return re.sub(r"\s*\([^()]*\)", "", str(exc)).strip() or UNAVAILABLE
    return UNAVAILABLE


# pydantic's error types in Swedish (its own messages are English); an unknown type gets a plain Swedish sentence.
_VALIDATION_REASONS: dict[str, str] = {
    "missing": "fältet saknas",
    "string_type": "ska vara text",
    "int_type": "ska vara ett heltal",
    "int_parsing": "ska vara ett heltal",
    "float_type": "ska vara ett tal",
    "float_parsing": "ska vara ett tal",
    "bool_type": "ska vara true eller false",
    "bool_parsing": "ska vara true eller false",
    "list_type": "ska vara en lista",
    "dict_type": "ska vara ett objekt",
    "model_type": "ska vara ett objekt",
    "extra_forbidden": "okänt fält",
    "string_too_short": "är för kort (minst {min_length} tecken)",
    "string_too_long": "är för långt (högst {max_length} tecken)",
    "too_short": "har för få element (minst {min_length})",
    "too_long": "har för många element (högst {max_length})",
    "greater_than": "ska vara större än {gt}",
    "greater_than_equal": "ska vara minst {ge}",
    "less_than": "ska vara mindre än {lt}",
    "less_than_equal": "ska vara högst {le}",
    "literal_error": "ska vara ett av: {expected}",
    "enum": "ska vara ett av: {expected}",
    "uuid_parsing": "ska vara ett giltigt id",
    "string_pattern_mismatch": "har fel form",
}


def validation_reason(error: dict[str, Any]) -> str:
    """Why a field was rejected, in Swedish, with the limit pydantic reports (length, bound, allowed values)."""
    if error.get("type") == "value_error":  # our own validators' Swedish sentence, less pydantic's prefix
        return re.sub(r"^Value error,\s*", "", str(error.get("msg", ""))).rstrip(".")
    template = _VALIDATION_REASONS.get(str(error.get("type", "")), "värdet godtas inte")
    try:
        return template.format(**(error.get("ctx") or {})).replace("'", "")
    except (KeyError, IndexError, ValueError):
        return template.split(" (")[0].split(":")[0]


def install_handlers(app: FastAPI) -> None:
    """Register the one mapping from exceptions to problems."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return problem(exc.status, exc.detail, exc.headers)

    @app.exception_handler(NotFound)
    async def _not_found(_: Request, exc: NotFound) -> JSONResponse:
        return problem(404, str(exc))

    @app.exception_handler(InputError)
    async def _input_error(_: Request, exc: InputError) -> JSONResponse:
        return problem(422, str(exc))

    @app.exception_handler(JamplanError)
    async def _service_error(_: Request, exc: JamplanError) -> JSONResponse:
        log.warning("service error: %s", exc)
        return problem(503, service_detail(exc))

    @app.exception_handler(SQLAlchemyError)
    async def _database_error(_: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.warning("database error: %s", exc)
        return problem(503, DATABASE_DOWN)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "okänt fel", "type": ""}
        if first.get("type") in ("json_invalid", "model_attributes_type") or (
            first.get("loc") == ("body",) and first.get("type") != "missing"
        ):
            return problem(400, "Ogiltig JSON i förfrågan. Skicka ett JSON-objekt i UTF-8.")
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "förfrågan"
        if where == "mode":
            return problem(422, f"Okänt läge. Välj ett av: {', '.join(MODES)}.")
        return problem(422, f"Ogiltigt värde för {where}: {validation_reason(first)}.")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = {
            400: "Ogiltig förfrågan: kroppen kunde inte läsas. Skicka JSON i UTF-8.",
            404: "Hittades inte.",
            405: "Metoden stöds inte här.",
        }.get(exc.status_code, str(exc.detail))
        return problem(exc.status_code, detail)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        return problem(500, UNEXPECTED)
