"""`geo export` that writes 0 events says on stderr how many the filters left out, and whether the
sample would have matched (newuser19: the README's `--weapon ATACMS` after its own UCDP import
wrote "wrote 0 events" and nothing else); the README's examples ask for the sample."""

from __future__ import annotations

from conftest import BASE_EVENT, ROOT, run_cli
from geo import store
from geo.events import to_frame


def test_an_export_of_nothing_says_what_the_filters_left_out(tmp_path, monkeypatch):
    path = tmp_path / "store.gpkg"
    monkeypatch.setenv("SITREP_STORE", str(path))
    own = [{**BASE_EVENT, "event_id": f"own-{k}", "weapon": None} for k in range(3)]
    store.save(to_frame(own), path)
    out = tmp_path / "x.geojson"
    none = run_cli("export", "--weapon", "ATACMS", "-o", str(out))
    assert none.returncode == 0 and "wrote 0 events" in none.stderr
    assert "the filters left out all 3 events" in none.stderr
    assert "of the sample" in none.stderr and "add --sample" in none.stderr
    asked = run_cli("export", "--weapon", "ATACMS", "--sample", "-o", str(out))
    assert "wrote 0 events" not in asked.stderr and "left out" not in asked.stderr
    kept = run_cli("export", "-o", str(out))
    assert "wrote 3 events" in kept.stderr and "left out" not in kept.stderr


def test_the_readme_s_filtered_exports_ask_for_the_sample():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "geo export --weapon ATACMS --sample -o atacms.geojson" in readme


def test_the_notes_on_nothing_kept_read_the_whole_store_once(scratch_store, gazetteer, monkeypatch):
    from geo import filter_notes
    from geo.filtering import Filters

    own = [{**BASE_EVENT, "event_id": f"own-{k}", "weapon": None} for k in range(3)]
    store.save(to_frame(own))
    load_all, whole = store.load_all, []

    def counted(gazetteer, path=None, filters=None, sample=True):
        whole.extend([sample] if filters is None else [])
        return load_all(gazetteer, path, filters, sample)

    monkeypatch.setattr(store, "load_all", counted)
    filters = Filters(weapons=("ATACMS",), regions=("Khersn",))
    for sample, every in ((None, 3), (True, 3 + len(store.reference_ids(gazetteer)))):
        whole.clear()
        frame = load_all(gazetteer, filters=filters, sample=sample)
        said = list(filter_notes.notices(frame, gazetteer, filters, [], sample))
        assert whole == [True], whole  # (the region line and the count: one read of it all)
        assert '"Khersn"' in said[0] and "no stored event lies in it" in said[0], said
        assert said[-1].startswith(f"the filters left out all {every} events"), said
