from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import sample_plan
from vrac_desktop.domain.codec import DecodeError, canonical_json, from_jsonable, to_jsonable
from vrac_desktop.domain.model import PlanContent, TextItem, new_id


def test_round_trip_is_identical_and_canonical() -> None:
    plan = sample_plan()
    text = canonical_json(plan)
    back = from_jsonable(PlanContent, json.loads(text))
    assert back == plan
    assert canonical_json(back) == text
    assert ", " not in text[:200] and "\n" not in text


@given(st.text(max_size=200))
@settings(max_examples=60, deadline=None)
def test_any_text_round_trips(text: str) -> None:
    plan = replace(sample_plan(), vision=TextItem(new_id(), text))
    assert from_jsonable(PlanContent, json.loads(canonical_json(plan))) == plan


@pytest.mark.parametrize(
    ("mutate", "path", "fragment"),
    [
        (lambda d: d["goals"][1].__setitem__("target", "ten"), "goals[1].target", "whole number"),
        (lambda d: d["goals"][0].__setitem__("baseline", True), "goals[0].baseline",
         "whole number"),
        (lambda d: d["actions"][0].__setitem__("status", "finished"), "actions[0].status",
         "not one of"),
        (lambda d: d.__setitem__("surprise", 1), "<root>", "unknown field 'surprise'"),
        (lambda d: d["team"][0].pop("name"), "team[0].name", "missing"),
        (lambda d: d["vision"].__setitem__("text", "x" * 100_001), "vision.text", "longer"),
        (lambda d: d["actions"][1].__setitem__("due_on", "31/01/2027"), "actions[1].due_on",
         "not a date"),
        (lambda d: d.__setitem__("goals", {"a": 1}), "goals", "expected a list"),
    ],
)
def test_decoder_names_the_problem(mutate, path: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    data = to_jsonable(sample_plan())
    mutate(data)
    with pytest.raises(DecodeError) as info:
        from_jsonable(PlanContent, data)
    assert str(info.value).startswith(path)
    assert fragment in str(info.value)


def test_deep_nesting_is_refused() -> None:
    data = to_jsonable(sample_plan())
    nested: object = "x"
    for _ in range(50):
        nested = [nested]
    data["team"][0]["name"] = nested
    with pytest.raises(DecodeError):
        from_jsonable(PlanContent, data)
