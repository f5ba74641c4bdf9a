"""Keep journal words out of core dumps, and secrets out of the environment of other programs.

Why: an unlocked kindspace holds note text and the raw data key in memory. A crash would
write all of it, unencrypted, into a core file (or a crash report) that other tools collect
and keep. So every kindspace process, the app and each command, starts by asking the system
for no core file at all (``RLIMIT_CORE`` = 0) and, on Linux, by marking itself not dumpable
(``PR_SET_DUMPABLE`` = 0), which also stops other programs of the same user from attaching
to it or reading its memory and ``/proc/PID/environ``. On Windows, crash reports are asked
to leave out the heap. Each step is best effort: a system that refuses must never stop
kindspace from starting.

``KINDSPACE_PASSPHRASE`` is taken out of the environment as soon as it is read, so no
program kindspace starts (a file manager, a browser) inherits the passphrase.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "KINDSPACE_PASSPHRASE"  # noqa: S105 (the name of a variable, not a secret)

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3
_WER_FAULT_REPORTING_FLAG_NOHEAP = 1


def harden_process() -> None:
    """No core dumps, not dumpable; safe to call more than once."""
    _no_core_files()
    if sys.platform.startswith("linux"):
        _not_dumpable()
    elif sys.platform == "win32":
        _crash_reports_without_heap()


def take_passphrase_from_environment() -> str | None:
    """Read ``KINDSPACE_PASSPHRASE`` once and remove it, so child processes never see it."""
    value = os.environ.pop(PASSPHRASE_ENV, None)
    return value or None


def core_file_limit() -> int | None:
    """The soft ``RLIMIT_CORE`` in bytes (None where the system has no such limit)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrlimit(resource.RLIMIT_CORE)[0]


def is_dumpable() -> bool | None:
    """Linux's dumpable flag for this process (None elsewhere, or when it can't be read)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        answer = int(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None
    return None if answer < 0 else answer != 0


def _no_core_files() -> None:
    try:
        import resource
    except ImportError:  # Windows: see _crash_reports_without_heap
        return
    try:
        # The soft limit decides; the hard one stays, so a program kindspace starts (a file
        # manager) may still raise its own soft limit again.
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ValueError, OSError) as error:
        # Lowering a limit is always allowed; this is only a guard for unusual systems.
        log.info("Could not turn off core files: %s", type(error).__name__)


def _not_dumpable() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.info("Could not mark the process not dumpable (errno %d)", ctypes.get_errno())
    except (OSError, AttributeError) as error:
        log.info("Could not mark the process not dumpable: %s", type(error).__name__)


def _crash_reports_without_heap() -> None:  # pragma: no cover (Windows only)
    with contextlib.suppress(OSError, AttributeError):
        windll = getattr(ctypes, "windll", None)
        if windll is not None:
            windll.kernel32.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP)
