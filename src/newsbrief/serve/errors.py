"""One JSON error shape for every error the server returns:
``{"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}``.

Input is hostile: a validation error echoes parts of it (field names, values), so every
string is made encodable (lone surrogates become U+FFFD) before it is serialised; otherwise
bad input would turn into a 500 while the error itself was being written.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("newsbrief.serve")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    500: "internal_error",
    503: "busy",
}


class ErrorDetail(BaseModel):
    loc: list[str | int] = []
    msg: str
    type: str


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: list[ErrorDetail] = []


class ErrorOut(BaseModel):
    error: ErrorBody


def encodable(text: str) -> str:
    """``text`` with lone surrogates replaced, so that it encodes as UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8")


def error_response(
    status: int,
    message: str,
    *,
    details: list[dict[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = {
        "error": {
            "status": status,
            "code": CODES.get(status, "error"),
            "message": encodable(message),
            "details": details or [],
        }
    }
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def _detail(err: Mapping[str, Any]) -> dict[str, Any]:
    # The offending value ("input") is left out: it can be megabytes, and it is the caller's.
    loc = [x if isinstance(x, int) else encodable(str(x))[:200] for x in err.get("loc", ())]
    return {
        "loc": loc,
        "msg": encodable(str(err.get("msg", "")))[:500],
        "type": encodable(str(err.get("type", "")))[:100],
    }


def install(app: FastAPI) -> None:
    """Route every error through ``error_response``."""

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            # FastAPI's answer to a body json cannot read (nested too deep): invalid input.
            return error_response(422, "the body is not JSON this server can read")
        return error_response(exc.status_code, str(exc.detail), headers=exc.headers)

    async def invalid(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        details = [_detail(e) for e in exc.errors()[:50]]
        return error_response(422, "the request is not valid", details=details)

    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error (logged on the server)")

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, crashed)


# Documented on every API route, so the OpenAPI spec says what each error looks like.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": CODES[status].replace("_", " ")}
    for status in (401, 404, 413, 422, 503)
}
