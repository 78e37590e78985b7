"""Names moved out of modules near the 400-line limit stay importable from where they were."""

import pytest


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        (
            "geo.geocode.context",
            "geo.geocode.city_namesakes",
            [
                "villages_yield_to_cities",
                "sections_yield_to_towns",
                "small_namesake",
                "CITY_OVER_VILLAGE",
                "SECTION_CITY_KM",
            ],
        ),
        ("geo.geocode.resolver", "geo.geocode.in_context", ["CONTEXT_ROUNDS"]),
        ("geo.formats", "geo.formats.cell_words", ["weapon_in", "event_type_in"]),
        (
            "geo.formats",
            "geo.formats.datasets",
            [
                "dataset_columns",
                "columns_in",
                "extra_json",
                "read_dataset",
                "state_actor",
                "dataset_record",
            ],
        ),
        ("geo.textio", "geo.html_text", ["html_to_text", "looks_like_html"]),
        (
            "geo.textio",
            "geo.file_reading",
            ["open_regular", "read_limited", "short_lines", "read_input"],
        ),
        ("geo.textio", "geo.report_errors", ["ReportError", "EncodingError", "NulBytesError"]),
        (
            "geo.store.common",
            "geo.store.frames",
            ["frame_rows", "column_values", "frame_from_arrow"],
        ),
    ],
)
def test_a_moved_name_is_the_same_object_from_its_old_module(old, new, names):
    import importlib

    before, after = importlib.import_module(old), importlib.import_module(new)
    for name in names:
        assert getattr(before, name) is getattr(after, name), name


def test_the_resolvers_name_key_is_the_context_rounds_one():
    from geo.geocode.in_context import name_key
    from geo.geocode.resolver import _name_key

    assert _name_key is name_key
    assert name_key("the Georgia's") == name_key("Georgia")
