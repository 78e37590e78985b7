from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from conftest import BASE_EVENT
from geo.event_names import shown_places
from geo.events import load_reference, to_frame
from geo.layers import build_map, encode_events, legend_contents
from geo.standalone import standalone_html
from payload import decode_events


@pytest.fixture(scope="module")
def reference(gazetteer):
    return load_reference(gazetteer)


def test_map_uses_local_assets_only(reference):
    from geo import assets

    html = build_map(reference).get_root().render()
    assert "/app/static/vendor/leaflet/leaflet.css" in html
    # one script: Leaflet and fflate first in the map's own bundle, which the page serves
    assert re.findall(r'<script src="([^"]+)"', html) == [
        re.search(r'"(/app/static/vendor/sitrep/sitrep-map\.js\?v=\w+)"', html).group(1)
    ]
    bundle = assets.own_bundle()
    leaflet, fflate = (
        assets.vendor_file(n).read_text(encoding="utf-8") for n in ("leaflet.js", "fflate.js")
    )
    assert bundle.index(leaflet) < bundle.index(fflate) < bundle.index("SitrepMap")
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
    # the text travels as packed data (base64 of gzip), decoded only into textContent
    payload = re.search(r'var DATA = "([A-Za-z0-9+/=]*)";', html).group(1)
    assert decode_events(payload)["place"] == ["</script><script>window.pwned=1</script>"]


def test_region_events_carry_their_region_shape(reference):
    from geo.layers import region_shapes

    shapes, outline_of = region_shapes(reference)
    assert {k.split("|")[0] for k in outline_of} == {"UA", "RU"}
    assert any(k.startswith("UA|Sumy") for k in outline_of)
    assert set(outline_of.values()) == set(shapes)


def test_imported_region_spellings_find_their_outline():
    """UCDP's file names regions "Donetsk oblast", "Zaporizhzhya oblast", "Mykolayiv oblast":
    each is drawn as its region's outline (it was a 60 km circle), and a name no outline has is
    still left out."""
    from geo.layers import region_shapes

    rows = [
        {**BASE_EVENT, "place": name, "country": "UA", "admin1": name, "geo_precision": 3}
        for name in ("Donetsk oblast", "Zaporizhzhya oblast", "Mykolayiv oblast", "Nowhere land")
    ]
    shapes, outline_of = region_shapes(to_frame(rows))
    assert outline_of == {
        "UA|Donetsk oblast": "UA|Donetsk",
        "UA|Zaporizhzhya oblast": "UA|Zaporizhia",
        "UA|Mykolayiv oblast": "UA|Mykolaiv",
    }
    exact, _ = region_shapes(to_frame([{**rows[0], "admin1": "Donetsk"}]))
    assert shapes["UA|Donetsk"] == exact["UA|Donetsk"]


def test_a_thousand_spellings_of_one_region_carry_its_outline_once():
    """Each spelling carried its own copy of the outline: a file writing "Donetsk oblast" a
    thousand ways (case, spaces) put 1.6 MB of one outline in the page."""
    import json

    from geo.layers import region_shapes

    spellings = [
        "".join(c.upper() if n >> i & 1 else c for i, c in enumerate("donetsk oblast"))
        for n in range(1000)
    ]
    rows = [
        {**BASE_EVENT, "event_id": f"e{n}", "place": s, "country": "UA", "admin1": s}
        for n, s in enumerate(spellings)
    ]
    shapes, outline_of = region_shapes(to_frame([{**r, "geo_precision": 3} for r in rows]))
    assert len(outline_of) == len(set(spellings)) and set(outline_of.values()) == {"UA|Donetsk"}
    assert list(shapes) == ["UA|Donetsk"] and len(json.dumps(shapes)) < 20_000


def test_a_region_skeleton_shared_by_two_outlines_is_not_guessed():
    from geo.region_keys import name_skeleton, outline_keys

    assert name_skeleton("Zaporizhzhya Oblast") == name_skeleton("Zaporizhia")
    assert name_skeleton("Mykolayiv oblast") == name_skeleton("Mykolaiv")
    assert outline_keys(["X|Alta region"], ["X|Altai", "X|Altay"]) == {}
    assert outline_keys(["X|Altai"], ["X|Altai", "X|Altay"]) == {"X|Altai": "X|Altai"}
    assert outline_keys(["Y|Altai"], ["X|Altai"]) == {}


def test_a_region_code_or_an_odd_space_does_not_fool_the_skeleton():
    """Imported names are anyone's: a two-letter code's skeleton was Kyiv's or Lviv's ("KV",
    "L.V." drawn as their outline); a no-break or zero-width space before the administrative
    word kept it in the skeleton (no outline); a name of only that word or of letters no
    skeleton keeps matches nothing, and a name of 100,000 letters is read once."""
    from geo.region_keys import name_skeleton, outline_keys

    known = ["UA|Kyiv", "UA|Lviv", "UA|Donetsk"]
    for code in ("KV", "kv", "L.V.", "Lv", "Oblast", "", "   ", "\u200b", "Ий", "ii oblast"):
        assert outline_keys([f"UA|{code}"], known) == {}, code
    for spaced in ("Donetsk\u00a0oblast", "Donetsk\u200b Oblast", "D\u0301onetsk  Oblast\u200f"):
        assert outline_keys([f"UA|{spaced}"], known) == {f"UA|{spaced}": "UA|Donetsk"}, spaced
    assert outline_keys(["UA|Kyjiv", "UA|Lviv oblast"], known) == {
        "UA|Kyjiv": "UA|Kyiv",
        "UA|Lviv oblast": "UA|Lviv",
    }
    assert len(name_skeleton("Kharkiv" * 15_000 + " Oblast")) < 100_000


def test_crs_is_checked(reference):
    with pytest.raises(ValueError, match="'frame' should be in EPSG:4326"):
        build_map(reference.to_crs(3857))


@pytest.mark.parametrize(
    "text",
    ["{{ 7*7 }}", "{% if true %}49{% endif %}", "{# hidden #}", "{{{ 7*7 }}}", "{{cycler}}"],
)
def test_template_syntax_in_report_text_is_never_evaluated(text):
    """branca parses rendered scripts as Jinja templates again: text must reach the page as is."""
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
    m = build_map(frame)
    html = m.get_root().render()
    payload = re.search(r'var DATA = "([A-Za-z0-9+/=]*)";', html).group(1)
    # base64 and the map's random name may hold "49" by chance: look at what surrounds them
    assert (
        "49"
        not in html.replace(payload, "").replace(m.get_name(), "map").split("var DATA")[1][:200]
    )
    assert decode_events(payload)["place"] == [f"Kharkiv {text} end"]


def test_payload_round_trips_every_column(reference):
    packed = decode_events(encode_events(reference))
    assert packed["omitted"] == []
    # as a reader is shown it: a region-level event as the region ("Bryansk region")
    assert packed["place"] == shown_places(reference).tolist()
    assert packed["weapon"] == [w if isinstance(w, str) else None for w in reference["weapon"]]
    assert packed["injured"] == [None if pd.isna(v) else int(v) for v in reference["injured"]]
    assert packed["lat"] == pytest.approx(reference.geometry.y.tolist(), abs=1e-5)
    assert packed["lon"] == pytest.approx(reference.geometry.x.tolist(), abs=1e-5)


def test_long_text_beyond_the_budget_is_left_out_and_said_so(reference):
    packed = decode_events(encode_events(reference, text_budget=10))
    assert (
        set(packed["omitted"]) == {"source_text", "place_mention"}
        or "source_text" in packed["omitted"]
    )
    assert "source_text" not in packed and packed["place"] == shown_places(reference).tolist()


def test_the_script_is_listed_as_assets_served_and_inlined(reference, tmp_path):
    """The map's own files load like a folium plugin's: links when served, inlined when standalone."""
    from geo import assets

    html = build_map(reference).get_root().render()
    for name in (assets.OWN_BUNDLE, "map.css"):  # the script files as one, and the styles
        assert re.search(rf'"/app/static/vendor/sitrep/{re.escape(name)}\?v=[0-9a-f]{{12}}"', html)
    page = standalone_html(reference)
    assert "/sitrep/" not in page
    for name in assets.OWN_FILES:  # every file inlined, in order
        assert assets.own_file(name).read_text(encoding="utf-8")[:200] in page
    served = {p.name: p.read_bytes() for p in assets.copy_own()}
    assert served[assets.OWN_BUNDLE] == assets.own_bundle().encode("utf-8")
    assert served["map.css"] == assets.own_file("map.css").read_bytes()


def test_the_basemap_is_served_as_gzip_copies_made_once(reference, tmp_path, monkeypatch):
    """The map fetches the basemap files' gzip copies (Streamlit's server would compress the
    files themselves again at every request); a copy is remade only when its file changed."""
    import gzip
    import os

    from geo import assets

    html = build_map(reference).get_root().render()
    for name in assets.BASEMAP_FILES:
        assert f'"/app/static/vendor/basemap/{name}.gz"' in html
    monkeypatch.setattr(assets, "BASEMAP_DIR", tmp_path)
    (tmp_path / "countries.geojson").write_text('{"type": "FeatureCollection"}', encoding="utf-8")
    (tmp_path / "places.json").write_text('{"towns": []}', encoding="utf-8")
    packed = assets.pack_basemap()
    assert [p.name for p in packed] == ["countries.geojson.gz", "places.json.gz"]  # no regions
    assert gzip.decompress(packed[1].read_bytes()) == b'{"towns": []}'
    os.utime(packed[0], (1, 1))  # older than its file: made again
    os.utime(packed[1], (4_000_000_000, 4_000_000_000))  # newer: left as it is
    packed[1].write_bytes(b"kept")
    assets.pack_basemap()
    assert gzip.decompress(packed[0].read_bytes()) == b'{"type": "FeatureCollection"}'
    assert packed[1].read_bytes() == b"kept"


def test_precision_reaches_the_script_by_name(reference):
    """The script reads GeoPrecision's names from the page, never bare 1, 2, 3."""
    from geo import assets
    from geo.precision import GeoPrecision

    html = build_map(reference).get_root().render()
    table = re.search(r'"geo_precision": (\{[^}]*\})', html).group(1)
    assert json.loads(table) == {"PLACE": 1, "NEAR": 2, "REGION": 3}
    assert GeoPrecision.REGION.words in html
    script = "".join(assets.own_file(n).read_text() for n in assets.OWN_FILES if n.endswith(".js"))
    assert "P.NEAR" in script and "P.REGION" in script
    assert not re.search(r"geo_precision\s*===?\s*\d", script)


def test_a_region_stack_is_drawn_at_its_region_s_point():
    """UCDP places 374 of Donetsk oblast's region-wide events at one point and 38 at another: the
    map draws them as one stack, at the region's own point (``geo.region_points``, matched by
    the name's skeleton: "Donetsk oblast" is the gazetteer's Donetsk region), not at the point
    UCDP gives, which is the capital's and made them look like the city's (newuser35)."""
    region = {"geo_precision": 3, "country": "UA", "admin1": "Donetsk oblast", "place": "Donetsk"}
    rows = [
        {**BASE_EVENT, **region, "lat": 47.92, "lon": 38.28, "event_date": "2023-02-17"},
        *[{**BASE_EVENT, **region, "lat": 48.14, "lon": 37.74} for _ in range(3)],
        {**BASE_EVENT, "place": "Kyiv"},
        {**BASE_EVENT, **region, "lat": 47.92, "lon": 38.28},
    ]
    packed = decode_events(encode_events(to_frame(rows)))
    assert packed["stack"] == [0, 0, 0, 0, 1, 0]
    assert packed["stack_lat"] == pytest.approx([48.067, 50.45])
    assert packed["stack_lon"] == pytest.approx([38.528, 30.52])


def test_stacks_placed_only_at_a_country_are_marked_wide():
    """A region-level event with no region named (a whole country, an area across regions) is a
    stack of its own, flagged for the density views to leave out and the legend to explain."""
    country = {"geo_precision": 3, "country": "UA", "admin1": None, "place": "Ukraine"}
    oblast = {"geo_precision": 3, "country": "UA", "admin1": "Cherkasy oblast", "place": "Cherkasy"}
    rows = [
        {**BASE_EVENT, **country, "lat": 49.0, "lon": 31.4},
        {**BASE_EVENT, **oblast, "lat": 49.0, "lon": 31.4},
        {**BASE_EVENT, **country, "lat": 49.0, "lon": 31.4},
        {**BASE_EVENT, "place": "Kyiv"},
    ]
    frame = to_frame(rows)
    packed = decode_events(encode_events(frame))
    assert packed["stack"] == [0, 1, 0, 2]
    assert packed["stack_wide"] == [1, 0, 0]
    assert legend_contents(frame)["wide"] and legend_contents(frame)["region"]
    assert not legend_contents(frame.iloc[1:2])["wide"]


def test_region_labels_take_the_gazetteers_spelling_of_their_town(gazetteer):
    from geo.assets import region_labels

    regions = [
        ("UA", "Kyiv"),
        ("UA", "Kiev"),
        ("UA", "Odessa"),
        ("UA", "Vinnyts'ka"),
        ("UA", "Dnipropetrovsk"),
        ("UA", "Kirovohrad"),
        ("UA", "Misto Sevastopol'"),
        ("RU", "Jewish Autonomous Oblast"),
    ]
    labels = dict(zip(regions, region_labels(gazetteer, regions), strict=True))
    # the city of Kyiv is its own region: the oblast around it says it is the region
    assert labels[("UA", "Kyiv")] == "Kyiv"
    assert labels[("UA", "Kiev")] == "Kyiv region"
    assert labels[("UA", "Odessa")] == "Odesa"
    assert labels[("UA", "Vinnyts'ka")].startswith("Vinnyts")
    assert labels[("UA", "Vinnyts'ka")] != "Vinnyts'ka"
    # renamed towns do not rename their regions
    assert labels[("UA", "Dnipropetrovsk")] == "Dnipropetrovsk"
    assert labels[("UA", "Kirovohrad")] == "Kirovohrad"
    # its English name (geo.english_regions), without GeoNames' mark of the soft sign
    assert labels[("UA", "Misto Sevastopol'")] == "Sevastopol"
    assert labels[("RU", "Jewish Autonomous Oblast")] == "Jewish Autonomous Oblast"


def test_one_region_is_labelled_among_its_countrys_regions_and_read_once(gazetteer, monkeypatch):
    from geo.assets import region_label_of, region_labels
    from geo.gazetteer import Gazetteer

    fresh = Gazetteer(gazetteer.path)  # its own labels, whatever other tests asked before
    scans = []
    towns = fresh.towns_by_admin1
    monkeypatch.setattr(fresh, "towns_by_admin1", lambda *a: scans.append(a) or towns(*a))
    # asked alone, the Kyiv oblast still says it is the region around the city of Kyiv
    assert region_label_of(fresh, "UA", "Kiev") == "Kyiv region"
    assert region_label_of(fresh, "UA", "Kyiv") == "Kyiv"
    assert region_label_of(fresh, "UA", "Odessa") == "Odesa"
    assert len(scans) == 1  # the country's towns were read once, for all three
    every = [("UA", a) for a in fresh.admin1_names("UA")]
    assert len(every) >= 25
    whole = dict(zip(every, region_labels(fresh, every), strict=True))
    assert all(region_label_of(fresh, c, a) == label for (c, a), label in whole.items())
    # a region the gazetteer has no entry for is labelled on its own, and kept
    assert region_label_of(fresh, "UA", "Misto Nowhere") == "Nowhere"
    assert region_label_of(fresh, "UA", "Misto Nowhere") == "Nowhere"
    assert len(scans) == 3  # the whole country, then the unknown region once


def test_a_region_written_as_a_noun_finds_the_outline_named_by_its_adjective():
    """GeoNames names some oblasts by their adjective ("Poltavs'ka"); imported data by the noun."""
    from geo.region_keys import outline_keys

    known = ["X|Poltavs'ka", "X|Odes'ka", "X|Sumy", "Y|Rivnens'ka"]
    wanted = ["X|Poltava oblast", "X|Odesa Oblast", "X|Sumy region", "X|Rivne oblast"]
    assert outline_keys(wanted, known) == {
        "X|Poltava oblast": "X|Poltavs'ka",
        "X|Odesa Oblast": "X|Odes'ka",
        "X|Sumy region": "X|Sumy",
    }
    assert outline_keys(["X|Lutsk oblast"], ["X|Lutsk", "X|Lutska"]) == {
        "X|Lutsk oblast": "X|Lutsk"
    }
    assert outline_keys(["X|Poltava"], ["X|Poltavs'ka", "X|Poltavska"]) == {}


def test_the_layer_control_offers_only_the_types_on_the_map(reference):
    """ "Type: meeting" and "Type: other" were listed with no such event on the map."""
    strikes = reference[reference["event_type"] == "strike"]
    html = build_map(strikes).get_root().render()
    assert re.search(r'"types": \["strike"\]', html)
    assert not re.search(r'"types": \[[^\]]*"meeting"', html)


def test_the_basemap_writes_town_names_without_soft_signs():
    """The basemap wrote GeoNames' soft-sign marks ("Ryazan’", "Kam’yanets’"), which the product
    drops elsewhere (README: place names of Russia, Ukraine and Belarus; newuser30); a name of
    another country keeps its apostrophe."""
    from types import SimpleNamespace

    from geo.assets import town_rows

    towns = [
        SimpleNamespace(name="Ryazan’", country="RU", lat=54.6269, lon=39.6916, population=520173),
        SimpleNamespace(name="Rossosh’", country="RU", lat=50.1983, lon=39.5672, population=62827),
        SimpleNamespace(name="Kam’yanets’-Podil’s’kyy", country="UA", lat=48.6846, lon=26.5853,
                        population=101590),
        SimpleNamespace(name="L'Aquila", country="IT", lat=42.3506, lon=13.3996, population=68503),
    ]  # fmt: skip
    assert town_rows(towns) == [
        ["Ryazan", 54.627, 39.692, 520173],
        ["Kamyanets-Podilskyy", 48.685, 26.585, 101590],
        ["L'Aquila", 42.351, 13.4, 68503],
        ["Rossosh", 50.198, 39.567, 62827],
    ]
