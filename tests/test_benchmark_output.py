"""The benchmarks' one ``-o`` helper and the speed pair's figures, as its split main makes them."""

import json
from pathlib import Path


def test_write_output_writes_the_text_and_a_newline_only_when_asked(tmp_path):
    from benchmarks.output_file import write_output

    out = tmp_path / "figures.json"
    write_output(None, "{}")
    assert list(tmp_path.iterdir()) == []
    write_output(out, json.dumps({"a": 1}))
    assert out.read_text(encoding="utf-8") == '{"a": 1}\n'


def test_the_three_benchmarks_take_their_output_option_from_the_helper():
    root = Path(__file__).resolve().parent.parent / "benchmarks"
    for name in ("speed_pair.py", "timestep.py", "timestep_pair.py"):
        text = (root / name).read_text(encoding="utf-8")
        assert "output_or_exit" not in text, name
        assert '"--output"' not in text, name
        assert "check_output_first(args.output)" in text, name


def test_a_speed_pair_task_gives_its_medians_and_per_pair_ratios(capsys):
    from benchmarks.speed_pair import _figures

    runs = {
        "before": {"geoparse /x/lgl.jsonl": [{"per_s": 100.0}, {"per_s": 200.0}]},
        "after": {"geoparse /x/lgl.jsonl": [{"per_s": 110.0}, {"per_s": 180.0}]},
    }
    out = _figures("geoparse /x/lgl.jsonl", runs, None)
    assert list(out) == ["lgl"]
    figures = out["lgl"]
    assert figures["ratio_after_to_before"] == [1.1, 0.9]
    assert figures["before_median"] == 150.0 and figures["after_median"] == 145.0
    assert capsys.readouterr().out == (
        "lgl (per_s): before 150.0, after 145.0, after/before per pair 1.10, 0.90 (median 1.00)\n"
    )


def test_the_extract_task_is_labelled_by_its_sets(capsys):
    from benchmarks.speed_pair import _figures

    key = "cpu_ms_per_600_words_median"
    runs = {"before": {"extract": [{key: 50.0}]}, "after": {"extract": [{key: 40.0}]}}
    assert list(_figures("extract", runs, ["realstyle", "realstyle-heldout"])) == [
        "extract 2 folders of --sets"
    ]
    assert list(_figures("extract", runs, None)) == ["extract realstyle*"]
