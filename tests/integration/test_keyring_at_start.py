"""Reading the key at start loads only this platform's keyring backends, and finds the real one.

Why: letting ``keyring`` choose loads every backend it ships (macOS's and Windows' on Linux
too), about 0.05-0.2 s of every start before the key can be read. kindspace now ranks only
the backends this platform can use, the way ``keyring`` ranks them.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.system

READ_AT_START = (
    "import sys\n"
    "from kindspace.journal.keyring_store import find_keyring_for_reading\n"
    "check = find_keyring_for_reading()\n"
    "print(type(check.backend).__module__)\n"
    "print(sorted(m for m in sys.modules if m.startswith('keyring.backends.')))\n"
)


@pytest.mark.skipif(sys.platform != "linux", reason="the Secret Service is Linux's keyring")
def test_the_key_is_read_through_the_secret_service_with_no_other_platforms_loaded(
    secret_service: str,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", READ_AT_START],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": secret_service},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    backend, loaded = done.stdout.strip().splitlines()
    assert backend == "keyring.backends.SecretService"
    assert "keyring.backends.macOS" not in loaded and "keyring.backends.Windows" not in loaded


def test_a_configured_backend_is_still_the_persons_choice(secret_service: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", READ_AT_START],
        env={
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": secret_service,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    # The configured (here: unusable) backend is judged, not replaced by the platform's.
    assert done.stdout.splitlines()[0] == "builtins"  # no backend: None
