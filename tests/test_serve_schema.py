"""Schemathesis against the served OpenAPI spec, in process: no 500, and every response
(errors included) matches the spec."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from serve_helpers import make_app, make_store

_folder = Path(tempfile.mkdtemp(prefix="newsbrief-schema-"))
app = make_app(make_store(_folder))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_matches_its_spec(case: schemathesis.Case) -> None:  # type: ignore[type-arg]
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
