"""The writer-by-writer measurement of a type/weapon classifier (``benchmarks/typing_lowo.py``):
its weak spans, its models and its scoring, on reports written here."""

from __future__ import annotations

import pytest

from benchmarks import typing_lowo as lowo


def _event(place, lat, lon, event_type, category, precision=1):
    return {
        "place": place,
        "lat": lat,
        "lon": lon,
        "geo_precision": precision,
        "event_type": event_type,
        "weapon_category": category,
    }


def _report(text, gold, predicted, places):
    """A report whose places are given as (name, lat, lon): found wherever the name is."""
    hits = []
    for name, lat, lon in places:
        at = text.find(name)
        while at >= 0:
            hits.append((at, at + len(name), lat, lon, 1))
            at = text.find(name, at + 1)
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part)))
        start += len(part) + 2
    return lowo.Report("t", text, gold, predicted, sorted(hits), sentences)


SUMY = (50.91, 34.80)
LVIV = (49.84, 24.03)


def test_features_mark_the_place_and_its_neighbours():
    sentence = "Two drones were shot down over Sumy before dawn"
    feats = lowo.features(sentence, sentence.index("Sumy"), sentence.index("Sumy") + 4)
    assert "u:<place>" in feats and "u:sumy" not in feats
    assert "b:over_<place>" in feats
    assert "w:down" in feats and "w:dawn" in feats


def test_weak_spans_label_each_sentence_naming_a_gold_place_and_share_a_spot():
    text = "A glide bomb hit a school in Sumy. Air defence downed a drone over Sumy. Lviv was quiet"
    gold = [
        _event("Sumy", *SUMY, "strike", "glide bomb"),
        _event("Sumy", *SUMY, "interception", "drone"),
    ]
    report = _report(text, gold, [], [("Sumy", *SUMY), ("Lviv", *LVIV)])
    rows = lowo.weak_spans(report)
    # two sentences name Sumy, each carries both of its classes at half weight; Lviv none
    assert len(rows) == 4
    assert {r[3] for r in rows} == {"strike/glide bomb", "interception/drone"}
    assert all(r[4] == 0.5 for r in rows)
    assert not any("Lviv" in r[0] for r in rows)
    assert lowo.spans_found(report) == (2, 2)


def _rows():
    words = [
        ("Shells hit houses in the village of {}", "strike/artillery"),
        ("Artillery fire struck a farm near {}", "strike/artillery"),
        ("Air defence shot down drones over {}", "interception/drone"),
        ("Drones were intercepted above {} overnight", "interception/drone"),
        ("Fighting went on near {} all day", "fighting/-"),
        ("Troops repelled assaults close to {}", "fighting/-"),
    ]
    rows, labels = [], []
    for pattern, lab in words:
        sentence = pattern.format("Myrne")
        at = sentence.index("Myrne")
        rows.append(lowo.features(sentence, at, at + 5))
        labels.append(lab)
    return rows, labels


@pytest.mark.parametrize("model", ["nb:0.5:0.5", "lr:0.1"])
def test_models_learn_the_words_of_a_class(model):
    rows, labels = _rows()
    fitted = lowo.make_model(model).fit(rows, labels, [1.0] * len(rows))
    sentence = "More drones shot down over Pisky"
    probs = fitted.proba(lowo.features(sentence, sentence.index("Pisky"), len(sentence)))
    assert max(probs, key=probs.get) == "interception/drone"
    assert sum(probs.values()) == pytest.approx(1.0)


def test_a_policy_without_thresholds_scores_as_the_rules_do():
    text = "A glide bomb hit a school in Sumy. Lviv was quiet"
    gold = [_event("Sumy", *SUMY, "strike", "glide bomb")]
    predicted = [
        {**_event("Sumy", *SUMY, "strike", "glide bomb"), "source_text": "A glide bomb hit a "
         "school in Sumy", "place_mention": "Sumy"},
        {**_event("Lviv", *LVIV, "strike", None), "source_text": "Lviv was quiet",
         "place_mention": "Lviv"},
    ]  # fmt: skip
    report = _report(text, gold, predicted, [("Sumy", *SUMY), ("Lviv", *LVIV)])
    rows, labels = _rows()
    fitted = lowo.make_model("nb:0.5:0.5").fit(rows, labels, [1.0] * len(rows))
    rules = lowo.tally([report], [[(p, None) for p in predicted]])
    same = lowo.tally([report], [lowo.apply(fitted, report, lowo.Policy())])
    assert rules == same
    assert (rules["recall"], rules["precision"], rules["changed"]) == (1.0, 0.5, 0)
    # an added record of a second class: counted as a change, wrong when nothing matches it
    added = lowo.tally([report], [[(p, None) for p in predicted] + [(predicted[1], {})]])
    assert (added["changed"], added["wrong"], added["precision"]) == (1, 1, pytest.approx(1 / 3))
