"""vrac_desktop/lazy_import.py: a deferred module runs once, when first used, even when
imported again in between (as keyring's dependencies import each other)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vrac_desktop.lazy_import import defer, is_loaded


@pytest.fixture
def module_dir(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [n for n in sys.modules if n.startswith("vrac_deferred_")]:
        del sys.modules[name]


def test_runs_when_first_used_not_when_imported(module_dir: Path) -> None:
    (module_dir / "vrac_deferred_a.py").write_text(
        "import sys\nsys.modules[__name__].runs = getattr(sys.modules[__name__], 'runs', 0)\n"
        "RAN = True\ndef double(x):\n    return 2 * x\n")
    defer("vrac_deferred_a")
    import vrac_deferred_a  # noqa: F401 - imported twice, as libraries do
    import vrac_deferred_a as again

    assert not is_loaded("vrac_deferred_a")
    assert again.double(21) == 42  # the first use runs it
    assert is_loaded("vrac_deferred_a")
    assert again.RAN and sys.modules["vrac_deferred_a"] is again


def test_a_module_that_fails_reports_it_on_use_and_on_the_next_import(
        module_dir: Path) -> None:
    (module_dir / "vrac_deferred_b.py").write_text("raise RuntimeError('broken module')\n")
    defer("vrac_deferred_b")
    import vrac_deferred_b

    with pytest.raises(RuntimeError, match="broken module"):
        _ = vrac_deferred_b.anything
    assert "vrac_deferred_b" not in sys.modules
    with pytest.raises(RuntimeError, match="broken module"):
        import vrac_deferred_b  # noqa: F401, F811


def test_unknown_and_already_imported_names_are_left_alone() -> None:
    import json

    defer("json", "vrac_deferred_not_installed")
    assert sys.modules["json"] is json and is_loaded("json")
    assert "vrac_deferred_not_installed" not in sys.modules


def test_keyring_still_discovers_its_backends_after_deferring() -> None:
    """Discovery (no backend configured) uses importlib_metadata's entry points: it runs."""
    import keyring.backend

    names = {type(b).__module__ for b in keyring.backend.get_all_keyring()}
    assert any(name.startswith("keyring.backends") for name in names)
