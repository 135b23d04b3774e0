"""Names found reading the dev alias misses at stop 50: a plural noun's possessive inside a
body's name, "refers to X as Y", and a company named again without its legal form."""

from __future__ import annotations

from builders import make_article

from newsbrief.article.mentions import find_mentions
from newsbrief.article.name_scan import cued_aliases
from newsbrief.backends.aliases import load_alias_groups
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Mention
from newsbrief.settings import AnalysisSettings
from newsbrief.story.names import without_legal_form
from newsbrief.story.untagged import untagged_repeats


def _mentions(nlp: Nlp, text: str) -> list[Mention]:
    article = make_article(text, "a")
    settings = AnalysisSettings()
    groups = load_alias_groups(settings)
    return find_mentions(article, nlp.parse(article.text), groups=groups, settings=settings)


def test_a_plural_noun_s_possessive_is_a_word_of_the_name_not_its_owner(nlp: Nlp) -> None:
    text = (
        "The Tarn Spirit took the action, the National Women’s Soccer League club said. "
        "Lightspeed’s Jeremy Liew declined to comment."
    )
    texts = {m.text for m in _mentions(nlp, text)}
    assert "National Women’s Soccer League" in texts
    assert "Soccer League" not in texts
    # An owner's possessive still opens a person's name.
    assert "Jeremy Liew" in texts


def test_refers_to_a_name_as_another_gives_the_other_name() -> None:
    text = "The agreement refers to Brannock as Dale Pennis, and critics referred to it as a fraud."
    found = list(cued_aliases(text))
    assert [f.text for _, f in found] == ["Dale Pennis"]
    cue, _ = found[0]
    assert text[:cue].endswith("Brannock")  # the cue sits after the name renamed
    assert [f.text for _, f in cued_aliases("She refers to him as Bob in the letter.")] == []
    the = list(cued_aliases("Critics referred to the Tarn League as Tarnco."))
    assert [f.text for _, f in the] == ["Tarnco"]


def test_a_company_named_again_without_its_legal_form_is_a_repeat() -> None:
    assert without_legal_form("Velmora VR, Inc.") == "Velmora VR"
    assert without_legal_form("Brava Green Mountain Corp.") == "Brava Green Mountain"
    assert without_legal_form("Velmora") == "Velmora"
    a = make_article("Facebook bought Velmora VR, Inc. on Tuesday.", "a")
    b = make_article("The gurus at Velmora VR began on Kickstarter. Velmora said so.", "b")
    tagged = [Mention("a", 16, 32, "Velmora VR, Inc.", "ORG", None)]
    extra = untagged_repeats([a, b], tagged)
    assert [(m.article, m.text, m.label) for m in extra] == [("b", "Velmora VR", "ORG")]
    # A one-word core is no repeat: "Apple Inc." leaves "Apple" alone.
    c = make_article("Apple Inc. grew. An apple a day; Apple pie.", "c")
    assert untagged_repeats([c], [Mention("c", 0, 10, "Apple Inc.", "ORG", None)]) == []
