"""What a new analyst's pass (newuser20) found the extractor getting wrong, in writers' styles of
our own: a governor's header naming where it was posted kept the medium in the claimant; a strike
that analysts geolocated took the claim of a side quoted earlier in its paragraph; a body named
with the topic of its statement ("the Ministry of Defence on the situation in ... claimed") was no
claimant."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.issuer import side_author


@pytest.mark.parametrize(
    "header, body",
    [
        ("Governor of Voronezh region Alexander Gusev, Telegram, 3 December 2026 (translated)",
         "Governor of Voronezh region Alexander Gusev"),
        ("Head of the Kharkiv Regional Military Administration Oleh Syniehubov, via Telegram, "
         "2 December", "Head of the Kharkiv Regional Military Administration Oleh Syniehubov"),
        ("Belgorod region governor, VK post, 1 December 2026", "Belgorod region governor"),
    ],
)  # fmt: skip
def test_where_a_post_was_published_is_not_its_author(header, body):
    assert side_author(f"{header}\n\nDrones were downed over the region overnight.") == body


@pytest.mark.parametrize(
    "text",
    [
        "Daily notes, 1 December 2026.\nA Russian glide bomb hit a school in Kostiantynivka.\n"
        "Russian forces said they destroyed a depot near Kramatorsk.\nOSINT analysts "
        "geolocated the strike in Kupiansk to the rail yard.",
        "Morning brief, 1 December 2026.\nA drone struck a substation in Sumy.\nThe Russian side "
        "said its troops hit a bridge near Izium.\nResearchers have geolocated the drone strike "
        "in Kupiansk from two videos.",
    ],
)
def test_a_strike_analysts_geolocated_is_confirmed(extractor, text):
    records = extractor.extract(text, "t", published=date(2026, 12, 1))
    (kupiansk,) = [r for r in records if r["place"].startswith("Kup")]
    assert kupiansk["verification"] == "confirmed"


@pytest.mark.parametrize(
    "text, place",
    [
        ("Weekly digest, 1 December 2026.\n\nThe Russian Ministry of Defence on the situation in "
         "the special military operation zone claimed the capture of Petropavlivka in the "
         "Kharkiv region.", "Petropavl"),
        ("Brief, 1 December 2026. The General Staff on "
         "the course of the fighting in the east said its units repelled an assault near "
         "Siversk.", "Siversk"),
    ],
)  # fmt: skip
def test_a_body_named_with_the_topic_of_its_statement_is_the_claimant(extractor, text, place):
    records = extractor.extract(text, "t", published=date(2026, 12, 1))
    (r,) = [r for r in records if r["place"].startswith(place)]
    assert r["verification"] == "claimed"
    assert r["claimed_by"] in ("Russian Ministry of Defence", "General Staff")
