"""Create, find and update families."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Family, FamilyStatus, Phase, new_id
from vrac_desktop.services.changes import Changes
from vrac_desktop.store import repository as repo
from vrac_desktop.store import search_index
from vrac_desktop.store.database import Database
from vrac_desktop.store.first_screen import ListedFamily as FamilySummary
from vrac_desktop.store.first_screen import listed_family

# FamilySummary (a row of the families list) is the first screen's ListedFamily: the same
# fields, read there without the services.

MAX_NAME = 500
MAX_REFERENCE = 200
LANGUAGES = ("en", "nl", "fr")


class FamilyInputError(ValueError):
    """Input a user typed that cannot be stored; the message says what to fix."""


def _checked(display_name: str, reference: str, language: str) -> tuple[str, str, str]:
    name = " ".join(display_name.split())
    if not name:
        raise FamilyInputError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The family needs a name.")))
    if len(name) > MAX_NAME:
        raise FamilyInputError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The name is longer than %1 characters."), MAX_NAME))
    reference = reference.strip()
    if len(reference) > MAX_REFERENCE:
        raise FamilyInputError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The reference is longer than %1 characters."), MAX_REFERENCE))
    if language not in LANGUAGES:
        raise FamilyInputError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "Language '%1' is not one of %2."),
            language, ', '.join(LANGUAGES)))
    return name, reference, language


MAX_HOME_LANGUAGES = 200


def create_family(db: Database, *, display_name: str, reference: str = "",
                  language: str = "en", actor: str, home_languages: str = "",
                  interpreter_needed: bool = False) -> tuple[Family, Changes]:
    name, reference, language = _checked(display_name, reference, language)
    home_languages = _home_languages(home_languages)
    family = Family(id=new_id(), display_name=name, reference=reference, language=language,
                    created_at=datetime.now(UTC), home_languages=home_languages,
                    interpreter_needed=interpreter_needed)
    with db.session() as s:
        repo.add_family(s, family)
        repo.audit(s, actor=actor, action="created", family_id=family.id)
    return family, Changes(family_id=family.id, families=True)


def _home_languages(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_HOME_LANGUAGES:
        raise FamilyInputError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The languages spoken at home are longer than %1 characters."),
                MAX_HOME_LANGUAGES))
    return text


def get_family(db: Database, *, family_id: str) -> Family:
    with db.session() as s:
        return repo.family_from_row(repo.family_row(s, family_id))


def search_families(db: Database, *, text: str = "", include_closed: bool = False,
                    limit: int = 500, phase: Phase | None = None) -> list[FamilySummary]:
    """Families whose name or reference, or the name of a child or any team member in their
    current plan, contains every typed word (and, if given, in ``phase``); recent first.

    Member names are matched here, on this laptop, from its search index (store/
    search_index.py): they are not added to the search key, which a team server keeps in
    clear. A team server's database has no such index (nobody searches it: the app searches
    the laptop's copy), so there only names and references match.
    """
    words = text.casefold().split()
    if words and db.engine.dialect.name == "sqlite":
        with db.session() as s:
            stale = search_index.has_stale(s)
        if stale:  # written outside a session (a raw connection, a migration): fold them now
            with db.session() as s:
                search_index.refresh_stale(s.connection())
    with db.session() as s:
        if db.engine.dialect.name == "sqlite":
            ids = (search_index.search_ids(s, words, include_closed=include_closed,
                                           limit=limit) if words else
                   search_index.recent_ids(s, include_closed=include_closed, limit=limit))
            listed = [listed_family(row) for row in search_index.list_rows(s, ids)]
        else:
            rows = repo.find_families(s, text=text, include_closed=include_closed,
                                      limit=limit)
            counts = repo.version_counts(s, (r.id for r in rows))
            phases = repo.current_phases(s, (r.id for r in rows))
            listed = [listed_family((r.id, r.display_name, r.reference, r.language, r.status,
                                     r.updated_at, counts.get(r.id, 0), phases[r.id].value))
                      for r in rows]
    return [family for family in listed if phase is None or family.phase is phase]


def update_family(db: Database, *, family_id: str, actor: str, display_name: str | None = None,
                  reference: str | None = None, language: str | None = None,
                  status: FamilyStatus | None = None, home_languages: str | None = None,
                  interpreter_needed: bool | None = None) -> tuple[Family, Changes]:
    with db.session() as s:
        row = repo.family_row(s, family_id)
        current = repo.family_from_row(row)
        updated = replace(
            current,
            display_name=current.display_name if display_name is None else display_name,
            reference=current.reference if reference is None else reference,
            language=current.language if language is None else language,
            status=current.status if status is None else status,
        )
        name, ref, lang = _checked(updated.display_name, updated.reference, updated.language)
        row.display_name, row.reference, row.language = name, ref, lang
        row.status = updated.status.value
        if home_languages is not None:
            row.home_languages = _home_languages(home_languages)
        if interpreter_needed is not None:
            row.interpreter_needed = interpreter_needed
        row.search_key = repo.search_key(name, ref)
        row.updated_at = repo.now_iso()
        repo.audit(s, actor=actor, action="updated", family_id=family_id)
        return repo.family_from_row(row), Changes(family_id=family_id, families=True)
