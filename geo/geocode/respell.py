"""Russian spellings of Ukrainian places: the names the gazetteer holds only in their Ukrainian
romanisation, found from their Russian one.

Reports from the Russian side, and older wire copy, write a village of Donetsk oblast as Russian
is spelled: Velikaya Novosyolka for Velyka Novosilka, Novomikhailovka for Novomykhailivka,
Umanskoye for Umanske, Bogoyavlenka for Bohoiavlenka. The gazetteer's villages come from the
Ukrainian codifier in the official Latin transliteration, and GeoNames gives Russian forms for
towns only. The two spellings differ in a regular way: Russian 'g' is Ukrainian 'h'; the vowels
differ (и is 'i' in one and 'y' in the other, о and е become і in a closed syllable: -ovka is
-ivka, -ov is -iv; ё is 'yo', 'e' or 'i'; -oye, -aya, -iy end words differently); Ukrainian
doubles some consonants (Zaporizhzhia). What stays is the run of consonants with a vowel
somewhere between them, so both are read as one *skeleton*: 'g' as 'h', doubled letters once,
every run of vowels (and 'y', 'j') as one 'a'. "Vasilyevka" and "Vasylivka" are both
"vasalavka".

A name spelled as only Russian spells (:func:`russian_form`) is looked up again by its
skeleton among Ukraine's place names (:func:`respelled`), beside what the gazetteer finds for it
as written; the places found are candidates like any other, not main names, and
their likeness to the words ranks them (the context decides between namesakes as usual). For
a name the gazetteer does not know at all, the place found is a guess kept only near the text's
other places (:func:`keep_guesses_near`). The index of skeletons is made once per gazetteer, on
first need.
"""

from __future__ import annotations

import re
from collections import defaultdict

from geo.gazetteer import Gazetteer, Place, normalize
from geo.geocode.candidates import TOWNS, Resolution
from geo.geocode.distance import distance_km

COUNTRY = "UA"
# Shorter names have too few consonants to tell places apart ("Ivo", "Ola").
MIN_LETTERS = 5
_VOWELS = re.compile(r"[aeiouyj]+")
_DOUBLE = re.compile(r"(zh|kh|sh|ch|ts|[a-z])\1")
_SEPARATORS = re.compile(r"[\s\-]+")
# The letters of the German, Polish and Czech romanisations of Slavic names, as English writes
# the same sounds (a translated text keeps them: "Mykolajiw", "Tschernihiw", "Czernihów"):
# "schtsch" and "szcz" are shch, "tsch" and "cz" ch, "sch" and "sz" sh, "w" v ("j" is already
# a vowel of the skeleton, as "y" and "i"). The longer letters first.
_FOREIGN_LETTERS = re.compile(r"schtsch|szcz|tsch|sch|cz|sz|w")
_ENGLISH_LETTERS = {"schtsch": "shch", "szcz": "shch", "tsch": "ch", "sch": "sh", "cz": "ch"}
_ENGLISH_LETTERS |= {"sz": "sh", "w": "v"}
# A name written with them (a name the gazetteer knows is left to what it knows).
FOREIGN_FORM = re.compile(r"sch|cz|sz|w")
# German writes Ukrainian and Russian kh as "ch" ("Charkiw", "Cherson"): a word opening on
# "ch" is also read as opening on kh, when it has another German letter.
_GERMAN_KH = re.compile(r"^ch")

# Endings only Russian spelling gives a Ukrainian place name (Ukrainian: -ivka, -e, -a, -yi,
# -yne, -ove, -ivsk): such a name is also looked for by its skeleton when the gazetteer knows
# it, since what it knows may be a namesake kept in its Russian form (a Vasilyevka in Crimea
# for the Vasylivka of Zaporizhzhia oblast, an Orlovka in Crimea for the Orlivka by Avdiivka).
# So does 'ya', 'yu' or 'ye' after a consonant, where the official Ukrainian romanisation writes
# 'ia', 'iu', 'ie' (Pyatykhatky for the Piatykhatky of Zaporizhzhia oblast, and the town of
# Dnipropetrovsk oblast is known by the first).
# 'yo' is Russian ё (Novosyolka).
RUSSIAN_FORM = re.compile(r"(?:[oe]vka|oye|aya|[iy]y|ino|ovo|evo|sky)$|[b-df-hj-np-tv-xz]y[aeou]")

# A front-line report names places a short drive apart: a guess for an unknown name farther
# than this from every other place of the text is no reading of it.
NEAR_KM = 100.0

_INDEX: dict[str, dict[str, tuple[str, ...]]] = {}


def english_letters(key: str) -> str:
    """A normalized name with the German, Polish and Czech letters of a Slavic name written as
    English writes them ("mykolajiw": "mykolajiv", "tschernihiw": "chernihiv")."""
    return _FOREIGN_LETTERS.sub(lambda m: _ENGLISH_LETTERS[m.group()], key)


def skeleton(key: str) -> str:
    """The spelling-free form of a normalized name (see the module's docstring)."""
    s = _SEPARATORS.sub(" ", english_letters(key)).replace("g", "h")
    s = _DOUBLE.sub(r"\1", s)
    return _VOWELS.sub("a", s)


def _index(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Skeleton -> the name keys of Ukraine's places that have it."""
    path = str(gazetteer.path)
    index = _INDEX.get(path)
    if index is None:
        by: defaultdict[str, list[str]] = defaultdict(list)
        for key in gazetteer.keys_in_country(COUNTRY):
            if sum(map(str.isalpha, key)) >= MIN_LETTERS:
                by[skeleton(key)].append(key)
        index = _INDEX[path] = {k: tuple(v) for k, v in by.items()}
    return index


def russian_form(name: str, unknown: bool = False) -> bool:
    """Whether ``name`` is spelled the way only a Russian (or older) romanisation of a Ukrainian
    name is. A name the gazetteer does not know (``unknown``) is also when it has a 'g', which
    the Ukrainian romanisation writes 'h' (Bogoyavlenka, Vodolagi); any other unknown name is
    left alone: a river or a suburb the gazetteer lacks ("the Seine", "the Yenisei") is no
    Ukrainian village whose consonants it happens to share. So is an unknown name written with
    the letters of a German or Polish romanisation ("Mykolajiw", "Tschernihiw": a translated
    text), or with Russian "i" after zh, sh, ch, ts where Ukrainian writes "y" ("Dneprodzerzhinsk",
    a Soviet name of Kamianske)."""
    key = normalize(name)
    if RUSSIAN_FORM.search(key):
        return True
    return unknown and ("g" in key or bool(FOREIGN_FORM.search(key) or _SOFT_AFTER.search(key)))


# Russian и after ж, ш, ч, ц is romanised "i", where Ukrainian writes и, "y" ("Dneprodzerzhinsk",
# Dniprodzerzhynsk; "Zhitomir", Zhytomyr; "Chigirin", Chyhyryn).
_SOFT_AFTER = re.compile(r"(?:zh|sh|ch|ts)i(?![aeiouy])")


def respelled(gazetteer: Gazetteer, name: str) -> list[tuple[Place, bool]]:
    """Ukraine's places whose name has the skeleton of ``name`` (none for a short name), each
    once and never as its main name: what a Russian spelling of a Ukrainian place may mean; and
    for a name written "-sky", the town GeoNames writes "-skiy" (:func:`skiy_spelling`)."""
    key = normalize(name)
    if sum(ch.isalpha() for ch in key) < MIN_LETTERS or not key.isascii():
        return []
    seen: dict[int, Place] = {p.id: p for p, _ in skiy_spelling(gazetteer, name)}
    index = _index(gazetteer)
    forms = [skeleton(key)]
    if FOREIGN_FORM.search(key) and _GERMAN_KH.match(key):
        forms.append(skeleton(_GERMAN_KH.sub("kh", key)))
    for other in (o for form in forms for o in index.get(form, ())):
        for place, _ in gazetteer.lookup(other):
            if place.country == COUNTRY:
                seen.setdefault(place.id, place)
    return [(p, False) for p in seen.values()]


def skiy_spelling(gazetteer: Gazetteer, name: str) -> list[tuple[Place, bool]]:
    """The towns GeoNames names "-skiy" for a name written "-sky" ("Afipsky": Afipskiy), never
    as their main name; empty for any other name."""
    key = normalize(name)
    if not key.endswith("sky"):
        return []
    return [(p, False) for p, _ in gazetteer.lookup(key[:-1] + "iy") if p.feature in TOWNS]


def _spelled_out(place: Place, name: str) -> bool:
    """Whether ``place`` is the "-skiy" town of the words ``name`` ("Afipsky": Afipskiy): the
    same name letter for letter, no guess."""
    key, own = (re.sub(r"[^a-z]", "", normalize(n)) for n in (name, place.name))
    return key.endswith("sky") and own == key[:-1] + "iy"


# A Ukrainian place name that is an adjective agrees with its noun: the port of Pivdenne is
# "Pivdennyi" (port is masculine), and so a facility or a feature named after a town may be
# written with the masculine ending of a town's neuter or feminine name (Pivdenne, Zelena).
_MASCULINE = re.compile(r"(?<=[a-z])(?:yi|yy|iy)$")
_OTHER_GENDERS = ("e", "a", "ye", "ia")


def other_gender(gazetteer: Gazetteer, name: str, larger_than: int) -> list[tuple[Place, bool]]:
    """The largest town of Ukraine named by the neuter or feminine form of the masculine
    adjective ``name`` ("Pivdennyi": Pivdenne, "Shyrokyi": Shyroke), not as its main name, when
    it has more people than ``larger_than`` (the largest place named as written): a facility is
    named after a town of some size, and a writer who means the small place of the masculine
    name writes it. Empty otherwise."""
    if name[-2:].lower() not in ("yi", "yy", "iy"):
        return []  # most names: no masculine ending to read
    key = normalize(name)
    if sum(ch.isalpha() for ch in key) < MIN_LETTERS or not _MASCULINE.search(key):
        return []
    stem = _MASCULINE.sub("", key)
    best: Place | None = None
    for ending in _OTHER_GENDERS:
        for place, _ in gazetteer.lookup(stem + ending):
            if (
                place.country == COUNTRY
                and place.feature in ("city", "capital")
                and place.population > max(larger_than, best.population if best else 0)
            ):
                best = place
    return [(best, False)] if best else []


def keep_guesses_near(
    mentions: list[Resolution], found: list[Resolution], guessed: dict[str, frozenset[int]]
) -> None:
    """A place found only by respelling the words (``guessed``: by words, the ids of the places
    their respelling added) is a guess, kept where it lies within NEAR_KM of another town the
    text names (``found``: every resolved mention and area name) or in a region it names.
    Otherwise the guesses give way to what the words find as written, or to nothing: a Kursk
    village the gazetteer lacks (Pogrebki, north-west of Sudzha) is no Pohrebky of the Sumy
    region 130 km away, nor a Makhnovka by Sudzha a Makhnivka of the Chernihiv region."""
    for m in mentions:
        p = m.place
        ids = guessed.get(m.query)
        if p is None or not ids or p.id not in ids or _spelled_out(p, m.query):
            continue
        if not any(_near(p, r.place) for r in found if r.place is not None and r.query != m.query):
            m.candidates = [c for c in m.candidates if c.place.id not in ids]
            m.place = m.candidates[0].place if m.candidates else None


def _near(p: Place, q: Place) -> bool:
    if q.feature == "admin1":
        return (q.country, q.admin1) == (p.country, p.admin1)
    return q.feature in TOWNS and distance_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_KM
