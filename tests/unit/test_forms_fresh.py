"""Generated forms must match their .ui files, or the app would show an old layout."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_compiler():
    spec = importlib.util.spec_from_file_location(
        "compile_forms", ROOT / "scripts" / "compile_forms.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["compile_forms"] = module
    spec.loader.exec_module(module)
    return module


def test_every_generated_form_matches_a_fresh_compile() -> None:
    compiler = load_compiler()
    assert list((ROOT / "ui").glob("*.ui")), "there should be at least one .ui layout"
    stale = compiler.stale_forms()
    assert stale == [], f"run scripts/compile_forms.py; stale forms: {stale}"


def test_a_changed_ui_file_is_reported_stale(tmp_path: Path, monkeypatch) -> None:
    compiler = load_compiler()
    ui_dir = tmp_path / "ui"
    forms = tmp_path / "forms"
    ui_dir.mkdir()
    forms.mkdir()
    source = next((ROOT / "ui").glob("*.ui"))
    (ui_dir / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(compiler, "UI_DIR", ui_dir)
    monkeypatch.setattr(compiler, "FORMS_DIR", forms)
    assert compiler.main([]) == 0
    assert compiler.stale_forms() == []
    changed = source.read_text(encoding="utf-8").replace("</ui>", "<resources/>\n</ui>", 1)
    edited = ui_dir / source.name
    edited.write_text(changed.replace('name="', 'name="x', 1), encoding="utf-8")
    assert compiler.stale_forms() == [source.name]
