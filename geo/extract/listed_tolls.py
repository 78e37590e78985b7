"""The weapon of a toll told alone ("A woman was wounded in Bilozerka") at a town its paragraph
has already told struck: that strike's own, not the paragraph's last-named weapon. After "the
occupiers attacked Kherson, Bilozerka and Antonivka with drones, artillery and KABs" the
paragraph's kind was the list's last word (glide bomb), so the toll made a second record at
Bilozerka with a weapon no one said wounded her; it now joins the town's strike (figures on
the first-named kind, as a strike of two kinds keeps them). A toll at another town after a
sentence naming several kinds ("hit X with drones and artillery. In Y a man was wounded") takes
none: which hit Y is not said (as a town that "also came under fire" after such a lead)."""

from __future__ import annotations

from geo import weapons as wv
from geo.extract.draft import Draft
from geo.extract.sentences import Sentence


def toll_kind(
    draft: Draft, drafts: list[Draft], para_category: dict[int, str], kept: list[Sentence]
) -> None:
    """Give ``draft``, a toll told alone, its kind: the first kind of the strike its paragraph
    last told at its place (none when told with none); none when the paragraph's last sentence
    naming weapons named several kinds ("attacked X with drones, artillery and KABs. In Y a
    woman was wounded": which hit Y is not said); else the paragraph's kind. And no weapon
    carried from the paragraph."""
    s = draft.sentence
    earlier = [
        d
        for d in drafts
        if d.event_type == "strike"
        and d.place.id == draft.place.id
        and d.sentence.paragraph == s.paragraph
        and d.sentence.start < s.start
    ]
    if earlier:
        last = earlier[-1].sentence.start
        draft.category = next(d for d in earlier if d.sentence.start == last).category
    elif _several_kinds_told(s, kept):
        draft.category = None  # "attacked X with drones and artillery. In Y a man was wounded"
    else:
        draft.category = para_category.get(s.paragraph)
    draft.inherited = None


def _several_kinds_told(s: Sentence, kept: list[Sentence]) -> bool:
    """Whether the last sentence of ``s``'s paragraph before it that names a weapon fired names
    more than one kind (guns and rocket launchers one, any missile one): no one weapon for a
    toll at another town."""
    for x in reversed([x for x in kept if x.start < s.start]):
        if x.paragraph != s.paragraph:
            break
        arms = wv.fired_arms(x.text)
        if arms:
            return len({wv.family(w.category) for w in arms}) > 1
    return False
