"""Files that are no UTF-8: the encoding told where the bytes read as a script's text (GB18030,
Big5, Shift_JIS, EUC-KR, KOI8-R besides cp1251 and cp1252), refused in one line where they read
as none (and UTF-8 with a few broken bytes named as such), the store left as it was."""

from __future__ import annotations

import pytest

from conftest import one_event, run_cli
from geo.export import export_bytes
from geo.textio import ReportError, decode

CHINESE = "哈尔科夫州遭到导弹袭击，三名平民受伤，一座仓库起火。"
TRADITIONAL = "哈爾科夫州遭到導彈襲擊，三名平民受傷，一座倉庫起火。"
KOREAN = "하르키우 주에 미사일 공격, 민간인 세 명 부상, 창고 화재."
JAPANESE = "ハルキウ州にミサイル攻撃、民間人三人が負傷し、倉庫が燃えた。"
RUSSIAN = "Удар по Харькову ночью: ранены трое, горит склад у вокзала."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CHINESE, "gb18030"),
        (CHINESE, "gbk"),
        (TRADITIONAL, "big5"),
        (KOREAN, "euc_kr"),
        (JAPANESE, "shift_jis"),
        (RUSSIAN, "koi8_r"),
        (RUSSIAN, "cp1251"),
        ("Москва", "cp1251"),
        ("Москва", "koi8_r"),
        ("Frappe à Kharkiv, dégâts à la gare.", "cp1252"),
        ("Il était à Lyon, à Nice", "cp1252"),
        ("Ніч у Києві: удар по місту, горить склад", "koi8_u"),  # (review37: was read as cp1251)
        ("Strike on the depot,€5000 of damage", "cp1252"),  # (review37: "€" was cp1251's "Ђ")
    ],
)
def test_the_encoding_is_told_by_what_its_reading_holds(text, encoding):
    found, name = decode(f"id,notes\n1,{text}\n".encode(encoding), "e.csv", controls_ok=True)
    assert found == f"id,notes\n1,{text}\n", name


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            CHINESE.encode()[:-2] + b",1\n",
            "is UTF-8 but for bytes that are not, the first at line 1",
        ),
        (b"a,b\n" + b"\x98\x81\x8d\x8f\x90\x9d" * 50, "is not in an encoding Sitrep Map can read"),
        # Chinese in GB18030 with stray bytes: no Cyrillic capitals and small letters in a row
        (CHINESE.encode("gb18030") + b"\x80\xff", "is not in an encoding Sitrep Map can read"),
    ],
)
def test_bytes_no_encoding_reads_as_text_are_refused_in_one_line(data, message):
    with pytest.raises(ReportError, match=message) as info:
        decode(data, "e.csv", controls_ok=True)
    assert "\n" not in str(info.value)


def test_a_gb18030_import_keeps_its_words_and_a_refused_one_keeps_the_store(
    scratch_store, tmp_path
):
    frame = one_event(event_id="gb-1", place="Kharkiv", notes=CHINESE)
    gb = tmp_path / "gb.csv"
    gb.write_bytes(export_bytes(frame, "csv").decode("utf-8").encode("gb18030"))
    out = run_cli("import", str(gb))
    assert out.returncode == 0, out.stderr
    listed = run_cli("export", "--format", "csv", "-o", "-")
    assert CHINESE in listed.stdout and "gb-1" in listed.stdout
    before = scratch_store.read_bytes()
    broken = tmp_path / "broken.csv"
    spliced = export_bytes(one_event(event_id="gb-2", place="Kharkiv", notes=CHINESE), "csv")
    broken.write_bytes(spliced.decode("utf-8").encode("gb18030").replace(b"\xa3\xac", b"\x80\xff"))
    refused = run_cli("import", str(broken))
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert "broken.csv is not in an encoding Sitrep Map can read" in refused.stderr
    assert scratch_store.read_bytes() == before


def test_a_large_file_is_told_by_its_start_and_read_whole_or_refused():
    lines = f"1,{CHINESE}\n" * 40_000  # over a megabyte: the encoding told from the first
    whole = decode(lines.encode("gb18030"), "big.csv", 100 * 2**20, controls_ok=True)
    assert whole == (lines, "gb18030")
    spliced = lines.encode("gb18030") + b"2,\x80\xff\n"  # the end is not what the start is
    with pytest.raises(ReportError, match="big.csv is not in an encoding Sitrep Map can read"):
        decode(spliced, "big.csv", 100 * 2**20, controls_ok=True)
