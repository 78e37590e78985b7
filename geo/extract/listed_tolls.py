"""The weapon of a toll told alone ("A woman was wounded in Bilozerka") at a town its paragraph
has already told struck: that strike's own, not the paragraph's last-named weapon. After "the
occupiers attacked Kherson, Bilozerka and Antonivka with drones, artillery and KABs" the
paragraph's kind was the list's last word (glide bomb), so the toll made a second record at
Bilozerka with a weapon no one said wounded her; it now joins the town's strike (figures on
the first-named kind, as a strike of two kinds keeps them)."""

from __future__ import annotations

from geo.extract.draft import Draft


def toll_kind(draft: Draft, drafts: list[Draft], para_category: dict[int, str]) -> None:
    """Give ``draft``, a toll told alone, its kind: the first kind of the strike its paragraph
    last told at its place (none when told with none), else the paragraph's kind; and no weapon
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
    else:
        draft.category = para_category.get(s.paragraph)
    draft.inherited = None
