"""Start at login: an XDG autostart entry, a Windows Run value or a macOS LaunchAgent.

Reminders only come while kindspace runs, so people can ask for it to start quietly at login
(:data:`START_HIDDEN_FLAG`: into the tray, or minimized where there is none). Each platform
has one per-user place for that, and nothing here needs administrator rights.

The command must start *this* kindspace however it was installed: a PyInstaller bundle runs
its own executable; otherwise the running Python starts ``-m kindspace``, from the folder
that holds the package when that folder is a source checkout rather than an installed
package folder. The entry's content is built by pure functions, so every platform's content
is tested on any platform; only the writing is platform-bound.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import re
import site
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import kindspace
from kindspace import APP_NAME
from kindspace.errors import InvalidInput, KindspaceError
from kindspace.i18n import _
from kindspace.paths import write_private_atomically

#: The command-line flag an autostarted kindspace is given: start hidden in the tray.
START_HIDDEN_FLAG = "--start-hidden"
DESKTOP_FILE_NAME = "kindspace.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "kindspace"
LAUNCH_AGENT_LABEL = "kindspace.autostart"

# Characters that force an argument into quotes in a desktop entry's Exec key.
_EXEC_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


@dataclass(frozen=True)
class LaunchCommand:
    """How to start kindspace at login: the arguments, and the folder to start it in."""

    argv: tuple[str, ...]
    #: Set only when running from a source checkout, which Python finds from this folder.
    working_dir: Path | None = None


def launch_command(
    *,
    executable: str,
    frozen: bool,
    package_parent: Path,
    installed_dirs: frozenset[Path],
    platform: str,
    data_dir: Path | None = None,
) -> LaunchCommand:
    """The login command for a kindspace run by ``executable``.

    Pure, so every way of running is tested anywhere; :func:`current_launch_command` fills
    the arguments in from the running process.
    """
    extra = () if data_dir is None else ("--data-dir", str(data_dir))
    if frozen:  # a PyInstaller bundle: its executable is kindspace itself
        return LaunchCommand((executable, START_HIDDEN_FLAG, *extra))
    python = _windowless_python(executable) if platform == "win32" else executable
    from_source = package_parent not in installed_dirs
    return LaunchCommand(
        (python, "-m", APP_NAME, START_HIDDEN_FLAG, *extra),
        working_dir=package_parent if from_source else None,
    )


def current_launch_command(data_dir: Path | None = None) -> LaunchCommand:
    """The login command for the kindspace that is running now."""
    return launch_command(
        executable=sys.executable,
        frozen=bool(getattr(sys, "frozen", False)),
        package_parent=Path(kindspace.__file__).resolve().parent.parent,
        installed_dirs=_installed_package_dirs(),
        platform=sys.platform,
        data_dir=data_dir,
    )


# --- what each platform's entry says --------------------------------------------------------


def desktop_entry(launch: LaunchCommand) -> str:
    """The XDG autostart ``.desktop`` file (Desktop Entry Specification 1.5)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Start kindspace quietly at login, so gentle reminders can come",
        f"Exec={_desktop_string(' '.join(_exec_argument(arg) for arg in launch.argv))}",
    ]
    if launch.working_dir is not None:
        lines.append(f"Path={_desktop_string(str(launch.working_dir))}")
    lines += [
        f"Icon={APP_NAME}",
        "Terminal=false",
        "StartupNotify=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    return "\n".join(lines) + "\n"


def windows_run_value(launch: LaunchCommand) -> tuple[str, str]:
    """The name and command line of the ``HKCU\\...\\Run`` value.

    A Run value has no working folder, so a source checkout is put on Python's path by a
    one-line ``-c`` program instead.
    """
    argv = launch.argv
    if launch.working_dir is not None and argv[1:3] == ("-m", APP_NAME):
        program = (
            f"import runpy,sys;sys.path.insert(0,{str(launch.working_dir)!r});"
            f"runpy.run_module({APP_NAME!r},run_name='__main__',alter_sys=True)"
        )
        argv = (argv[0], "-c", program, *argv[3:])
    return RUN_VALUE_NAME, subprocess.list2cmdline(argv)


def launch_agent(launch: LaunchCommand) -> bytes:
    """The macOS LaunchAgent property list, loaded by launchd at the next login."""
    agent: dict[str, object] = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(launch.argv),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",  # only graphical logins, not ssh sessions
    }
    if launch.working_dir is not None:
        agent["WorkingDirectory"] = str(launch.working_dir)
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML, sort_keys=True)


# --- where the entries live ------------------------------------------------------------------


def desktop_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / DESKTOP_FILE_NAME


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


# --- on, off, and whether it is on ---------------------------------------------------------


def autostart_enabled(platform: str | None = None) -> bool:
    """Whether kindspace is set to start at login (and the desktop has not switched it off)."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_run_value_exists()
    if platform == "darwin":
        try:
            agent = plistlib.loads(launch_agent_path().read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("Disabled") is not True
    try:
        text = desktop_entry_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    keys = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    return (
        keys.get("Hidden", "").strip() != "true"
        and keys.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
    )


def enable_autostart(
    platform: str | None = None,
    *,
    launch: LaunchCommand | None = None,
    data_dir: Path | None = None,
) -> None:
    """Start kindspace hidden at every login, replacing an older entry of its own."""
    platform = platform or sys.platform
    launch = launch or current_launch_command(data_dir)
    try:
        if platform == "win32":
            _windows_set_run_value(*windows_run_value(launch))
        elif platform == "darwin":
            write_private_atomically(launch_agent_path(), launch_agent(launch), own_folder=False)
        else:
            write_private_atomically(
                desktop_entry_path(), desktop_entry(launch).encode(), own_folder=False
            )
    except OSError as error:
        reason = error.strerror or "an unexpected problem"
        raise KindspaceError(
            _(
                "kindspace couldn't set itself to start at login ({reason}). "
                "You can still start it yourself whenever you like."
            ).format(reason=reason)
        ) from error


def disable_autostart(platform: str | None = None) -> None:
    """Stop starting at login. Removes only kindspace's own entry; no entry is fine."""
    platform = platform or sys.platform
    try:
        if platform == "win32":
            _windows_delete_run_value()
        elif platform == "darwin":
            launch_agent_path().unlink(missing_ok=True)
        else:
            desktop_entry_path().unlink(missing_ok=True)
    except OSError as error:
        reason = error.strerror or "an unexpected problem"
        raise KindspaceError(
            _(
                "kindspace couldn't stop starting at login ({reason}). Your "
                "desktop's startup settings can switch it off too."
            ).format(reason=reason)
        ) from error


# --- helpers ---------------------------------------------------------------------------------


def _exec_argument(argument: str) -> str:
    """One argument as the Exec key's rules want it.

    An argument with a reserved character goes in double quotes, inside which the double
    quote, backtick, dollar and backslash take a backslash; a percent sign is doubled so it
    is not read as a field code.
    """
    _refuse_line_breaks(argument)
    if argument and not _EXEC_RESERVED.search(argument):
        quoted = argument
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return quoted.replace("%", "%%")


def _desktop_string(value: str) -> str:
    """A desktop entry string value: the backslash is escaped (after Exec's own quoting)."""
    _refuse_line_breaks(value)
    return value.replace("\\", "\\\\")


def _refuse_line_breaks(text: str) -> None:
    if "\n" in text or "\r" in text:
        raise InvalidInput(
            _("kindspace can't start at login from a folder whose name has a line break in it.")
        )


def _windowless_python(executable: str) -> str:
    """pythonw.exe beside python.exe, so no console window opens at every login."""
    path = Path(executable)
    if path.name.lower() == "python.exe":
        windowless = path.with_name("pythonw.exe")
        if windowless.exists():
            return str(windowless)
    return executable


def _installed_package_dirs() -> frozenset[Path]:
    places: list[str] = [*getattr(site, "getsitepackages", list)()]
    with contextlib.suppress(AttributeError):
        places.append(site.getusersitepackages())
    paths = sysconfig.get_paths()
    places += [paths["purelib"], paths["platlib"]]
    return frozenset(Path(place).resolve() for place in places)


def _windows_run_value_exists() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, RUN_VALUE_NAME)
        except OSError:
            return False
        return True
    return False


def _windows_set_run_value(name: str, command: str) -> None:
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)
        return
    raise OSError(0, "the Windows registry exists only on Windows")


def _windows_delete_run_value() -> None:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, RUN_VALUE_NAME)
        except FileNotFoundError:
            pass
        return
    raise OSError(0, "the Windows registry exists only on Windows")
