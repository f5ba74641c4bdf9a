"""Keeping the source of every imported module out of memory after PySide has read it.

PySide6 looks at each module imported after it (for its optional ``__feature__`` switches,
which kindspace does not use): it asks ``inspect.getsource`` whether the module mentions
PySide6, and ``linecache`` then keeps every line of that module for the rest of the run.
At start that is about 5 MiB of source text, a twentieth of the app's memory, held for
nothing (a traceback reads the lines again when it needs them). The check stays exactly as
PySide does it; only the lines it read are let go afterwards.

A frozen build ships no sources, so there the check reads nothing and this changes nothing.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def forget_sources_pyside_reads() -> None:
    """Load PySide and wrap its check, so it leaves ``linecache`` as it found it (idempotent)."""
    import PySide6.QtCore  # noqa: F401  (the import that installs PySide's hook)

    feature = sys.modules.get(_FEATURE_MODULE)
    check: Callable[[ModuleType], bool] | None = getattr(feature, _CHECK, None)
    if feature is None or check is None or getattr(check, "forgets_sources", False):
        return  # another PySide version, or already wrapped

    def uses_pyside(module: ModuleType) -> bool:
        cached_before = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in set(linecache.cache) - cached_before:
                linecache.cache.pop(name, None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
