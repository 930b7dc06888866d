"""Every bad input gives a clear message and loses nothing; docs/bad-input.md is current.

Plus a hypothesis fuzz of the import: whatever bytes or JSON arrive, the decoder either
builds a valid export or refuses with DecodeError naming a path; import_family refuses with
ImportRefusedError and leaves the database empty. Nothing else may escape.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import sample_plan
from tests.hardening import bad_inputs
from vrac_desktop.domain.codec import DecodeError, to_jsonable
from vrac_desktop.domain.model import new_id
from vrac_desktop.domain.transfer import FORMAT, parse_family_export
from vrac_desktop.services.families import create_family, search_families
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.transfer import ImportRefusedError, build_family_export, import_family
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@pytest.mark.parametrize(("title", "run"), bad_inputs.CASES, ids=[t for t, _ in bad_inputs.CASES])
def test_bad_input_is_refused_clearly(title: str, run: bad_inputs.Case, tmp_path: Path) -> None:
    tried, message, _ = bad_inputs.run_case(run, tmp_path)
    if not message:
        pytest.skip(tried)
    # A sentence (or argparse's "choose from ...)"), not a traceback.
    assert message.rstrip().endswith((".", "app", ")")), message
    assert "Traceback" not in message


def test_bad_input_document_is_current() -> None:
    committed = (ROOT / "docs" / "bad-input.md").read_text(encoding="utf-8").split("\n## ")
    generated = bad_inputs.generate().split("\n## ")
    assert len(generated) == len(committed), "cases were added or removed"
    stale = [new.splitlines()[0] for new, old in zip(generated, committed, strict=True)
             # A case that needs root (a mount) and could not run here is not compared.
             if new != old and "- Message: (not run)" not in new]
    assert not stale, (
        f"docs/bad-input.md is stale for {stale}: "
        "python -m tests.hardening.bad_inputs > docs/bad-input.md (as root)")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner,
                                                                  max_size=5),
    max_leaves=30,
)


@pytest.fixture(scope="module")
def valid_export() -> dict:  # type: ignore[type-arg]
    import tempfile

    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths

    with tempfile.TemporaryDirectory() as tmp:
        mp = pytest.MonkeyPatch()
        mp.setenv("VRAC_TEST_KEYRING_FILE", str(Path(tmp) / "k.cfg"))
        db = open_local(DataPaths(Path(tmp) / "d"))
        family, _ = create_family(db, display_name="Fuzz", actor="c")
        save_plan_version(db, family_id=family.id, content=sample_plan(), actor="c")
        data = to_jsonable(build_family_export(db, family_id=family.id, actor="c"))
        db.dispose()
        mp.undo()
    return data  # type: ignore[no-any-return]


def _paths(data: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data[:3]):
            found += _paths(v, (*prefix, i))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURE_OK)
@given(data=st.data())
def test_fuzzed_exports_are_decoded_or_refused_with_a_path(valid_export: dict, data) -> None:  # type: ignore[no-untyped-def, type-arg]
    doc = json.loads(json.dumps(valid_export))
    for version in doc["versions"]:  # fuzz the plan inside each version's text too
        version["content_json"] = json.loads(version["content_json"])
    targets = _paths(doc)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(targets[1:]))
        node = doc
        try:
            for key in where[:-1]:
                node = node[key]
            node[where[-1]] = data.draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue
    if data.draw(st.booleans()):
        doc[data.draw(st.text(min_size=1, max_size=8))] = data.draw(json_values)
    for version in doc["versions"] if isinstance(doc["versions"], list) else ():
        if isinstance(version, dict) and "content_json" in version:
            version["content_json"] = json.dumps(version["content_json"])
    raw = json.dumps(doc).encode()
    try:
        parsed = parse_family_export(raw)
    except DecodeError as exc:
        assert str(exc) and exc.problem
        return
    assert parsed.format == FORMAT


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_arbitrary_bytes_never_escape_decode_error(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        parse_family_export(raw)


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(value=json_values, field=st.sampled_from(["family", "versions", "ratings", "meetings",
                                                  "evaluations", "exported_at"]))
def test_import_of_fuzzed_file_refuses_and_stores_nothing(
        db: Database, tmp_path: Path, valid_export: dict, value: object, field: str) -> None:  # type: ignore[type-arg]
    doc = dict(valid_export, family=dict(valid_export["family"], id=new_id()))
    doc[field] = value
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = len(search_families(db, include_closed=True))
    try:
        import_family(db, path=path, actor="fuzz")
    except (ImportRefusedError, StoreError):
        assert len(search_families(db, include_closed=True)) == before
    else:  # the fuzzed value happened to be valid (an empty list, a date...)
        assert len(search_families(db, include_closed=True)) == before + 1
