"""What the PyInstaller bundle leaves out, as plain functions the spec calls and tests check.

Why this is more than a list of excludes: PyInstaller's Qt hooks collect every plugin of a
kind (all platform plugins, all image formats), every Qt translation (20+ MB; only the
catalogue of Qt's standard buttons and dialogs in kindspace's languages is kept), and then
every library
those plugins link to. Dropping a plugin from the list afterwards is not enough, because its
libraries stay: the GTK platform theme alone brings libgtk-3, GDK, cairo, pango, ATK and
friends (about 15 MB). So the spec first drops the files kindspace does not use
(:func:`keep_file`) and the libraries the Linux distribution provides
(:func:`left_to_system`), then drops every shared library that nothing left in the bundle
still links to (:func:`unreachable_libraries`).

Entries are PyInstaller TOC tuples ``(path inside the bundle, source, typecode)``.
"""

from __future__ import annotations

import posixpath
import re
import struct
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

Entry = tuple[str, str, str]

#: Where a Linux distribution keeps its own libraries. A library PyInstaller found here is
#: taken from the system at run time instead of being copied into the bundle, and the .deb's
#: Depends (worked out by dpkg-shlibdeps) names the package that provides it. Why: such a
#: library belongs to the distribution (it gets its security updates) and often has to match
#: something else of the system's: libstdc++ the graphics drivers (Mesa loads it too), libX11
#: and xcb the X server, fontconfig the system's font configuration, libdbus the bus daemon,
#: libcups the printing service. A copy from the build machine can disagree with all of those.
#: What is bundled is what came from Python wheels (Qt, ICU, SQLCipher, cryptography) and
#: the Python runtime itself.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/lib32/", "/usr/lib/", "/usr/lib64/", "/usr/lib32/")

#: Qt plugins kindspace keeps, by plugin folder: a pattern for the file names kept. Folders not
#: named here (sqldrivers, tls, networkinformation, generic input, egl device integrations,
#: the Wayland compositor side, Qt Designer, QML tooling, ...) are dropped whole.
KEPT_PLUGINS: dict[str, str] = {
    # xcb and Wayland for desktops, offscreen and minimal for the self-test and headless runs,
    # plus the native ones of Windows and macOS.
    "platforms": r"(lib)?q(xcb|wayland|offscreen|minimal|windows|cocoa)\.",
    # The portal theme gives sandboxed and Wayland desktops their own file dialogs. The GTK
    # theme is dropped: it loads the whole GTK stack for a look Qt's own style approximates.
    "platformthemes": r"libqxdgdesktopportal\.",
    "platforminputcontexts": r".*",  # the compose key and IBus: accents, CJK input
    "xcbglintegrations": r".*",
    "wayland-shell-integration": r"libxdg-shell\.",
    "wayland-decoration-client": r".*",  # window borders on compositors that do not draw them
    "wayland-graphics-integration-client": r"libqt-plugin-wayland-egl\.",
    "imageformats": r"(lib)?q(svg|ico)\.",  # PNG is built into QtGui
    "iconengines": r"(lib)?qsvgicon\.",
    "printsupport": r".*",  # printing and "save as PDF"
    "styles": r".*",  # the native Windows and macOS looks
}

#: Qt's own translations kindspace loads (kindspace.gui.translation): the standard buttons
#: and dialogs ("Abbrechen"), in the languages kindspace itself speaks. Kept in step with
#: kindspace.language.SUPPORTED_LANGUAGES by tests/integration/test_packaging.py.
KEPT_QT_TRANSLATIONS = r"translations/qtbase_(de|es)\.qm$"

#: Folders below the Qt prefix that kindspace never reads (but see KEPT_QT_TRANSLATIONS).
DROPPED_QT_FOLDERS = ("translations/", "qml/", "resources/", "libexec/", "metatypes/")


def qt_relative(dest: str) -> str | None:
    """The part of a bundle path below Qt's prefix, or None when the file is not Qt's.

    PySide6 keeps Qt under ``PySide6/Qt/`` on Linux and macOS and directly under ``PySide6/``
    on Windows.
    """
    normal = dest.replace("\\", "/")
    for prefix in ("PySide6/Qt/", "PySide6/"):
        if normal.startswith(prefix):
            return normal[len(prefix) :]
    return None


def left_to_system(entry: Entry) -> bool:
    """Whether a shared library comes from the distribution and is left to it (see
    :data:`SYSTEM_LIBRARY_DIRS`). Python's own library and extension modules never are."""
    dest, source, typecode = entry
    return (
        typecode == "BINARY"
        and source.startswith(SYSTEM_LIBRARY_DIRS)
        and not _basename(dest).startswith("libpython")
    )


def keep_file(dest: str) -> bool:
    """Whether the file at bundle path ``dest`` belongs in kindspace's bundle."""
    inside_qt = qt_relative(dest)
    if inside_qt is None:
        return True
    if re.match(KEPT_QT_TRANSLATIONS, inside_qt):
        return True
    if inside_qt.startswith(DROPPED_QT_FOLDERS):
        return False
    if inside_qt.startswith("plugins/"):
        parts = inside_qt.split("/")
        if len(parts) < 3:
            return True
        pattern = KEPT_PLUGINS.get(parts[1])
        return pattern is not None and re.match(pattern, parts[-1]) is not None
    return True


def _basename(path: str) -> str:
    """A library's file name, lower-cased: Windows names the same DLL in either case."""
    return path.replace("\\", "/").rsplit("/", 1)[-1].lower()


def _is_prunable(entry: Entry) -> bool:
    """Libraries that are in the bundle only because something linked to them: those placed
    at the top of the bundle by PyInstaller's dependency scan, and Qt's own libraries. Python
    extension modules, plugins and the Python library itself are always kept."""
    dest, _source, typecode = entry
    if typecode != "BINARY" or _basename(dest).startswith(("libpython", "python")):
        return False
    normal = dest.replace("\\", "/")
    return "/" not in normal or (qt_relative(normal) or "").startswith(("lib/", "bin/"))


def unreachable_libraries(
    binaries: Sequence[Entry], imports_of: Callable[[str], Iterable[str]]
) -> set[str]:
    """Bundle paths of the libraries that no kept binary links to, directly or indirectly.

    ``imports_of(source)`` names the libraries a binary links to (file names, as ``ldd`` or
    the dynamic section says them). Libraries loaded only by ``dlopen`` are invisible to this,
    which is why Python extensions, plugins and libpython are never pruned.
    """
    candidates: dict[str, list[Entry]] = {}
    for entry in binaries:
        if _is_prunable(entry):
            candidates.setdefault(_basename(entry[0]), []).append(entry)
    pending = [entry for entry in binaries if not _is_prunable(entry)]
    reached: set[str] = set()
    while pending:
        _dest, source, _typecode = pending.pop()
        for name in imports_of(source):
            base = _basename(name)
            if base in candidates and base not in reached:
                reached.add(base)
                pending.extend(candidates[base])
    return {
        entry[0] for name, entries in candidates.items() if name not in reached for entry in entries
    }


def _normal(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/"))


def _link_target(entry: Entry) -> str:
    """Where a SYMLINK entry points, as a bundle path (its target is relative to its folder)."""
    dest, target, _typecode = entry
    return _normal(posixpath.join(posixpath.dirname(_normal(dest)), target.replace("\\", "/")))


def trim(
    binaries: Sequence[Entry],
    datas: Sequence[Entry],
    imports_of: Callable[[str], Iterable[str]],
) -> tuple[list[Entry], list[Entry], list[str]]:
    """The binaries and datas to bundle, and the bundle paths left out (for the build log).

    Symbolic links (PyInstaller records them among the datas) go when their target goes; the
    links inside a macOS framework (``Versions/Current``) point at folders and stay.
    """
    kept_binaries = [
        entry for entry in binaries if keep_file(entry[0]) and not left_to_system(entry)
    ]
    unreachable = unreachable_libraries(kept_binaries, imports_of)
    kept_binaries = [entry for entry in kept_binaries if entry[0] not in unreachable]
    present = {entry[0] for entry in kept_binaries}
    removed = {_normal(entry[0]) for entry in binaries if entry[0] not in present}
    kept_datas = [
        entry
        for entry in datas
        if keep_file(entry[0]) and not (entry[2] == "SYMLINK" and _link_target(entry) in removed)
    ]
    kept = {entry[0] for entry in [*kept_binaries, *kept_datas]}
    left_out = sorted(entry[0] for entry in [*binaries, *datas] if entry[0] not in kept)
    return kept_binaries, kept_datas, left_out


_ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NEEDED = 1


def elf_needed(path: Path) -> list[str]:
    """The libraries an ELF file links to directly (its ``DT_NEEDED`` entries), in order.

    Why not ``ldd``: it lists the whole transitive closure, so it cannot tell which library
    pulled in which, and leaving one library to the system would keep everything below it.
    Reading the dynamic section answers exactly "what does this file itself need".
    Returns [] for anything that is not a dynamically linked ELF file.
    """
    data = path.read_bytes()
    if data[:4] != _ELF_MAGIC or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    wide = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section = order + "IIQQQQIIQQ"
        dyn, dyn_size = order + "qQ", 16
    else:
        (shoff,) = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section = order + "IIIIIIIIII"
        dyn, dyn_size = order + "iI", 8
    headers = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    for header in headers:
        kind, offset, size, link = header[1], header[4], header[5], header[6]
        if kind != _SHT_DYNAMIC:
            continue
        strings_offset = headers[link][4]
        for position in range(offset, offset + size, dyn_size):
            tag, value = struct.unpack_from(dyn, data, position)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                start = strings_offset + value
                needed.append(data[start : data.index(b"\0", start)].decode())
    return needed
