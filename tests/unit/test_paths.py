"""Where kindspace keeps its data, and whether it finds its resources from source and a wheel.

The wheel test matters because a missing ``resources/`` only shows after installation: the
checkout always has the folders at the top, so every other test would pass.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace import paths

REPO = Path(__file__).resolve().parents[2]

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def test_resources_are_found_from_the_source_checkout() -> None:
    assert paths.resource_root() == REPO
    assert paths.resource_path("README.md") == REPO / "resources" / "README.md"
    assert paths.resource_path("README.md").is_file()
    assert paths.ui_path("README.md").is_file()


def test_a_pyinstaller_bundle_is_its_own_resource_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_root() == tmp_path
    assert paths.ui_path("main_window.ui") == tmp_path / "ui" / "main_window.ui"


def test_data_dir_honours_the_environment_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.default_data_dir() == tmp_path / "elsewhere"


def test_data_dir_override_expands_the_home_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, "~/journal")
    assert paths.default_data_dir() == Path.home() / "journal"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are a Linux convention")
def test_data_dir_without_override_follows_xdg(
    isolated_user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.default_data_dir() == isolated_user_dirs["XDG_DATA_HOME"] / "kindspace"


@posix_only
def test_ensure_private_dir_creates_an_owner_only_folder(tmp_path: Path) -> None:
    target = tmp_path / "a" / "journal"
    assert paths.ensure_private_dir(target) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o700


@posix_only
def test_ensure_private_dir_tightens_an_existing_folder(tmp_path: Path) -> None:
    target = tmp_path / "journal"
    target.mkdir(mode=0o755)
    target.chmod(0o755)
    paths.ensure_private_dir(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o700


# Run inside the installed wheel: prints where kindspace and its resources were found.
_PROBE = """
import json
import kindspace.paths as p
print(json.dumps({
    "module": p.__file__,
    "root": str(p.resource_root()),
    "resources_readme": str(p.resource_path("README.md")),
    "ui_readme": str(p.ui_path("README.md")),
}))
"""

_NOT_BUILD_INPUTS = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


@pytest.mark.slow
def test_an_installed_wheel_ships_ui_and_resources(tmp_path: Path) -> None:
    # Build from a copy: an in-tree build leaves build/ and *.egg-info in the checkout, and a
    # stale build/lib would hide files that the wheel no longer picks up.
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=_NOT_BUILD_INPUTS)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    offline = ["--no-index", "--no-deps", "--quiet"]
    subprocess.run(
        [*pip, "wheel", *offline, "--no-build-isolation", "-w", tmp_path / "dist", source],
        check=True,
    )
    (wheel,) = (tmp_path / "dist").glob("kindspace-*.whl")
    site = tmp_path / "site"
    subprocess.run([*pip, "install", *offline, "--target", site, wheel], check=True)

    # The checkout must not be importable: run from elsewhere with only the wheel added. The
    # environment's own site-packages stay on the path, so the dependencies still import.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(site)
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = {key: Path(value) for key, value in json.loads(result.stdout).items()}

    site = site.resolve()  # kindspace.paths resolves symlinks (macOS: /var -> /private/var)
    assert found["module"].is_relative_to(site), "kindspace was imported from the checkout"
    assert found["root"] == site / "kindspace" / "_data", "ui/ and resources/ were not shipped"
    assert found["resources_readme"].is_file()
    assert found["ui_readme"].is_file()
    assert (site / "kindspace" / "py.typed").is_file()
    missing = [
        str(module.relative_to(REPO))
        for module in (REPO / "kindspace").rglob("*.py")
        if not (site / module.relative_to(REPO)).is_file()
    ]
    assert not missing, f"modules missing from the wheel: {missing}"


# -- writing a file whole or not at all ----------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's XDG folders)."""
    made = tmp_path / "chosen"
    made.mkdir()
    return made


def test_a_private_file_is_private_from_the_start_and_replaces_the_target(folder: Path) -> None:
    target = folder / "export.json"
    target.write_text("old", encoding="utf-8")
    with paths.private_file_beside(target) as temp:
        assert temp.parent == folder and temp.exists()
        if os.name == "posix":
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600
        temp.write_text("new", encoding="utf-8")
        assert target.read_text(encoding="utf-8") == "old", "replaced only at the end"
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(folder.iterdir()) == [target]


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_one(
    folder: Path,
) -> None:
    target = folder / "export.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), paths.private_file_beside(target) as temp:
        temp.write_text("half of the n", encoding="utf-8")
        raise RuntimeError("the disk went away")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(folder.iterdir()) == [target]


def test_without_replace_an_existing_file_is_kept(folder: Path) -> None:
    target = folder / "entry.md"
    target.write_text("the person's own", encoding="utf-8")
    with pytest.raises(FileExistsError), paths.private_file_beside(target, replace=False) as temp:
        temp.write_text("ours", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "the person's own"
    assert sorted(folder.iterdir()) == [target]
