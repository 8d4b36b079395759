"""Build frozen pydantic models without re-validating values already checked.

Hot paths only (`Engine.scan_text` wraps every message; the contact detector builds a
finding per match). `BaseModel.model_construct` and `model_copy` do the same job at
about twice the cost here. Callers must pass only values validation would store
unchanged; their tests compare these copies with the validated constructors, so a
pydantic release that changes its internals fails the suite instead of going unseen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["build_unvalidated", "replaced"]

_Model = TypeVar("_Model", bound=BaseModel)
_set_attribute = object.__setattr__


def build_unvalidated(cls: type[_Model], values: dict[str, Any],
                      fields_set: Iterable[str]) -> _Model:
    """An instance of `cls` holding `values` as they are, with `fields_set` as set."""
    model = cls.__new__(cls)
    _set_attribute(model, "__dict__", values)
    _set_attribute(model, "__pydantic_fields_set__", set(fields_set))
    _set_attribute(model, "__pydantic_extra__", None)
    _set_attribute(model, "__pydantic_private__", None)
    return model


def replaced(model: _Model, name: str, value: object) -> _Model:
    """A copy of frozen `model` with field `name` replaced: `model_copy(update=...)`."""
    values = model.__dict__.copy()
    values[name] = value
    return build_unvalidated(type(model), values, model.__pydantic_fields_set__)
