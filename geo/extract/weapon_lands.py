"""A weapon told of one country's places is no weapon of a toll told next in another country:
"On Sunday the centre of Kharkiv was hit by glide bombs, injuring 15. Authorities in Russia
reported two civilians killed in Shebekino" tells the Kharkiv bombs and a second attack, the
other side's, at Shebekino, with no weapon named (issue 16: the writers' empty weapon; before,
a figures-only sentence took the kind its paragraph named last, wherever it had struck)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.draft import Draft


def told_in_land(draft: Draft, lands: set[str] | None) -> bool:
    """Whether a kind told in a sentence whose events lie in ``lands`` (their countries) may go
    to ``draft``: yes when that sentence drafted no event (a launch's count: "57 drones from
    Kursk and Oryol"), or one in the draft's own country."""
    return not lands or not draft.place.country or draft.place.country in lands
