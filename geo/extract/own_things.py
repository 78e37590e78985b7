"""What a body tells as its own when it says "our": the sites, goods and people it runs or
employs ("our hall", "our grain storage", "our pharmacist", "the section 2 of our complex"),
read as an open class rather than a list of site words, since every firm, theatre, cooperative
or developer names its own things in its own words.

"our" is no body's own thing where it is the report's voice ("our correspondent", "our Lozova
team", "our count"), a side's or a town's ("our air defence", "our defenders", "our city") or a
speaker's feeling ("our hearts", "our condolences"), nor a resident's ("our building", "our
yard", "our Saltivka": a capitalised word after "our" is a place): the words after it are looked
up in those classes. Used by the notice readers (:mod:`geo.extract.own_notice`, :mod:`geo.extract.post_opening`,
:mod:`geo.extract.signature`) to tell a body speaking of harm to what it runs (README,
"Verification rule")."""

from __future__ import annotations

import re

# "our" and the (at most three) words after it; a hyphen joins a word ("our half-built block")
_OUR = re.compile(
    r"\bour\s+(?:own\s+)?([\w-]{1,40})(?:\s+([\w-]{1,40}))?(?:\s+([\w-]{1,40}))?", re.I
)

_NOT_OWN = frozenset(
    # the report's own voice and eyes
    "correspondent correspondents reporter reporters journalist journalists team teams desk "
    "editor editors editorial newsroom monitors observers investigators analysts researchers "
    "sources source readers reader listeners viewers audience podcast show "
    "count counts tally data estimate estimates records analysis map assessment understanding "
    "review reporting coverage story stories article update live blog channel newsletter "
    # a side's or a town's voice
    "country state nation homeland land lands city cities town towns village villages region "
    "regions oblast district community communities hromada motherland people citizens residents "
    "heroes defenders soldiers troops army forces force units unit military fighters warriors "
    "guys boys guards brigade battalion positions position air defence defense sky skies border "
    "borders territory territories front sailors pilots gunners operators drones artillery side "
    "government president rescuers firefighters emergency police children kids families house "
    "houses home homes flat apartment building entrance yard street "
    # those a body serves or works beside, and a hospital's or a charity's people at work (what
    # they tell of the patients they treated is their own account)
    "partners partner clients client beneficiaries donors supporters friends neighbours "
    "neighbors guests doctors doctor surgeons surgeon medics medic nurses paramedics physicians "
    "specialists volunteers "
    # a speaker's feeling or thought
    "hearts heart thoughts prayers condolences sympathy sympathies deepest sincere gratitude "
    "thanks respect attention concern concerns view opinion hope hopes".split()
)


def tells_of_own(sentence: str) -> bool:
    """Whether a sentence speaks of something as "our" that a body runs or employs (the words
    after "our" none of the report's, a side's or a feeling's words, and not a name: "our
    Saltivka", "our Kharkiv" are a resident's or a town's place, review39)."""
    for m in _OUR.finditer(sentence):
        words = [w.lower() for w in m.groups() if w]
        if m.group(1)[:1].isupper():
            continue  # a capitalised word straight after "our": a place
        if not any(w in _NOT_OWN for w in words):
            return True
    return False


# a body that serves others and tells what befell them and itself as its own account (a
# church's chapel, a school's pupil, a fundraiser's van: the development gold reads them as the
# report's word, as README does a hospital's), no side's or firm's claim
_SERVES_OTHERS = re.compile(
    r"\b(?:church|parish|diocese|eparchy|cathedral|monastery|mosque|synagogue|congregation|"
    r"school|lyceum|gymnasium|kindergarten|charity|charitable|fund|foundation|volunteers?|"
    r"team|hospital|clinic)\b",
    re.I,
)


def serves_others(name: str) -> bool:
    """Whether a body's name is one that serves others (a church, a school, a charity, a
    fundraiser's team, a hospital), whose word on its own harm is its own account."""
    return bool(_SERVES_OTHERS.search(name[:200]))
