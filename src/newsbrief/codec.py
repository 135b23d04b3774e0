"""The two-way codec: every model dataclass to a JSON-able dict and back, exactly.

``encode(obj)`` gives plain dicts, lists, strings, numbers, booleans and None;
``decode(cls, data)`` rebuilds the dataclass, so ``decode(type(x), encode(x)) == x`` for every
model type (``tests/test_codec.py`` checks it with Hypothesis).  The store, Spark and the API
carry facts and briefs this way.  It is driven by the dataclasses' type hints, so a new field
needs no codec code:

- a dataclass is an object with one key per field (properties are not stored);
- ``tuple[X, ...]`` is a list, ``bytes`` (vectors, signatures) base64 text, an enum its value;
- a union of claim types is told apart by its ``kind`` field.

``json_schema(cls)`` derives a JSON Schema from the same hints; the shipped
``schema/brief.schema.json`` is that schema for ``Brief`` (a test keeps it current) and
``validate`` checks a brief's JSON against it.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import json
import types
import typing
from functools import cache
from importlib import resources
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from newsbrief import models

T = TypeVar("T")
JSON = Any  # a JSON value: dict, list, str, int, float, bool or None


class CodecError(ValueError):
    """Data that does not fit the dataclass it is decoded as; says where and why."""


def encode(obj: object) -> JSON:
    """``obj`` (a model dataclass, or a tuple/list of them) as plain JSON values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [encode(item) for item in obj]
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    if isinstance(obj, enum.Enum):
        return obj.value
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    raise CodecError(f"cannot encode a {type(obj).__name__}")


def decode(cls: type[T], data: JSON) -> T:
    """Rebuild a ``cls`` from ``encode``'s output; ``CodecError`` names the bad field."""
    value: T = _decode(cls, data, cls.__name__)
    return value


def dumps(obj: object) -> str:
    """``encode`` as compact, key-sorted JSON text (equal objects give identical text)."""
    return json.dumps(
        encode(obj), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def loads(cls: type[T], text: str | bytes) -> T:
    return decode(cls, json.loads(text))


@cache  # bounded: one entry per model class
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(models))


def _decode(tp: Any, data: JSON, where: str) -> Any:
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, data, where)
    if origin in (Union, types.UnionType):
        return _decode_union(tp, data, where)
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(data, list):
            raise CodecError(f"{where}: expected a list, got {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, f"{where}[{i}]") for i, v in enumerate(data))
        if len(args) != len(data):
            raise CodecError(f"{where}: expected {len(args)} items, got {len(data)}")
        pairs = enumerate(zip(args, data, strict=True))
        return tuple(_decode(a, v, f"{where}[{i}]") for i, (a, v) in pairs)
    if origin is Literal:
        if data not in get_args(tp):
            raise CodecError(f"{where}: {data!r} is not one of {get_args(tp)}")
        return data
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError as exc:
            raise CodecError(f"{where}: {exc}") from exc
    if tp is bytes:
        if not isinstance(data, str):
            raise CodecError(f"{where}: expected base64 text")
        return base64.b64decode(data.encode("ascii"), validate=True)
    if tp is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if tp in (str, int, bool) and type(data) is tp:
        return data
    if tp is type(None) and data is None:
        return None
    raise CodecError(f"{where}: expected {getattr(tp, '__name__', tp)}, got {data!r:.60}")


def _decode_dataclass(cls: type, data: JSON, where: str) -> Any:
    if not isinstance(data, dict):
        raise CodecError(f"{where}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _decode(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CodecError(f"{where}: missing field {f.name!r}")
    unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise CodecError(f"{where}: unknown fields {sorted(unknown)}")
    return cls(**kwargs)


def _decode_union(tp: Any, data: JSON, where: str) -> Any:
    args = get_args(tp)
    if data is None and type(None) in args:
        return None
    classes = [a for a in args if dataclasses.is_dataclass(a)]
    if classes and isinstance(data, dict):
        # Claim types: told apart by their ``kind`` field's default.
        for cls in classes:
            kind = next((f.default for f in dataclasses.fields(cls) if f.name == "kind"), None)
            if kind is not None and data.get("kind") == kind:
                return _decode(cls, data, where)
        if len(classes) == 1:
            return _decode(classes[0], data, where)
        raise CodecError(f"{where}: unknown kind {data.get('kind')!r}")
    # Scalars (float | str, bytes | None): the JSON type says which; no union in the model
    # mixes two types with the same JSON type.
    for arg in args:
        if arg is type(None) or dataclasses.is_dataclass(arg):
            continue
        try:
            return _decode(arg, data, where)
        except CodecError:
            continue
    raise CodecError(f"{where}: {data!r:.60} fits none of {tp}")


# --- JSON Schema, derived from the same type hints. ---

# What type hints cannot say: bounds and descriptions, per (class, field).
_CONSTRAINTS: dict[tuple[str, str], dict[str, Any]] = {
    ("SummarySentence", "citations"): {
        "minItems": 1,
        "description": "the first citation is the sentence taken verbatim",
    },
    ("SummarySentence", "text"): {"description": "verbatim text of the first citation's span"},
    ("Citation", "start"): {"minimum": 0},
    ("Citation", "end"): {"minimum": 1},
    ("Citation", "sentence"): {"description": "index of the sentence holding the span"},
    ("Alias", "count"): {"minimum": 1},
    ("Article", "text"): {"description": "cleaned article text; citations index into it"},
    ("Article", "published"): {"description": "ISO date YYYY-MM-DD"},
    ("ArticleFacts", "topic"): {"description": "base64 of float32 little-endian"},
    ("ArticleFacts", "sentence_vectors"): {"description": "base64 of float32 rows"},
    ("ArticleFacts", "signature"): {"description": "base64 of uint64 MinHash values"},
}


def json_schema(cls: type) -> dict[str, Any]:
    """A JSON Schema (2020-12) for ``encode``'s output of ``cls``."""
    defs: dict[str, Any] = {}
    root = _schema(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"newsbrief {cls.__name__}",
        "description": (
            "Made by newsbrief.codec.json_schema from the model dataclasses. Every citation is "
            "a span [start, end) of character offsets into the text of the article it names."
        ),
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder: recursive types refer to it while it is built
            hints = _hints(tp)
            fields = dataclasses.fields(tp)
            defs[name] = {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    f.name
                    for f in fields
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                ],
                "properties": {
                    f.name: _with_constraints(
                        _schema(hints[f.name], defs), _CONSTRAINTS.get((name, f.name), {})
                    )
                    for f in fields
                },
            }
        return {"$ref": f"#/$defs/{name}"}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema(a, defs) for a in get_args(tp)]}
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema(a, defs) for a in args],
            "minItems": len(args),
            "maxItems": len(args),
        }
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    simple = {str: "string", bytes: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    if tp is type(None):
        return {"type": "null"}
    raise CodecError(f"no schema for {tp}")


def _with_constraints(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    if not extra:
        return schema
    if "$ref" in schema:  # siblings of $ref are allowed in 2020-12, but keep it explicit
        return {"allOf": [schema], **extra}
    return {**schema, **extra}


@cache  # immutable package data, read once
def schema() -> dict[str, Any]:
    """The shipped JSON Schema of a brief."""
    text = resources.files("newsbrief").joinpath("schema/brief.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate(data: JSON) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` is a valid encoded ``Brief``."""
    import jsonschema

    jsonschema.validate(data, schema())


__all__ = [
    "CodecError",
    "decode",
    "dumps",
    "encode",
    "json_schema",
    "loads",
    "schema",
    "validate",
]
