"""The family's voice travels with the meetings through the team server, and the server's
families give the same organisation summary on the other laptop."""

from __future__ import annotations

from datetime import date

from tests.fidelity_data import make_family
from tests.server.conftest import TEAM, Team
from vrac_desktop.services.fidelity import family_fidelity
from vrac_desktop.services.sync import sync
from vrac_desktop.store import repository as repo


def test_voice_answers_sync_to_the_other_laptop(team: Team) -> None:
    made = make_family(team.a, 3, meetings=2)
    with team.a.session() as s:
        sent = sorted(repo.voices(s, made.family_id), key=repr)
    assert len(sent) == 12
    sync(team.a, team.server, team=TEAM, actor="anna", server_name="test")
    sync(team.b, team.server, team=TEAM, actor="bram", server_name="test")
    with team.b.session() as s:
        arrived = sorted(repo.voices(s, made.family_id), key=repr)
    assert arrived == sent
    today = date(2026, 6, 1)
    on_a = family_fidelity(team.a, family_id=made.family_id, today=today)
    on_b = family_fidelity(team.b, family_id=made.family_id, today=today)
    assert on_b.voice == on_a.voice and on_b.report == on_a.report
    # A second sync moves nothing again (the voices count in the fingerprint).
    again = sync(team.b, team.server, team=TEAM, actor="bram", server_name="test")
    assert again.pulled == 0 and again.pushed == 0
