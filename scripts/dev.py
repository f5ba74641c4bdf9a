#!/usr/bin/env python3
"""The one entry point for developers and CI: ``dev.py app|test|translations|catalogues``.

Why a script and not a Makefile or tox: it has to work the same way on Linux, macOS and
Windows with nothing but a Python 3.11+ interpreter, in a fresh clone, with an empty HOME.
It only uses the standard library for the same reason.

Both commands first make sure ``.venv`` (in the repository root) holds kindspace in editable
mode with its ``dev`` extras, pinned by ``constraints.txt``. A stamp file inside ``.venv``
records a hash of ``pyproject.toml`` and ``constraints.txt``, so the (slow) install runs on
the first use and again only when one of those two files changes.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / "kindspace-dev.stamp"
#: The files whose content decides what the environment holds.
INPUTS = ("pyproject.toml", "constraints.txt")
MIN_PYTHON = (3, 11)

USAGE = """\
usage: python3 scripts/dev.py app [ARGS...]     run kindspace (python -m kindspace ARGS)
       python3 scripts/dev.py test [ARGS...]    ruff check, ruff format --check, mypy, then
                                                pytest ARGS
       python3 scripts/dev.py translations [--check]
                                                refresh translations/*.ts from the sources
                                                and build the .qm files the app loads
       python3 scripts/dev.py catalogues        refresh the core's gettext catalogues:
                                                .pot from the source, .po merged, .mo built

app, test and translations create or refresh .venv in the repository root when needed;
catalogues needs only this Python (see docs/translating.md)."""


def say(message: str) -> None:
    """Print a progress line at once, so it shows before a long child process writes."""
    print(message, flush=True)


def venv_python() -> Path:
    """The virtual environment's interpreter (Windows keeps it in Scripts\\python.exe)."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_stamp() -> str:
    """A hash of the dependency inputs: a different hash means the install is out of date."""
    digest = hashlib.sha256()
    for name in INPUTS:
        digest.update(name.encode())
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def venv_works(python: Path) -> bool:
    """True when the environment's interpreter starts (it breaks if its base Python went away)."""
    if not python.is_file():
        return False
    try:
        result = subprocess.run([python, "-c", "import sys"], capture_output=True, check=False)
    except OSError:
        return False
    return result.returncode == 0


def create_venv() -> bool:
    """Create a fresh ``.venv`` with pip; explain the fix when this Python cannot do that."""
    if VENV.exists():
        shutil.rmtree(VENV)
    result = subprocess.run(
        [sys.executable, "-m", "venv", VENV], capture_output=True, text=True, check=False
    )
    if result.returncode == 0:
        return True
    output = (result.stdout + result.stderr).strip()
    say(output)
    say(f"\nCould not create the virtual environment {VENV}.")
    if "ensurepip" in output:
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        say(
            "This Python has no ensurepip, so it cannot put pip into a new environment.\n"
            "On Debian or Ubuntu, install the OS package python3-venv and run this again:\n"
            f"    sudo apt install python3-venv    (or python{version}-venv)"
        )
    shutil.rmtree(VENV, ignore_errors=True)
    return False


def ensure_environment() -> Path | None:
    """Return the environment's Python, creating or updating ``.venv`` first if needed.

    Returns None (after saying why) when the environment cannot be made.
    """
    python = venv_python()
    stamp = wanted_stamp()
    have_stamp = STAMP.read_text(encoding="utf-8").strip() if STAMP.is_file() else None
    works = venv_works(python)
    if works and have_stamp == stamp:
        return python

    if not works:
        say("Setting up the environment (first run only)…")
        if not create_venv():
            return None
    else:
        say("Updating the environment (pyproject.toml or constraints.txt changed)…")
    say("Installing kindspace and its development tools into .venv (a minute or two)…")
    # A stale stamp must not survive a failed install, or the next run would trust it.
    STAMP.unlink(missing_ok=True)
    pip: list[str | Path] = [python, "-m", "pip", "install", "--disable-pip-version-check"]
    code = run([*pip, "--quiet", "--editable", ".[dev]", "--constraint", "constraints.txt"])
    if code != 0:
        say(f"\nInstalling into .venv failed (pip exit {code}); see pip's messages above.")
        return None
    STAMP.write_text(stamp + "\n", encoding="utf-8")
    say("Environment ready.")
    return python


def run(command: Sequence[str | Path]) -> int:
    """Run a command in the repository root and return its exit code.

    A child killed by a signal reports it as a negative number, which ``sys.exit`` would turn
    into a meaningless status (-6 becomes 250); a shell's 128 + signal says what happened.
    """
    code = subprocess.run(command, cwd=ROOT, check=False).returncode
    return 128 - code if code < 0 else code


def cmd_app(python: Path, args: Sequence[str]) -> int:
    """Start kindspace from the checkout, passing the exit code through."""
    return run([python, "-m", "kindspace", *args])


def cmd_test(python: Path, pytest_args: Sequence[str]) -> int:
    """Lint, format check, type check, then tests; stop at the first step that fails.

    The cheap static checks run first so a typo fails in seconds, not after the whole suite.
    """
    tools = python.parent.relative_to(ROOT)  # where ruff and friends live, for the hints
    steps: list[tuple[str, list[str], str]] = [
        ("ruff check .", ["ruff", "check", "."], f"`{tools}/ruff check --fix .` repairs many."),
        (
            "ruff format --check .",
            ["ruff", "format", "--check", "."],
            f"Run `{tools}/ruff format .`",
        ),
        ("mypy", ["mypy"], "Fix the type errors listed above."),
    ]
    for title, command, hint in steps:
        say(f"==> {title}")
        code = run([python, "-m", *command])
        if code != 0:
            say(f"\nFAILED: {title} (exit {code}). {hint}")
            return code
    title = " ".join(["pytest", *pytest_args])
    say(f"==> {title}")
    code = run([python, "-m", "pytest", *pytest_args])
    if code != 0:
        say(f"\nFAILED: {title} (exit {code}).")
    else:
        say("\nAll checks passed.")
    return code


def cmd_translations(python: Path, args: Sequence[str]) -> int:
    """Qt's lupdate and lrelease over the window's words (scripts/translations.py)."""
    return run([python, ROOT / "scripts" / "translations.py", *args])


COMMANDS = {"app": cmd_app, "test": cmd_test, "translations": cmd_translations}


def main(argv: Sequence[str]) -> int:
    """Dispatch ``app`` / ``test`` / ``translations``; anything else prints the usage."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A Windows console or a redirected stream may not encode "…": never crash on it.
        sys.stdout.reconfigure(errors="replace")
    if sys.version_info < MIN_PYTHON:
        wanted = ".".join(map(str, MIN_PYTHON))
        say(f"kindspace needs Python {wanted} or newer; this is {sys.version}.")
        return 2
    if argv and argv[0] == "catalogues":
        # Standard library only, like this script: no environment to build first.
        return run([sys.executable, ROOT / "scripts" / "catalogues.py", *argv[1:]])
    if not argv or argv[0] not in COMMANDS:
        say(USAGE)
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    command, rest = argv[0], list(argv[1:])
    try:
        python = ensure_environment()
        if python is None:
            return 1
        return COMMANDS[command](python, rest)
    except KeyboardInterrupt:  # the child got the Ctrl-C too; leave without a traceback
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
