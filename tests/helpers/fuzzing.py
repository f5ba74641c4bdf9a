"""Hypothesis strategies shared by the importer fuzz tests: any text, any JSON value.

Why shared: every importer must meet the same hostile input (lone surrogates, NUL, NaN,
numbers too long to store, deep nesting), so they draw it from one definition.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def fuzz_settings(max_examples: int) -> settings:
    """Modest example counts keep the suite quick. The autouse fixtures of tests/conftest.py
    only point per-user folders at a temporary path, so sharing them between examples is
    harmless and that health check does not apply."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def any_text(max_size: int) -> st.SearchStrategy[str]:
    """Any code points, surrogates and NUL included."""
    return st.text(st.characters(exclude_categories=()), max_size=max_size)


def json_leaf(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        text,
    )


def json_any(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """Any JSON-shaped value, nested a little, with ``text`` for strings and names."""
    return st.recursive(
        json_leaf(text),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
        max_leaves=12,
    )
