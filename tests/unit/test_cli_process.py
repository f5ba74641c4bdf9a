"""``python -m kindspace`` as a real process: exit codes, real pipes, a real terminal.

In-process tests (test_cli.py) cover each command's behaviour; these make sure the promises a
script or a person relies on hold end to end: what comes through a pipe, what the exit code
is, that a terminal gets a hidden prompt, and that no command but the app loads Qt.
"""

from __future__ import annotations

import hashlib
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal
from kindspace.journal.key_file import read_key_file
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.program import run_program

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)
    monkeypatch.delenv("KINDSPACE_DEBUG", raising=False)
    monkeypatch.setenv("PYTHONPATH", str(REPO))


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    return data_dir


def kindspace(
    *argv: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_program(*argv, stdin=stdin, env=env, timeout=TIMEOUT_S)


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_version_exits_0() -> None:
    result = kindspace("--version")
    assert (result.returncode, result.stdout.strip()) == (0, "kindspace 0.1.0")


def test_notes_through_a_pipe_and_search_through_the_environment(journal_dir: Path) -> None:
    data = ["--data-dir", str(journal_dir)]
    note = kindspace(
        *data, "--passphrase-stdin", "note", "-", stdin=f"{PASSPHRASE}\ntea with\nmy sister\n"
    )
    assert (note.returncode, note.stdout, note.stderr) == (0, "Saved.\n", "")
    found = kindspace(*data, "search", "sister", env={"KINDSPACE_PASSPHRASE": PASSPHRASE})
    assert found.returncode == 0, found.stderr
    day, title, snippet = found.stdout.rstrip("\n").split("\t")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", day)
    assert (title, snippet) == ("(untitled)", "tea with my [sister]")


def test_a_wrong_passphrase_exits_2_and_leaves_every_file_alone(journal_dir: Path) -> None:
    before = hashes(journal_dir)
    result = kindspace(
        "--data-dir", str(journal_dir), "--passphrase-stdin", "check", stdin="nope, not it\n"
    )
    assert result.returncode == 2
    assert result.stderr.startswith("kindspace: That passphrase doesn't open this journal.")
    assert result.stderr.count("\n") == 1
    assert hashes(journal_dir) == before


def test_no_secret_and_no_terminal_exits_2(journal_dir: Path) -> None:
    result = kindspace("--data-dir", str(journal_dir), "search", "tea")
    assert result.returncode == 2
    assert "--passphrase-stdin" in result.stderr


def test_a_missing_journal_exits_2(tmp_path: Path) -> None:
    result = kindspace("--data-dir", str(tmp_path / "none"), "check")
    assert result.returncode == 2
    assert "There is no journal in" in result.stderr


def test_a_malformed_import_exits_1(journal_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    result = kindspace("--data-dir", str(journal_dir), "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith("kindspace: ") and "Nothing was imported" in result.stderr


def test_commands_never_load_qt(journal_dir: Path) -> None:
    script = (
        "import sys\n"
        "from kindspace.cli import main\n"
        "import os\n"
        "secret = os.environ['KINDSPACE_PASSPHRASE']\n"
        "codes = [main(['--version']), main(['--data-dir', sys.argv[1], 'search', 'tea'])]\n"
        "os.environ['KINDSPACE_PASSPHRASE'] = secret  # each command takes it out\n"
        "codes += [main(['--data-dir', sys.argv[1], 'check']), main(['--help'])]\n"
        "print(codes, 'PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(journal_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "KINDSPACE_PASSPHRASE": PASSPHRASE},
        timeout=TIMEOUT_S,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[0, 0, 0, 0] False"


def test_the_keys_helper_builds_no_parser(tmp_path: Path) -> None:
    """The helper is started before the app chooses its language or builds a parser, and
    answers sooner the less it imports: the entry itself needs neither."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kindspace", "--read-ahead-key", str(tmp_path)],
        capture_output=True, text=True, cwd=REPO, timeout=TIMEOUT_S, check=True,
    )  # fmt: skip

    assert json.loads(result.stdout)["usable"] is False  # no journal there: no key either
    imported = {line.rpartition("|")[2].strip() for line in result.stderr.splitlines()}
    assert "kindspace.cli" in imported
    assert not {"kindspace.cli_parser", "kindspace.cli_language", "argparse"} & imported


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = kindspace("--self-test", env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("Self-test passed.")
    assert list(temp.iterdir()) == []
    assert not Path(os.environ["KINDSPACE_DATA_DIR"]).exists()  # the real data dir: untouched


# --- a real terminal ------------------------------------------------------------------

_IN_TERMINAL = (
    "import fcntl, sys, termios\n"
    "fcntl.ioctl(0, termios.TIOCSCTTY, 0)  # make the pty this process's terminal\n"
    # A shell's background jobs start with SIGINT ignored, and Python then never raises
    # KeyboardInterrupt; a person's terminal always delivers it, so restore that here.
    "import signal; signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    "from kindspace.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


class Terminal:
    """kindspace on a pseudo-terminal, so getpass really hides what is typed."""

    def __init__(self, *argv: str) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-c", _IN_TERMINAL, *argv],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=REPO,
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""
        self.seen = 0

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # EIO: the process closed the terminal
            return False
        self.output += chunk
        return bool(chunk)

    def expect(self, text: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while text.encode() not in self.output[self.seen :]:
            if time.monotonic() > deadline or not self._read(deadline - time.monotonic()):
                raise AssertionError(f"never saw {text!r} in {self.output!r}")
        self.seen = self.output.index(text.encode(), self.seen) + len(text)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def finish(self) -> tuple[int, str]:
        """Read until the process closes the terminal; bounded, so a hang fails the test."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # EIO: the process closed the terminal
                    break
                if not chunk:
                    break
                self.output += chunk
            elif self.process.poll() is not None:
                break
        os.close(self.master)
        code = self.process.wait(timeout=TIMEOUT_S)
        text = self.output.decode(errors="replace")
        assert "Traceback" not in text
        return code, text


posix_only = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


@posix_only
def test_a_terminal_gets_a_hidden_prompt(journal_dir: Path) -> None:
    terminal = Terminal("--data-dir", str(journal_dir), "note", "from a terminal")
    terminal.expect("recovery key works too")
    terminal.expect("Passphrase: ")
    terminal.type("a wrong guess\n")
    terminal.expect("doesn't open this journal")
    terminal.expect("Passphrase: ")
    terminal.type(PASSPHRASE + "\n")
    code, output = terminal.finish()
    assert code == 0, output
    assert "Saved." in output
    assert "wrong guess" not in output and PASSPHRASE not in output  # never echoed


@posix_only
def test_the_prompt_also_takes_the_recovery_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    journal, recovery = create_journal(
        JournalLocation(data_dir),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    journal.close()
    terminal = Terminal("--data-dir", str(data_dir), "check")
    terminal.expect("Passphrase: ")
    terminal.type(recovery.lower().replace("-", " ") + "\n")  # as people retype it
    code, output = terminal.finish()
    assert code == 0, output
    assert "opened with the recovery key" in output


@posix_only
def test_three_wrong_tries_exit_2(journal_dir: Path) -> None:
    terminal = Terminal("--data-dir", str(journal_dir), "check")
    for _ in range(3):
        terminal.expect("Passphrase: ")
        terminal.type("still not it\n")
    code, output = terminal.finish()
    assert code == 2
    assert "stays locked" in output


@posix_only
def test_init_in_a_terminal_asks_twice(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    mismatch = Terminal("--data-dir", str(data_dir), "init", "--no-keyring")
    mismatch.expect("New passphrase: ")
    mismatch.type("one long passphrase\n")
    mismatch.expect("The same passphrase again: ")
    mismatch.type("another long passphrase\n")
    code, output = mismatch.finish()
    assert code == 1 and "were different" in output
    assert not JournalLocation(data_dir).exists()

    terminal = Terminal("--data-dir", str(data_dir), "init")  # no usable keyring here
    terminal.expect("No usable system keyring was found")
    terminal.expect("New passphrase: ")
    terminal.type(PASSPHRASE + "\n")
    terminal.expect("The same passphrase again: ")
    terminal.type(PASSPHRASE + "\n")
    code, output = terminal.finish()
    assert code == 0, output
    assert "Your recovery key:" in output
    assert read_key_file(data_dir / "keys.json").passphrase is not None


@posix_only
def test_ctrl_c_at_the_prompt_exits_130(journal_dir: Path) -> None:
    terminal = Terminal("--data-dir", str(journal_dir), "check")
    terminal.expect("Passphrase: ")
    terminal.type("\x03")
    code, output = terminal.finish()
    assert code == 130
    assert "kindspace:" not in output


@posix_only
def test_a_keyring_journal_away_from_its_keyring_asks_for_the_recovery_key(
    tmp_path: Path,
) -> None:
    location = JournalLocation(tmp_path / "journal")
    journal, recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    with journal:  # as if made with the keyring only, then moved to a computer without it
        vault.set_keyring_flag(location.key_file, enabled=True)
        vault.remove_passphrase(location.key_file, journal.data_key)
    terminal = Terminal("--data-dir", str(location.data_dir), "check")
    terminal.expect("no usable system keyring was found (")
    terminal.expect("Type your recovery key")
    terminal.expect("Recovery key: ")
    terminal.type(recovery[:-1] + "\n")  # one group short of a character
    terminal.expect("Recovery key: ")
    terminal.type(recovery + "\n")
    code, output = terminal.finish()
    assert code == 0, output
    assert "opened with the recovery key" in output
    assert recovery not in output
