"""The codec round-trips every model type exactly, and its JSON fits the shipped schema."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief import codec, models
from newsbrief.codec import CodecError, decode, dumps, encode, json_schema, loads

# Every frozen dataclass of the data model.
MODEL_TYPES = sorted(
    (
        obj
        for obj in vars(models).values()
        if isinstance(obj, type)
        and dataclasses.is_dataclass(obj)
        and obj.__module__ == models.__name__
    ),
    key=lambda cls: cls.__name__,
)

# JSON has no NaN or infinity: facts never hold them (a hostile "1e999" is not a figure).
st.register_type_strategy(float, st.floats(allow_nan=False, allow_infinity=False))


def test_every_model_type_is_covered() -> None:
    names = {cls.__name__ for cls in MODEL_TYPES}
    assert {"Article", "ArticleFacts", "QuantityClaim", "DateClaim", "QuoteClaim", "Brief"} <= names
    assert len(names) >= 20


# Nested types (a Brief holds stories holding articles …) draw large values: that is the point.
BIG = [HealthCheck.data_too_large, HealthCheck.too_slow]


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=10, deadline=None, suppress_health_check=BIG)
@given(data=st.data())
def test_round_trip(cls: type, data: st.DataObject) -> None:
    value = data.draw(st.from_type(cls))
    encoded = encode(value)
    assert decode(cls, encoded) == value
    text = dumps(value)
    assert loads(cls, text) == value
    assert dumps(loads(cls, text)) == text  # byte-identical JSON


def test_shipped_schema_is_current() -> None:
    # Regenerate with: python -c "import json; from newsbrief.codec import json_schema;
    # from newsbrief.models import Brief; print(json.dumps(json_schema(Brief), indent=2,
    # ensure_ascii=False))" > src/newsbrief/schema/brief.schema.json
    assert codec.schema() == json_schema(models.Brief)


def test_claims_are_told_apart_by_kind() -> None:
    cite = models.Citation("a", 0, 5, 0)
    claims: tuple[models.Claim, ...] = (
        models.QuantityClaim(9.0, "soldiers", "Lebanese", "held", "held", "", "t", (cite,)),
        models.DateClaim("2017-08-27", "relative", "ceasefire", "on Sunday", "t", (cite,)),
        models.QuoteClaim("We believe", "Abbas Ibrahim", "t", (cite,)),
    )
    brief = models.StoryBrief(models.Story("s", ("a",)), (), (), claims=claims)
    again = decode(models.StoryBrief, encode(brief))
    assert [type(c) for c in again.claims] == [type(c) for c in claims]
    assert again == brief


@pytest.mark.parametrize(
    ("cls", "data", "message"),
    [
        (models.Citation, {"article": "a", "start": 0}, "missing field 'end'"),
        (models.Citation, {"article": "a", "start": 0, "end": 1, "x": 1}, "unknown fields"),
        (models.Citation, {"article": "a", "start": "0", "end": 1}, "Citation.start"),
        (models.Skipped, {"source": "f", "reason": "nope", "detail": ""}, "Skipped.reason"),
        (models.DateClaim, {"value": "x", "resolution": "soon"}, "resolution"),
        (models.ArticleFacts, [], "expected an object"),
    ],
)
def test_bad_data_names_the_field(cls: type, data: Any, message: str) -> None:
    with pytest.raises(CodecError, match=message):
        decode(cls, data)


def test_vectors_travel_as_compact_bytes() -> None:
    import numpy as np

    from newsbrief.vectors import pack, unpack

    matrix = np.arange(6, dtype=np.float32).reshape(2, 3) / 7
    data = pack(matrix)
    assert len(data) == 6 * 4
    assert np.array_equal(unpack(data, 3), matrix)
    assert math.isclose(float(unpack(decode(bytes, encode(data)), 3)[1, 2]), 5 / 7, rel_tol=1e-6)
