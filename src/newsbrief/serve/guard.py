"""Request limits, access rules and security headers (pure ASGI, so they wrap every response,
errors included).

- Bodies over ``max_body`` bytes get 413 before the app reads them (Content-Length checked
  up front; a chunked body is counted as it arrives).
- With ``allowed_hosts`` (a server bound to loopback), other Host headers get 400: a web page
  elsewhere cannot reach the open loopback API through DNS rebinding.
- Every response carries a strict Content-Security-Policy: nothing remote, no inline script
  or style but the page's own (a fresh nonce per request), no framing, no plugins.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Callable, Sequence

from fastapi import Request
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsbrief.serve.errors import error_response

MAX_BODY = 8 * 1024 * 1024


def csp(nonce: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class _TooLarge(HTTPException):
    """Raised from ``receive`` while the app reads the body; FastAPI passes an
    ``HTTPException`` raised there through to the error handlers (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over {limit} bytes")


class Guard:
    def __init__(
        self, app: ASGIApp, *, max_body: int, allowed_hosts: Sequence[str] | None = None
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", csp(nonce).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        async def reply(response_status: int, text: str) -> None:
            response = error_response(response_status, text)
            await response(scope, receive, send_secured)

        headers = dict(scope.get("headers", []))
        if self.allowed_hosts is not None and _host(headers.get(b"host", b"")) not in (
            self.allowed_hosts
        ):
            await reply(400, "unexpected Host header: this server answers on loopback only")
            return
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                await reply(400, "Content-Length is not a number")
                return
            if too_big:
                await reply(413, f"request body over {self.max_body} bytes")
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge(self.max_body)
            return message

        try:
            await self.app(scope, counted, send_secured)
        except _TooLarge:
            if started:
                raise
            await reply(413, f"request body over {self.max_body} bytes")


def _host(value: bytes) -> str:
    """The host name of a Host header, without its port ("[::1]:8000" -> "[::1]")."""
    text = value.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text.split("]", 1)[0] + "]"
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


def is_loopback(host: str) -> bool:
    """Is ``host`` (what the server binds to) reachable from this machine only?"""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def require_token(token: str | None) -> Callable[[Request], None]:
    """A FastAPI dependency for writes: a bearer token equal to ``token`` (compared in
    constant time), or nothing when the server runs without one (loopback only)."""

    def check(request: Request) -> None:
        if token is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        ok = scheme.lower() == "bearer" and hmac.compare_digest(
            value.strip().encode("utf-8", "replace"), token.encode("utf-8")
        )
        if not ok:
            raise HTTPException(
                401,
                "writes need a bearer token (Authorization: Bearer $NEWSBRIEF_TOKEN)",
                headers={"WWW-Authenticate": "Bearer"},
            )

    return check
