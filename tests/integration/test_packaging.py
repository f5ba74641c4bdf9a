"""The native packages work: built for real, installed into a scratch root, started for real.

Why build in the test: a bundle breaks in ways no other test sees (a module only imported by
name, a resource folder left behind, a Qt plugin that needs a library the package does not
depend on). So the real ``packaging/build-linux.sh`` builds the bundle and the .deb into a
temporary folder once per run; the .deb is unpacked with ``dpkg-deb -x`` and its program runs
its self-test and opens its window on a real X server. Debian's and freedesktop's own
checkers (lintian, desktop-file-validate, appstreamcli) judge the package, and makensis
compiles the Windows installer script. The icon files are checked against their SVG source.
Sizes are reported here and judged in benchmarks/bench_package.py.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from kindspace import __version__
from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES
from tests.helpers.system import require_system_part

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"
WINDOW_TIMEOUT_S = 30.0
#: Packages the .deb must depend on: what Qt's xcb plugin, its fonts and its D-Bus tray need.
REQUIRED_DEPENDS = (
    "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1", "libdbus-1-3",
    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
)  # fmt: skip
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
BUILD = [pytest.mark.system, pytest.mark.slow]


def packaging_module(name: str) -> ModuleType:
    """A module from packaging/ (a folder of scripts, not a package)."""
    qualified = f"kindspace_packaging_{name}"
    if qualified in sys.modules:
        return sys.modules[qualified]
    spec = importlib.util.spec_from_file_location(qualified, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[qualified] = module  # dataclasses and typing look modules up by name
    spec.loader.exec_module(module)
    return module


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        require_system_part(name, f"not installed (Debian/Ubuntu package: {package})")
    return path


@dataclass(frozen=True)
class Built:
    dist: Path
    bundle: Path
    deb: Path
    tarball: Path
    root: Path  # the .deb unpacked with dpkg-deb -x

    @property
    def program(self) -> Path:
        return self.root / "opt" / "kindspace" / "kindspace"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Build the bundle, .tar.gz and .deb once for this module, and unpack the .deb."""
    for name, package in (("dpkg-deb", "dpkg"), ("dpkg-shlibdeps", "dpkg-dev")):
        tool(name, package)
    base = tmp_path_factory.mktemp("packaging")
    dist, work = base / "dist", base / "work"
    result = subprocess.run(
        [str(PACKAGING / "build-linux.sh"), "--dist", str(dist), "--work", str(work),
         "--python", sys.executable],
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache")},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    output = (result.stdout + result.stderr)[-6000:]
    if result.returncode == 3:  # something the build machine needs: the script says what
        reason = " ".join(line.strip() for line in result.stderr.strip().splitlines()[-2:])
        require_system_part("a Linux build prerequisite", reason)
    assert result.returncode == 0, f"build-linux.sh failed ({result.returncode}):\n{output}"
    [deb] = dist.glob(f"kindspace_{__version__}_*.deb")
    [tarball] = dist.glob(f"kindspace-{__version__}-linux-*.tar.gz")
    root = base / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return Built(dist, dist / "kindspace", deb, tarball, root)


def bundle_files(bundle: Path) -> list[str]:
    return sorted(str(path.relative_to(bundle)) for path in bundle.rglob("*") if path.is_file())


def elf_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


# --- the bundle ------------------------------------------------------------------------------


@pytest.mark.system
@pytest.mark.slow
def test_the_build_reports_its_sizes(
    built: Built, capsys: pytest.CaptureFixture[str], record_property: pytest.RecordProperty
) -> None:
    sizes = {
        "bundle, unpacked": sum(  # symbolic links (to Qt's libraries) take no space
            path.stat().st_size
            for path in built.bundle.rglob("*")
            if path.is_file() and not path.is_symlink()
        ),
        ".deb": built.deb.stat().st_size,
        ".tar.gz": built.tarball.stat().st_size,
    }
    for name, value in sizes.items():
        record_property(name, value)
    line = ", ".join(f"{name} {value / 1e6:.1f} MB" for name, value in sizes.items())
    with capsys.disabled():  # into the test log, even though output is otherwise captured
        print(f"\nkindspace {__version__} Linux packages: {line}")
    assert all(value > 1_000_000 for value in sizes.values()), sizes


@pytest.mark.system
@pytest.mark.slow
def test_bundle_carries_every_resource_form_and_module(built: Built) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    inside = built.bundle / "_internal"
    for folder in ("ui", "resources"):
        for source in (REPO / folder).rglob("*"):
            if source.is_file() and "__pycache__" not in source.parts:
                copy = inside / source.relative_to(REPO)
                assert copy.is_file(), f"{copy.relative_to(built.bundle)} is missing"
                assert copy.read_bytes() == source.read_bytes()
    archive = CArchiveReader(str(built.bundle / "kindspace")).open_embedded_archive("PYZ.pyz")
    wanted = {
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in (REPO / "kindspace").rglob("*.py")
    }
    missing = sorted(wanted - set(archive.toc))
    assert not missing, f"modules not in the bundle: {missing}"


@pytest.mark.system
@pytest.mark.slow
def test_bundle_leaves_out_what_kindspace_does_not_use(built: Built) -> None:
    files = bundle_files(built.bundle)
    text = "\n".join(files)
    for unwanted in (
        r"libqgtk3", r"libgtk-3", r"PySide6/.*translations/(?!qtbase_(de|es)\.qm)",
        r"libQt6(Qml|Quick|WebEngine|Multimedia|Pdf)",
        r"platforms/libq(vnc|eglfs|linuxfb)", r"/tls/", r"sqldrivers", r"libstdc\+\+", r"libX11",
        r"readline", r"libQt6Network", r"QtNetwork\.",
    ):  # fmt: skip
        assert not re.search(unwanted, text), f"{unwanted}: {re.findall(f'.*{unwanted}.*', text)}"
    for needed in (
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
        "platforms/libqminimal.so", "imageformats/libqsvg.so", "imageformats/libqico.so",
        "iconengines/libqsvgicon.so", "lib/libQt6DBus.so.6",
        "lib/libQt6Svg.so.6", "lib/libQt6PrintSupport.so.6",
    ):  # fmt: skip
        assert any(name.endswith(needed) for name in files), f"{needed} is missing"
    file_tool = tool("file", "file")
    unstripped = [
        str(path.relative_to(built.bundle))
        for path in elf_files(built.bundle)
        if "not stripped" in subprocess.run([file_tool, "-b", str(path)], capture_output=True,
                                            text=True, check=True).stdout
    ]  # fmt: skip
    assert not unstripped


# --- the .deb --------------------------------------------------------------------------------


def control_field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.system
@pytest.mark.slow
def test_deb_installs_the_app_its_menu_entry_icons_and_manual(built: Built) -> None:
    assert control_field(built.deb, "Package") == "kindspace"
    assert control_field(built.deb, "Version") == __version__
    depends = {
        alternative.split()[0]
        for part in control_field(built.deb, "Depends").split(",")
        for alternative in part.split("|")
    }
    assert set(REQUIRED_DEPENDS) <= depends, set(REQUIRED_DEPENDS) - depends
    root = built.root
    assert os.readlink(root / "usr/bin/kindspace") == "/opt/kindspace/kindspace"
    assert os.access(built.program, os.X_OK)
    desktop = (root / "usr/share/applications/kindspace.desktop").read_text(encoding="utf-8")
    assert "\nExec=kindspace\n" in desktop and "\nIcon=kindspace\n" in desktop
    for size in THEME_SIZES:
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/kindspace.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/kindspace.svg").is_file()
    [metainfo] = (root / "usr/share/metainfo").glob("*.metainfo.xml")
    assert f'version="{__version__}"' in metainfo.read_text(encoding="utf-8")
    for name in ("usr/share/man/man1/kindspace.1.gz", "usr/share/doc/kindspace/copyright"):
        assert (root / name).is_file(), name
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert all(" root/root " in line for line in listing)


@pytest.mark.system
@pytest.mark.slow
def test_installed_program_passes_its_self_test(built: Built, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KINDSPACE_DATA_DIR": str(tmp_path)}
    version = subprocess.run(
        [str(built.program), "--version"], env=env, capture_output=True, text=True, check=False
    )
    assert version.stdout.strip() == f"kindspace {__version__}", version.stderr
    result = subprocess.run(
        [str(built.program), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("Self-test passed.")


@pytest.mark.system
@pytest.mark.slow
def test_every_library_the_program_needs_is_bundled_or_depended_on(built: Built) -> None:
    """Each library a bundled file links to directly is in the bundle or comes from a package
    that the .deb depends on (what those libraries need in turn, their packages declare)."""
    ldd, dpkg = tool("ldd", "libc-bin"), tool("dpkg", "dpkg")
    trim = packaging_module("trim")
    depends = {
        alternative.split()[0]
        for part in control_field(built.deb, "Depends").split(",")
        for alternative in part.split("|")
    }
    opt = built.root / "opt" / "kindspace"
    library_dirs = sorted({str(path.parent) for path in opt.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(library_dirs)}
    outside: dict[str, str] = {}
    for path in elf_files(opt):
        found = subprocess.run([ldd, str(path)], env=env, capture_output=True, text=True)
        assert "not found" not in found.stdout, f"{path.relative_to(opt)}:\n{found.stdout}"
        resolved = dict(re.findall(r"^\s*(\S+) => (/\S+)", found.stdout, flags=re.MULTILINE))
        for name in trim.elf_needed(path):
            if name in resolved and not resolved[name].startswith(str(opt)):
                outside[resolved[name]] = str(path.relative_to(opt))
    assert outside, "the bundle links to no system library at all, which cannot be right"
    unowned: list[str] = []
    for library, user in sorted(outside.items()):
        real = os.path.realpath(library)
        candidates = {library, real} | {re.sub(r"^/usr/", "/", p) for p in (library, real)}
        candidates |= {"/usr" + p for p in list(candidates) if not p.startswith("/usr/")}
        owner = subprocess.run([dpkg, "-S", *sorted(candidates)], capture_output=True, text=True)
        packages = {line.split(":")[0] for line in owner.stdout.splitlines() if ": /" in line}
        if not packages & depends:
            unowned.append(f"{library} (for {user}; from {packages or 'no package'})")
    assert not unowned, "libraries not covered by Depends:\n" + "\n".join(unowned)


@pytest.mark.system
@pytest.mark.skipif(sys.platform != "linux", reason="only Linux reads the key ahead")
def test_installed_program_reads_a_journals_key_ahead_for_itself(
    built: Built, secret_service: str, tmp_path: Path
) -> None:
    """The bundle is its own key reader at start (see key_read_ahead): the flag reaches it,
    and the keyring's backends and cryptography are in the bundle for it."""
    from keyring.backends import SecretService

    from kindspace.journal.journal import JournalLocation, create_journal
    from kindspace.journal.keyring_store import KeyringKeyStore, find_usable_keyring

    keyring = KeyringKeyStore(find_usable_keyring(SecretService.Keyring()).require())
    journal, _recovery = create_journal(JournalLocation(tmp_path / "journal"), keyring=keyring)
    with journal:
        data_key = journal.data_key
    answer = subprocess.run(
        [str(built.program), "--read-ahead-key", str(tmp_path / "journal")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    said = json.loads(answer.stdout)
    assert said["usable"] is True, said["reason"]
    assert bytes.fromhex(said["key"]) == data_key


@pytest.mark.system
@pytest.mark.slow
def test_installed_program_opens_its_window_on_a_real_display(
    built: Built, xvfb_display: str, tmp_path: Path
) -> None:
    xdotool = tool("xdotool", "xdotool")
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "KINDSPACE_DATA_DIR": str(tmp_path / "journal"),
    }
    app = subprocess.Popen(
        [str(built.program)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        found = subprocess.run(
            [xdotool, "search", "--sync", "--all", "--onlyvisible", "--pid", str(app.pid),
             "--name", "kindspace"],
            env=env, capture_output=True, text=True, timeout=WINDOW_TIMEOUT_S, check=False,
        )  # fmt: skip
        assert found.stdout.split(), f"no kindspace window appeared (exit code {app.poll()})"
    finally:
        app.terminate()
        try:
            _out, err = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert "Traceback" not in err, err


@pytest.mark.system
@pytest.mark.slow
def test_deb_passes_lintian(built: Built) -> None:
    lintian = tool("lintian", "lintian")
    result = subprocess.run(
        [lintian, "--fail-on", "error,warning", "--pedantic", str(built.deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.system
@pytest.mark.slow
def test_menu_entry_and_metainfo_pass_their_validators(built: Built) -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    appstreamcli = tool("appstreamcli", "appstream")
    desktop = built.root / "usr/share/applications/kindspace.desktop"
    checked = subprocess.run([validate, str(desktop)], capture_output=True, text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    [metainfo] = (built.root / "usr/share/metainfo").glob("*.metainfo.xml")
    checked = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.system
@pytest.mark.slow
def test_package_benchmark_measures_the_built_packages(
    built: Built, xvfb_display: str, tmp_path: Path
) -> None:
    """The benchmark keeps working between releases (one start each; no timing judged)."""
    from benchmarks import bench_package

    out = tmp_path / "out"
    argv = ["--dist", str(built.dist), "--repeat", "1", "--display", xvfb_display]
    assert bench_package.main([*argv, "--out", str(out)]) == 0
    [written] = out.glob("package-*.json")
    figures = {row["name"]: row for row in json.loads(written.read_text())["figures"]}
    assert figures["bundle, unpacked"]["target"] == bench_package.TARGET_BUNDLE_MB
    assert figures[".deb"]["value"] == pytest.approx(built.deb.stat().st_size / 1e6)
    ratio = figures["start-up packaged / source"]["value"]
    packaged = figures["start to window, packaged"]["value"]
    source = figures["start to window, from source"]["value"]
    assert ratio == pytest.approx(packaged / source) and packaged > 0 and source > 0


# --- the Windows installer script -------------------------------------------------------------


@pytest.mark.system
def test_windows_installer_script_compiles(tmp_path: Path) -> None:
    makensis = tool("makensis", "nsis")
    bundle = tmp_path / "bundle"  # a stand-in for the PyInstaller bundle Windows would build
    (bundle / "_internal").mkdir(parents=True)
    for name in ("kindspace.exe", "kindspace-cli.exe", "_internal/base_library.zip"):
        (bundle / name).write_bytes(b"stand-in for " + name.encode())
    installer = tmp_path / f"kindspace-{__version__}-windows-x64-setup.exe"
    result = subprocess.run(
        [makensis, "-WX", "-V2", f"-DVERSION={__version__}", f"-DBUNDLE={bundle}",
         f"-DOUTFILE={installer}", str(PACKAGING / "windows" / "kindspace.nsi")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert installer.read_bytes()[:2] == b"MZ"


# --- the icon ---------------------------------------------------------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: ICNS element types that hold PNG data, and their pixel sizes (Apple's icon format).
ICNS_SIZES = {
    "icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
    "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
}  # fmt: skip


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_theme_icons_are_rgba_pngs_of_their_size() -> None:
    for size in THEME_SIZES:
        data = (ICONS / "hicolor" / f"{size}x{size}" / "apps" / "kindspace.png").read_bytes()
        assert png_size(data) == (size, size)
        assert data[25] == 6, f"{size}: not RGBA"  # IHDR colour type 6: truecolour with alpha


def test_ico_holds_bitmaps_up_to_64_and_a_png_at_256() -> None:
    data = (ICONS / "kindspace.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sides = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        side = width or 256
        assert (height or 256, planes, bits) == (side, 1, 32)
        image = data[offset : offset + length]
        if side == 256:
            assert png_size(image) == (256, 256)
        else:  # BITMAPINFOHEADER: height counts the colour and the mask rows
            assert struct.unpack_from("<IiiHH", image) == (40, side, 2 * side, 1, 32)
            assert length == 40 + side * side * 4 + side * ((side + 31) // 32) * 4
        sides.append(side)
    assert sides == [16, 24, 32, 48, 64, 256]


def test_icns_holds_every_size_at_one_and_two_times() -> None:
    data = (ICONS / "kindspace.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found: dict[str, int] = {}
    position = 8
    while position < len(data):
        kind, length = (
            data[position : position + 4].decode(),
            struct.unpack_from(">I", data, position + 4)[0],
        )
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found == ICNS_SIZES


def test_icons_are_rendered_from_the_current_svg(tmp_path: Path) -> None:
    """The committed PNGs match what packaging/make_icons.py draws from the SVG now."""
    from PySide6.QtGui import QImage

    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for size in THEME_SIZES:
        name = Path("hicolor") / f"{size}x{size}" / "apps" / "kindspace.png"
        images = [
            QImage(str(folder / name)).convertToFormat(QImage.Format.Format_ARGB32)
            for folder in (ICONS, tmp_path)
        ]
        committed, fresh = (bytes(image.constBits()) for image in images)
        assert len(committed) == len(fresh) == size * size * 4
        # Allow for rounding differences between CPUs' drawing code, nothing more.
        worst = max(abs(a - b) for a, b in zip(committed, fresh, strict=True))
        assert worst <= 2, f"{name} is out of date: run python packaging/make_icons.py"


# --- what the spec leaves out (packaging/trim.py) ----------------------------------------------


def test_trim_keeps_the_qt_plugins_kindspace_uses_and_nothing_else() -> None:
    trim = packaging_module("trim")
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "PySide6/QtCore.abi3.so",
        "PySide6/Qt/lib/libQt6Core.so.6", "resources/exercises/x.toml", "ui/main.ui",
        "PySide6/Qt/translations/qtbase_de.qm", "PySide6/translations/qtbase_es.qm",
        "resources/translations/kindspace_de.qm",
    ):  # fmt: skip
        assert trim.keep_file(kept), kept
    for dropped in (
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/translations/qt_de.qm", "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/qml/QtQuick/qmldir",
    ):  # fmt: skip
        assert not trim.keep_file(dropped), dropped


def test_trim_keeps_qt_translations_for_every_language_kindspace_speaks() -> None:
    trim = packaging_module("trim")
    for language in SUPPORTED_LANGUAGES:
        if language != SOURCE_LANGUAGE:
            assert trim.keep_file(f"PySide6/Qt/translations/qtbase_{language}.qm"), language


def test_trim_drops_the_libraries_only_left_out_files_needed() -> None:
    trim = packaging_module("trim")
    plugins = "PySide6/Qt/plugins"
    binaries = [
        (f"{plugins}/platformthemes/libqgtk3.so", "/site/libqgtk3.so", "BINARY"),
        (f"{plugins}/platforms/libqxcb.so", "/site/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/site/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/site/libQt6Quick.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/opt/own/libpango-1.0.so.0", "BINARY"),
        ("libbrotlidec.so.1", "/opt/own/libbrotlidec.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/site/libqgtk3.so": ["libgtk-3.so.0", "libpango-1.0.so.0"],
        "/site/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/site/libQt6XcbQpa.so.6": ["libBrotliDec.so.1", "libX11.so.6"],
    }
    datas = [
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/QtGui.framework/QtGui", "Versions/Current/QtGui", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
    ]
    kept, kept_datas, left_out = trim.trim(binaries, datas, lambda source: links.get(source, []))
    assert [entry[0] for entry in kept] == [
        f"{plugins}/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libbrotlidec.so.1", "libpython3.11.so.1.0",
    ]  # fmt: skip
    assert kept_datas == datas[:2]  # a link inside a macOS framework stays
    assert "libpango-1.0.so.0" in left_out and "libgtk-3.so.0" in left_out


@pytest.mark.system
def test_elf_reader_lists_what_readelf_lists() -> None:
    readelf = tool("readelf", "binutils")
    trim = packaging_module("trim")
    import _ctypes

    for path in (Path(sys.executable).resolve(), Path(_ctypes.__file__)):
        shown = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
        expected = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+)\]", shown.stdout)
        assert trim.elf_needed(path) == expected
    assert trim.elf_needed(ICONS / "kindspace.svg") == []
