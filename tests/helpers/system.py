"""What a test does when a real system part (Secret Service, X server, tray host) is missing.

Why not simply skip: on CI a missing part is a broken setup, and a suite that quietly skips its
system tests looks green while proving nothing. ``KINDSPACE_REQUIRE_SYSTEM=1`` (set by .ci/run)
turns the skip into a failure; on a developer's machine the test is skipped with the reason.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRE_SYSTEM_ENV = "KINDSPACE_REQUIRE_SYSTEM"


def require_system_part(name: str, reason: str) -> NoReturn:
    """Skip the current test because ``name`` is unavailable, or fail when CI requires it."""
    message = f"{name} is not available: {reason}"
    if os.environ.get(REQUIRE_SYSTEM_ENV) == "1":
        pytest.fail(f"{message} ({REQUIRE_SYSTEM_ENV}=1)", pytrace=False)
    pytest.skip(message)
