from __future__ import annotations

import pytest

from geo.events import load_reference, to_frame
from geo.layers import build_map, standalone_html


@pytest.fixture(scope="module")
def reference(gazetteer):
    return load_reference(gazetteer)


def test_map_uses_local_assets_only(reference):
    html = build_map(reference).get_root().render()
    assert "/app/static/vendor/leaflet/leaflet.js" in html
    for cdn in (
        "cdn.jsdelivr.net",
        "cdnjs.cloudflare.com",
        "code.jquery.com",
        "netdna.bootstrapcdn",
    ):
        assert cdn not in html


def test_report_text_is_escaped_in_the_page():
    hostile = to_frame(
        [
            {
                "event_date": "2024-11-25",
                "time_precision": 1,
                "event_type": "strike",
                "geo_precision": 1,
                "verification": "claimed",
                "place": "</script><script>window.pwned=1</script>",
                "notes": "<img src=x onerror=alert(1)>",
                "lat": 50.0,
                "lon": 30.0,
            }
        ]
    )
    html = standalone_html(hostile)
    assert "</script><script>window.pwned" not in html
    assert "<img src=x" not in html
    assert "\\u003c/script\\u003e" in html  # the text travels as escaped JSON data


def test_region_events_carry_their_region_shape(reference):
    from geo.layers import region_shapes

    shapes = region_shapes(reference)
    assert {k.split("|")[0] for k in shapes} == {"UA", "RU"}
    assert any(k.startswith("UA|Sumy") for k in shapes)


def test_crs_is_checked(reference):
    with pytest.raises(ValueError, match="'frame' should be in EPSG:4326"):
        build_map(reference.to_crs(3857))


@pytest.mark.parametrize(
    "text",
    ["{{ 7*7 }}", "{% if true %}49{% endif %}", "{# hidden #}", "{{{ 7*7 }}}", "{{cycler}}"],
)
def test_template_syntax_in_report_text_is_never_evaluated(text):
    """branca parses rendered scripts as Jinja templates again: text must reach the page as is."""
    import json
    import re

    frame = to_frame(
        [
            {
                "event_date": "2024-11-25",
                "time_precision": 1,
                "event_type": "strike",
                "geo_precision": 1,
                "verification": "claimed",
                "place": f"Kharkiv {text} end",
                "lat": 50.0,
                "lon": 36.2,
            }
        ]
    )
    html = build_map(frame).get_root().render()
    events = json.loads(re.search(r"var EVENTS = (\[.*?\]);\n", html).group(1))
    assert events[0]["place"] == f"Kharkiv {text} end"
