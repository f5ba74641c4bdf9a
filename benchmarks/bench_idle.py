"""How much the app costs while it only waits: reminders on, window closed, nobody typing.

Why measure it: kindspace runs all day in the tray, so an idle process that wakes often drains
laptop batteries and shows up in ``top``. The reminder timer is single-shot and armed to the
next due time (at most ten minutes ahead), so the process should sleep. This starts the real
app with ``--start-hidden`` on its own Xvfb (with a real tray host when ``trayer`` exists, so
the window really is closed into the tray), lets it settle, then reads from ``/proc``:

- CPU time (``utime + stime`` of ``/proc/<pid>/stat``, all threads) over the window;
- context switches of every thread (``/proc/<pid>/task/*/status``): each time a sleeping
  thread is woken it switches in, so switches per minute bound the wake-ups from above.

The journal stays locked (a passphrase journal nobody unlocks), and the test probe is off: it
would wake the process a few times a second.

Run: ``python -m benchmarks.bench_idle [--minutes 3]`` (see ``--help``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from benchmarks.timing import write_json
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.state import ReminderState
from kindspace.reminders.store import save_reminders

OUT = Path(__file__).resolve().parent / "out"
SETTLE_S = 90.0  # start-up, the wait for the tray, the keyring check, start-up timers
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the whole process (all threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14 and 15)


def thread_switches(pid: int) -> dict[str, int]:
    """Context switches (voluntary + involuntary) per thread, keyed "name/tid"."""
    found: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
        except FileNotFoundError:
            continue  # the thread ended meanwhile
        values = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        switches = int(values["voluntary_ctxt_switches"]) + int(
            values["nonvoluntary_ctxt_switches"]
        )
        found[f"{values['Name'].strip()}/{task.name}"] = switches
    return found


@contextmanager
def x_server() -> Iterator[tuple[str, bool]]:
    """A private Xvfb (and trayer when installed); yields (DISPLAY, has a tray host)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("This benchmark needs Xvfb (Debian package: xvfb).")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    received = b""
    while not received.endswith(b"\n"):  # Xvfb writes the number once it accepts clients
        chunk = os.read(read_fd, 64)
        if not chunk:
            raise SystemExit("Xvfb ended before it was ready.")
        received += chunk
    os.close(read_fd)
    display = ":" + received.decode().strip()
    trayer = shutil.which("trayer")
    tray = None
    if trayer:
        tray = subprocess.Popen(
            [trayer, "--edge", "bottom", "--align", "right"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    try:
        yield display, tray is not None
    finally:
        for process in (tray, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def prepare(data_dir: Path) -> None:
    """A locked journal and reminders on, with the next one hours away."""
    journal, _recovery = create_journal(
        JournalLocation(data_dir),
        passphrase="an idle afternoon by the sea",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    journal.close()
    later = (datetime.now().astimezone() + timedelta(hours=6)).time()
    rules = ReminderRules(
        enabled=True,
        times=(clock_time(later.hour, later.minute),),
        skip_if_practised_today=False,
    )
    save_reminders(data_dir, rules, ReminderState(handled_through=datetime.now(UTC)))


def measure(minutes: float, settle_s: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as work, x_server() as (display, has_tray):
        data_dir = Path(work) / "journal"
        prepare(data_dir)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env["KINDSPACE_DATA_DIR"] = str(data_dir)
        for name in ("KINDSPACE_TEST_PROBE", "DBUS_SESSION_BUS_ADDRESS"):
            env.pop(name, None)
        app = subprocess.Popen(
            [sys.executable, "-m", "kindspace", "--start-hidden"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            time.sleep(settle_s)
            if app.poll() is not None:
                raise SystemExit(f"The app ended early: {app.communicate()[1][-2000:]}")
            cpu_before, switches_before = cpu_seconds(app.pid), thread_switches(app.pid)
            started = time.monotonic()
            time.sleep(minutes * 60)
            elapsed = time.monotonic() - started
            cpu_after, switches_after = cpu_seconds(app.pid), thread_switches(app.pid)
        finally:
            app.terminate()
            app.communicate(timeout=30)
    per_thread = {
        name: count - switches_before.get(name, 0) for name, count in switches_after.items()
    }
    total = sum(per_thread.values())
    return {
        "kind": "idle",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "tray_host": has_tray,
        "seconds": round(elapsed, 1),
        "cpu_seconds": round(cpu_after - cpu_before, 3),
        "cpu_percent": round(100 * (cpu_after - cpu_before) / elapsed, 4),
        "context_switches": total,
        "switches_per_minute": round(total / (elapsed / 60), 2),
        "switches_per_thread": dict(sorted(per_thread.items(), key=lambda item: -item[1])),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=3.0, help="how long to measure")
    parser.add_argument("--settle", type=float, default=SETTLE_S, help="seconds before")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the JSON result")
    options = parser.parse_args(argv)
    results = measure(options.minutes, options.settle)
    path = write_json(results, options.out, "idle")
    print(
        f"Idle for {results['seconds']} s (tray host: {results['tray_host']}): "
        f"CPU {results['cpu_seconds']} s ({results['cpu_percent']} %), "
        f"{results['context_switches']} context switches "
        f"({results['switches_per_minute']} per minute)"
    )
    for name, count in results["switches_per_thread"].items():
        print(f"  {name}: {count}")
    print(f"Written to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
