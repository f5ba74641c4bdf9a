"""Start at login: the XDG entry written and removed for real; Windows and macOS by content."""

from __future__ import annotations

import json
import os
import plistlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kindspace import __version__
from kindspace.errors import InvalidInput, KindspaceError
from kindspace.reminders.autostart import (
    DESKTOP_FILE_NAME,
    LAUNCH_AGENT_LABEL,
    RUN_VALUE_NAME,
    START_HIDDEN_FLAG,
    LaunchCommand,
    autostart_enabled,
    current_launch_command,
    desktop_entry,
    desktop_entry_path,
    disable_autostart,
    enable_autostart,
    launch_agent,
    launch_agent_path,
    launch_command,
    windows_run_value,
)
from tests.helpers.system import require_system_part

SOURCE = Path("/home/me/src/kind space")
SITE = Path("/usr/lib/python3/dist-packages")


def command(**changes: object) -> LaunchCommand:
    values: dict[str, object] = {
        "executable": "/usr/bin/python3",
        "frozen": False,
        "package_parent": SITE,
        "installed_dirs": frozenset({SITE}),
        "platform": "linux",
    }
    values.update(changes)
    return launch_command(**values)  # type: ignore[arg-type]


# --- the command -----------------------------------------------------------------------------


def test_a_pip_install_runs_the_module_with_its_own_python() -> None:
    assert command() == LaunchCommand(("/usr/bin/python3", "-m", "kindspace", START_HIDDEN_FLAG))


def test_a_source_checkout_starts_in_its_folder() -> None:
    launch = command(package_parent=SOURCE)
    assert launch.argv == ("/usr/bin/python3", "-m", "kindspace", START_HIDDEN_FLAG)
    assert launch.working_dir == SOURCE


def test_a_bundle_runs_itself() -> None:
    launch = command(executable="/opt/kindspace/kindspace", frozen=True, package_parent=SOURCE)
    assert launch == LaunchCommand(("/opt/kindspace/kindspace", START_HIDDEN_FLAG))


def test_a_chosen_data_folder_is_passed_on() -> None:
    launch = command(data_dir=Path("/media/usb/journal"))
    assert launch.argv[-3:] == (START_HIDDEN_FLAG, "--data-dir", "/media/usb/journal")


def test_windows_prefers_the_python_without_a_console(tmp_path: Path) -> None:
    (tmp_path / "python.exe").write_bytes(b"")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    launch = command(executable=str(tmp_path / "python.exe"), platform="win32")
    assert launch.argv[0] == str(tmp_path / "pythonw.exe")
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "python.exe").write_bytes(b"")
    assert command(executable=str(alone / "python.exe"), platform="win32").argv[0] == str(
        alone / "python.exe"
    )


def test_this_checkout_really_starts_with_its_own_command(tmp_path: Path) -> None:
    launch = current_launch_command()
    assert launch.argv[0] == sys.executable and START_HIDDEN_FLAG in launch.argv
    argv = [arg if arg != START_HIDDEN_FLAG else "--version" for arg in launch.argv]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        argv,
        cwd=launch.working_dir or tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


# --- Linux: XDG autostart, for real ----------------------------------------------------------


def test_the_desktop_entry_is_written_and_removed(isolated_user_dirs: dict[str, Path]) -> None:
    entry = isolated_user_dirs["XDG_CONFIG_HOME"] / "autostart" / DESKTOP_FILE_NAME
    assert desktop_entry_path() == entry
    assert not autostart_enabled("linux")
    launch = command(package_parent=SOURCE)
    enable_autostart("linux", launch=launch)
    assert entry.is_file() and autostart_enabled("linux")
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    keys = dict(line.split("=", 1) for line in text.splitlines()[1:])
    assert keys["Type"] == "Application"
    assert keys["Exec"] == f"/usr/bin/python3 -m kindspace {START_HIDDEN_FLAG}"
    assert keys["Path"] == str(SOURCE)
    assert keys["Terminal"] == "false"
    assert (entry.stat().st_mode & 0o077) == 0
    enable_autostart("linux", launch=command())  # replaces its own entry
    assert "Path=" not in entry.read_text(encoding="utf-8")
    disable_autostart("linux")
    assert not entry.exists() and not autostart_enabled("linux")
    disable_autostart("linux")  # nothing to remove is fine


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_by_the_desktop_counts_as_off(line: str) -> None:
    enable_autostart("linux", launch=command())
    path = desktop_entry_path()
    path.write_text(
        path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true", line)
    )
    assert not autostart_enabled("linux")


def test_without_xdg_config_home_the_entry_goes_under_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/ignored")
    assert desktop_entry_path() == tmp_path / ".config" / "autostart" / DESKTOP_FILE_NAME


AWKWARD = ("a b", 'say "hi"', "back\\slash", "$HOME", "100%", "`tick`", "semi;colon", "", "é")


@pytest.mark.system
def test_the_desktop_entry_is_valid(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        require_system_part("desktop-file-validate", "install desktop-file-utils")
    path = tmp_path / DESKTOP_FILE_NAME
    for launch in (
        command(),
        command(package_parent=SOURCE),
        LaunchCommand(("/bin/echo", *AWKWARD)),
    ):
        path.write_text(desktop_entry(launch), encoding="utf-8")
        result = subprocess.run([validator, str(path)], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.system
def test_the_desktop_reads_awkward_arguments_back_exactly(tmp_path: Path) -> None:
    gio = shutil.which("gio")
    if gio is None:
        require_system_part("gio", "install libglib2.0-bin, which launches desktop entries")
    out = tmp_path / "argv.json"
    program = f"import json,sys;open({str(out)!r},'w').write(json.dumps(sys.argv[1:]))"
    folder = tmp_path / "a folder with $pace & 100%"
    folder.mkdir()
    path = tmp_path / DESKTOP_FILE_NAME
    path.write_text(
        desktop_entry(LaunchCommand((sys.executable, "-c", program, *AWKWARD), folder)),
        encoding="utf-8",
    )
    subprocess.run([gio, "launch", str(path)], check=True, timeout=30)
    deadline = time.monotonic() + 30  # gio returns before the program has run
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert json.loads(out.read_text()) == list(AWKWARD)


def test_a_folder_name_with_a_line_break_is_refused_kindly() -> None:
    with pytest.raises(InvalidInput, match="line break"):
        desktop_entry(LaunchCommand(("python3", "-m", "kindspace"), Path("/tmp/two\nlines")))


# --- Windows: the Run value, by content ------------------------------------------------------


def split_windows_command_line(line: str) -> list[str]:
    """How the Microsoft C runtime splits a command line into argv (for checking only)."""
    args: list[str] = []
    current: list[str] = []
    in_quotes = has_arg = False
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\":
            run = len(line[i:]) - len(line[i:].lstrip("\\"))
            i += run
            if i < len(line) and line[i] == '"':
                current.append("\\" * (run // 2))
                if run % 2:
                    current.append('"')
                    i += 1
                continue
            current.append("\\" * run)
            continue
        if char == '"':
            in_quotes, has_arg = not in_quotes, True
        elif char in " \t" and not in_quotes:
            if current or has_arg:
                args.append("".join(current))
            current, has_arg = [], False
        else:
            current.append(char)
        i += 1
    if current or has_arg:
        args.append("".join(current))
    return args


def test_the_windows_run_value_for_an_install() -> None:
    launch = LaunchCommand(
        (r"C:\Program Files\Python311\pythonw.exe", "-m", "kindspace", START_HIDDEN_FLAG)
    )
    name, line = windows_run_value(launch)
    assert name == RUN_VALUE_NAME
    assert line == rf'"C:\Program Files\Python311\pythonw.exe" -m kindspace {START_HIDDEN_FLAG}'
    assert split_windows_command_line(line) == list(launch.argv)


def test_the_windows_run_value_for_a_bundle_keeps_awkward_paths_whole() -> None:
    launch = LaunchCommand(
        (r"C:\Users\Zoë O'Neil\kind space\kindspace.exe", START_HIDDEN_FLAG, "--data-dir", "D:\\")
    )
    _, line = windows_run_value(launch)
    assert split_windows_command_line(line) == list(launch.argv)


def test_the_windows_run_value_for_a_source_checkout_really_finds_it(tmp_path: Path) -> None:
    checkout = Path(__file__).resolve().parents[3]
    launch = LaunchCommand((sys.executable, "-m", "kindspace", START_HIDDEN_FLAG), checkout)
    _, line = windows_run_value(launch)
    argv = split_windows_command_line(line)
    assert argv[1] == "-c" and argv[-1] == START_HIDDEN_FLAG
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # The same program, run from elsewhere, must find this checkout and start kindspace.
    result = subprocess.run(
        [*argv[:-1], "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_windows_functions_away_from_windows_fail_kindly() -> None:
    if sys.platform == "win32":
        pytest.skip("this checks the behaviour away from Windows")
    assert not autostart_enabled("win32")
    with pytest.raises(KindspaceError, match="start at login"):
        enable_autostart("win32", launch=command())
    with pytest.raises(KindspaceError, match="starting at login"):
        disable_autostart("win32")


# --- macOS: the LaunchAgent, by content and written for real --------------------------------


def test_the_launch_agent_content() -> None:
    agent = plistlib.loads(launch_agent(command(package_parent=SOURCE)))
    assert agent == {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": ["/usr/bin/python3", "-m", "kindspace", START_HIDDEN_FLAG],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
        "WorkingDirectory": str(SOURCE),
    }
    bundle = LaunchCommand(
        ("/Applications/kindspace.app/Contents/MacOS/kindspace", START_HIDDEN_FLAG)
    )
    assert "WorkingDirectory" not in plistlib.loads(launch_agent(bundle))


def test_the_launch_agent_is_written_and_removed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    assert launch_agent_path() == path
    assert not autostart_enabled("darwin")
    enable_autostart("darwin", launch=command())
    assert plistlib.loads(path.read_bytes())["ProgramArguments"][-1] == START_HIDDEN_FLAG
    assert autostart_enabled("darwin")
    disable_autostart("darwin")
    assert not path.exists() and not autostart_enabled("darwin")
