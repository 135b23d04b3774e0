"""Quote speakers named as the story names the person."""

from __future__ import annotations

from newsbrief.models import Alias, Citation, Entity
from newsbrief.story.speakers import known_speakers, resolve_speaker

TEXT = (
    "Interior Minister Pavla Renquist flew to Osk. Economy Minister Rafael Tiernan stayed away. "
    "Grete Lindqvist, the fire chief, said the wind had turned. "
    "Regional governor Anouk Telleman spoke. Mayor Tomas Renquist was not reached."
)


def _entity(name: str, kind: str = "PERSON") -> Entity:
    start = TEXT.index(name)
    return Entity(
        name=name,
        type=kind,
        aliases=(Alias(name, 1),),
        mentions=(Citation(article="a", start=start, end=start + len(name)),),
    )


KNOWN = known_speakers(
    [
        _entity("Pavla Renquist"),
        _entity("Rafael Tiernan"),
        _entity("Grete Lindqvist"),
        _entity("Anouk Telleman", "ORG"),  # the small pipeline's mistake after a title
        _entity("Tomas Renquist"),
        _entity("Osk", "GPE"),
    ],
    {"a": TEXT},
)


def test_a_role_names_the_one_person_who_holds_it() -> None:
    assert resolve_speaker("the fire chief", KNOWN) == "Grete Lindqvist"
    assert resolve_speaker("governor", KNOWN) == "Anouk Telleman"
    assert resolve_speaker("the mayor", KNOWN) == "Tomas Renquist"


def test_an_ambiguous_role_or_surname_stays_as_written() -> None:
    assert resolve_speaker("the minister", KNOWN) == "the minister"  # two ministers
    assert resolve_speaker("Renquist", KNOWN) == "Renquist"  # two Renquists
    assert resolve_speaker("the spokesman", KNOWN) == "the spokesman"


def test_a_surname_names_the_one_person_with_it() -> None:
    assert resolve_speaker("Tiernan", KNOWN) == "Rafael Tiernan"
    assert resolve_speaker("Rafael Tiernan", KNOWN) == "Rafael Tiernan"
    assert resolve_speaker(None, KNOWN) is None
