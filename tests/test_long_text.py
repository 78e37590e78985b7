"""A text cell of 1,000,000 characters (newuser26's CSV notes) is stored whole, shown shortened
in popups and tables with its length and where the rest is, and the import says it met it."""

from __future__ import annotations

from conftest import run_cli
from payload import decode_events

HUGE = 1_000_000


def _csv() -> str:
    return (
        "event_date,event_type,location,weapon,killed,notes,verification\n"
        f"2025-05-01,strike,Kharkiv,Shahed,1,{'x' * HUGE},claimed\n"
        "2025-05-02,strike,Sumy,Shahed,,ok,claimed\n"
    )


def test_the_import_says_it_met_an_oversized_field_and_keeps_it_whole(gazetteer):
    from geo import formats

    result = formats.read(_csv().encode(), "big.csv", gazetteer)
    assert len(result.frame) == 2
    assert max(len(n) for n in result.frame["notes"]) == HUGE  # nothing lost
    said = [n for n in result.notes if "longer than 500 characters" in n]
    assert said == [
        "1 text field longer than 500 characters (1 in notes; the longest 1,000,000): "
        "stored whole, shortened in popups and tables"
    ], result.notes


def test_the_map_sends_the_popup_a_shortened_text(gazetteer):
    from geo import formats
    from geo.layers import encode_events

    frame = formats.read(_csv().encode(), "big.csv", gazetteer).frame
    notes = decode_events(encode_events(frame))["notes"]
    long = next(n for n in notes if n and n.startswith("xxx"))
    assert long == "x" * 500 + "… (1,000,000 characters, full text in the export)"
    assert "ok" in notes


def test_the_table_shortens_and_the_export_keeps_it_whole(tmp_path):
    import pandas as pd

    from geo.long_text import shown_column

    column = shown_column(pd.Series(["y" * 5_000, "short", None], dtype=object))
    assert column.tolist() == [
        "y" * 500 + "… (5,000 characters, full text in the export)",
        "short",
        None,
    ]
    store = tmp_path / "store.gpkg"
    (tmp_path / "big.csv").write_text(_csv())
    env = {"SITREP_STORE": str(store)}
    out = run_cli("import", str(tmp_path / "big.csv"), env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "longer than 500 characters" in out.stdout + out.stderr
    back = run_cli("export", "--format", "csv", env=env)
    assert "x" * HUGE in back.stdout


def test_the_popup_of_a_huge_note_leaves_the_map_visible(offline_page, tmp_path):
    from playwright.sync_api import expect

    from conftest import BASE_EVENT, open_map_file
    from geo.events import to_frame

    frame = to_frame([{**BASE_EVENT, "notes": "word " * (HUGE // 5)}])
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 800})
    open_map_file(page, frame, tmp_path)
    page.locator(".sm-event").first.click()
    popup = page.locator(".leaflet-popup-content-wrapper")
    expect(popup).to_contain_text("(1,000,000 characters, full text in the export)")
    box = popup.bounding_box()
    assert box["height"] < 0.6 * 800, box
    page.screenshot(path=str(tmp_path / "popup.png"))
    assert page.errors == []


def test_a_clean_ucdp_import_says_nothing_of_its_extra_columns(gazetteer):
    """UCDP's other columns are kept as JSON in ``extra`` (over 500 characters on every row): no
    analyst reads them as text, so a clean import gets no oversized-field note for them."""
    from geo import formats
    from geo.long_text import oversized_note

    result = formats.read(_csv().encode(), "big.csv", gazetteer)
    frame = result.frame.copy()
    frame["extra"] = ['{"source": "' + "y" * 900 + '"}'] * len(frame)
    assert oversized_note(frame) == [
        "1 text field longer than 500 characters (1 in notes; the longest 1,000,000): "
        "stored whole, shortened in popups and tables"
    ]
    assert oversized_note(frame.drop(columns=["notes"])) == []


def test_direction_overrides_are_not_shown_and_stay_stored():
    """An imported cell's embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
    turned the popup's and tables' words around ("AU ,ksnaipuK"); they are dropped where text is
    shown, short or long, and only there (attack31). Marks without a scope (U+200F) stay."""
    import pandas as pd

    from geo.long_text import shown, shown_column
    from webui.history_table import table_html

    rlo = "\u202e"
    assert shown(f"{rlo}Kupiansk") == "Kupiansk"
    assert shown("\u2066\u202aA\u202c\u2069 \u200fB") == "A \u200fB"
    assert shown(rlo + "x" * 600).startswith("x" * 500)
    column = pd.Series([f"{rlo}Kupiansk", "Sumy", None, 3], dtype=object)
    assert shown_column(column).tolist() == ["Kupiansk", "Sumy", None, 3]
    assert column[0] == f"{rlo}Kupiansk"  # the column given is not changed
    lines = pd.DataFrame(
        [
            ["now", f"{rlo}root", "update", f"{rlo}ID-1", f"{rlo}Kupiansk", f"strike · {rlo}Y"]
            + [f"notes: {rlo}x"]
        ],
        columns=["when", "who", "action", "event_id", "event", "kind", "changes"],
    )
    assert rlo not in table_html(lines)
