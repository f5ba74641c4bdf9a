"""Real mounts for one command, without root on the host: a private mount namespace.

``unshare --map-root-user --mount`` gives a process its own mount table, where it may mount a
small tmpfs (a nearly full disk) or bind a folder read-only (a read-only disk or snapshot).
Being "root" only inside that namespace, the command cannot write through a read-only mount,
unlike a test running as the host's root, which ignores file permissions.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
from collections.abc import Sequence

from tests.helpers.system import require_system_part

PART = "a private mount namespace (unshare)"


def run_with_mounts(
    mounts: Sequence[str], command: Sequence[str], *, stdin: bytes = b"", timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run ``mounts`` (shell lines such as ``mount -t tmpfs …``), then ``command``, in a
    mount namespace of their own; nothing outside sees the mounts."""
    unshare = shutil.which("unshare")
    if unshare is None:
        require_system_part(PART, "unshare is not installed (Debian package util-linux)")
    probe = subprocess.run(
        [unshare, "--map-root-user", "--mount", "true"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        require_system_part(PART, probe.stderr.decode(errors="replace").strip())
    script = " && ".join([*mounts, "exec " + shlex.join(command)])
    return subprocess.run(
        [unshare, "--map-root-user", "--mount", "sh", "-c", script],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
