"""A real, private Secret Service (D-Bus session bus + gnome-keyring) for keyring tests.

Why a real daemon: keyring behaviour that matters (backend selection, D-Bus errors, what
``org.freedesktop.secrets`` returns) cannot be faked faithfully. Why private: tests must
never read or write the developer's own keyring, so the bus, the daemon and every folder
they use live in the test's temporary directory, and the daemons run in their own process
groups so that teardown can stop them and anything they started.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, NoReturn

import pytest
import secretstorage
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from tests.helpers.system import require_system_part

SECRETS_NAME = "org.freedesktop.secrets"
START_TIMEOUT_S = 10.0
KEYRING_PASSWORD = b"kindspace-test-password"
PART = "Secret Service"


@contextlib.contextmanager
def running_secret_service(base: Path) -> Iterator[str]:
    """Start a private bus and keyring daemon with all their files under ``base``.

    Yields the bus address; both daemons are stopped on exit. Skips (fails under
    KINDSPACE_REQUIRE_SYSTEM=1) when they are not installed or do not start.
    """
    dbus_daemon = shutil.which("dbus-daemon")
    keyring_daemon = shutil.which("gnome-keyring-daemon")
    if dbus_daemon is None or keyring_daemon is None:
        require_system_part(
            PART,
            "dbus-daemon or gnome-keyring-daemon is not installed "
            "(Debian/Ubuntu packages: dbus, gnome-keyring)",
        )
    env = _private_env(base)
    with contextlib.ExitStack() as stack:
        log = stack.enter_context((base / "daemons.log").open("w+b"))
        bus = _start(
            stack,
            [
                dbus_daemon,
                "--session",
                "--nofork",
                "--print-address=1",
                f"--address=unix:path={base / 'runtime' / 'bus'}",
            ],
            env,
            stdout=subprocess.PIPE,
            log=log,
        )
        assert bus.stdout is not None
        stack.callback(bus.stdout.close)
        address = _read_line(bus.stdout, bus, log)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = _start(
            stack,
            [keyring_daemon, "--unlock", "--components=secrets", "--foreground"],
            env,
            stdin=subprocess.PIPE,
            log=log,
        )
        assert keyring.stdin is not None
        with keyring.stdin:
            keyring.stdin.write(KEYRING_PASSWORD)
        _wait_for_name(address, SECRETS_NAME, keyring, log)
        yield address


@pytest.fixture(scope="session")
def _secret_service_daemons(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The shared private Secret Service, started once per session; yields its bus address."""
    with running_secret_service(tmp_path_factory.mktemp("secret-service")) as address:
        yield address


@pytest.fixture
def secret_service(_secret_service_daemons: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The private Secret Service's bus address, set as this test's session bus.

    Function-scoped on purpose: the daemons are shared for speed, but only the tests that
    ask for them see the private bus in their environment (Qt and others read it too).
    """
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", _secret_service_daemons)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    yield _secret_service_daemons


@pytest.fixture
def locked_secret_service(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A Secret Service of its own whose default collection is locked, with no way to show an
    unlock prompt: what a person meets after dismissing the prompt. Not shared, because
    unlocking again would need that prompt."""
    with running_secret_service(tmp_path_factory.mktemp("locked-secret-service")) as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        with closing(secretstorage.dbus_init()) as connection:
            collection = secretstorage.get_default_collection(connection)
            collection.lock()
            assert collection.is_locked()
        yield address


def _private_env(base: Path) -> dict[str, str]:
    """The daemons' environment: the caller's, with every per-user location under ``base``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "XDG_", "GNOME_KEYRING"))
        and key
        not in {
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "SSH_AUTH_SOCK",
        }
    }
    for variable, folder in {
        "HOME": "home",
        "XDG_DATA_HOME": "data",
        "XDG_CONFIG_HOME": "config",
        "XDG_CACHE_HOME": "cache",
        "XDG_RUNTIME_DIR": "runtime",
    }.items():
        path = base / folder
        path.mkdir(mode=0o700)
        os.chmod(path, 0o700)
        env[variable] = str(path)
    return env


def _start(
    stack: contextlib.ExitStack,
    command: list[str],
    env: dict[str, str],
    *,
    log: IO[bytes],
    stdout: int | IO[bytes] | None = None,
    stdin: int | None = subprocess.DEVNULL,
) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command,
        env=env,
        stdin=stdin,
        stdout=log if stdout is None else stdout,
        stderr=log,
        start_new_session=True,  # its own process group, so _stop reaches its children too
    )
    stack.callback(_stop, process)
    return process


def _stop(process: subprocess.Popen[bytes]) -> None:
    for sig, wait_s in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=wait_s)
            break
        except subprocess.TimeoutExpired:
            continue
    # Anything left in the group (e.g. a bus-activated service) goes too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _fail(reason: str, log: IO[bytes]) -> NoReturn:
    log.flush()
    log.seek(0)
    output = log.read().decode(errors="replace").strip()
    require_system_part(PART, f"{reason}. Daemon output:\n{output or '(none)'}")


def _read_line(stream: IO[bytes], process: subprocess.Popen[bytes], log: IO[bytes]) -> str:
    """dbus-daemon prints its address once it listens; wait for that line (with a timeout)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    received = b""
    while not received.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            _fail("dbus-daemon did not print its address in time", log)
        ready, _, _ = select.select([stream], [], [], remaining)
        if ready:
            chunk = os.read(stream.fileno(), 512)
            if not chunk:
                process.wait(timeout=START_TIMEOUT_S)
                _fail(f"dbus-daemon exited with code {process.returncode}", log)
            received += chunk
    return received.decode().strip()


def _wait_for_name(
    address: str, name: str, process: subprocess.Popen[bytes], log: IO[bytes]
) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    with open_dbus_connection(bus=address) as connection:
        while time.monotonic() < deadline:
            reply = connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=2)
            if reply.body[0]:
                return
            if process.poll() is not None:
                _fail(f"gnome-keyring-daemon exited with code {process.returncode}", log)
            time.sleep(0.05)
    _fail(f"nobody took the name {name} in time", log)
