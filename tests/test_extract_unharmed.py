"""Extraction, zero figures (issue 16): sentences that say nobody was harmed in other words than
"nobody was hurt" ("none killed", "none of them fatally", "no victims", "no reports of damage or
casualties"), and the figures they leave alone."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # the dead alone, the injured counted beside them
        ("Twelve people were hurt in Uman, the mayor said, none killed.", (0, 12)),
        ("Seven were wounded in the Saltivskyi district, none of them fatally.", (0, 7)),
        ("Three firefighters were injured in Lutsk; no one died.", (0, 3)),
        ("The regional police registered no deaths after the shelling of Nikopol.", (0, None)),
        # nobody harmed at all
        ("Officials in Ternopil reported no victims.", (0, 0)),
        ("There were no reports of damage or casualties in Rivne.", (0, 0)),
        ("No reports of injuries came from the village of Sopych.", (0, 0)),
        # "there are no injured", "there were no dead"
        ("So far there are no injured people in Chuhuiv.", (0, 0)),
        ("There were no dead; two guards were wounded at the Brody depot.", (0, 2)),
        # not a zero: nothing of the harmed, or a count of drones
        ("None of the drones reached Bila Tserkva.", (None, None)),
        ("None of the 14 missiles hit Kovel, the air force said.", (None, None)),
        ("Medics treated no injured soldiers from Bakhmut that week.", (None, None)),
    ],
)
def test_zero_figures_in_other_words(sentence, figures):
    got = casualty_figures(sentence)
    assert (got.get("killed"), got.get("injured")) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # people described by what they belong to, a trade word, an age between commas
        ("Three members of the repair brigade were wounded near Kupiansk.", (None, 3)),
        ("A 52-year-old crane operator was killed at the port of Izmail.", (1, None)),
        ("A woman, 71, has cuts to her face after the blast in Sumy.", (None, 1)),
        # injuries someone sustained, received or suffered
        ("Two workers sustained burns while repairing the substation.", (None, 2)),
        ("One paramedic received light injuries in Kherson.", (None, 1)),
        ("A firefighter suffered shrapnel wounds.", (None, 1)),
        # no people: what of a village was damaged, a person without harm
        ("Two barns of the collective farm were destroyed.", (None, None)),
        ("A 60-year-old watchman has lived in the village for years.", (None, None)),
    ],
)
def test_people_described_otherwise_are_counted(sentence, figures):
    got = casualty_figures(sentence)
    assert (got.get("killed"), got.get("injured")) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # the present tense of a digest or a live entry
        ("In Kupiansk one pensioner is killed and two are wounded.", (1, 2)),
        ("A teenager is injured in the shelling of Beryslav.", (None, 1)),
        ("So far a driver is reported killed near Lozova.", (1, None)),
        # one of kin after a comma or semicolon, with or without its verb
        ("A man of 58 is killed in Hola Prystan, his wife wounded.", (1, 1)),
        ("A farmer died near Velykyi Burluk; his brother was injured.", (1, 1)),
        # no harm in the present tense
        ("A volunteer is missing after the strike on Izium.", (None, None)),
        ("A man was killed, his car burned out.", (1, None)),
    ],
)
def test_present_tense_and_kin_after_a_comma(sentence, figures):
    got = casualty_figures(sentence)
    assert (got.get("killed"), got.get("injured")) == figures
