"""The suite leaves the tree as it found it: the screenshot tests write their pictures to a
temporary folder, and docs/img is written only by ``make docs-img`` (the tree was dirty after
``make test``, docs/img/*.png taken again with every run)."""

from __future__ import annotations

import re

from conftest import ROOT

DOCS_IMG = ROOT / "docs" / "img"


def test_the_screenshot_tests_write_to_a_temporary_folder(monkeypatch, tmp_path):
    import test_screenshots

    monkeypatch.delenv(test_screenshots.FOLDER_VARIABLE, raising=False)
    folder = test_screenshots.pictures_folder(tmp_path)
    assert folder == tmp_path and DOCS_IMG not in (folder, *folder.parents)
    monkeypatch.setenv(test_screenshots.FOLDER_VARIABLE, str(DOCS_IMG))
    assert test_screenshots.pictures_folder(tmp_path) == DOCS_IMG  # what `make docs-img` asks


def test_make_docs_img_is_the_target_that_writes_docs_img():
    import test_screenshots

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^docs-img:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert target, "no docs-img target"
    recipe = target.group(1)
    assert f"{test_screenshots.FOLDER_VARIABLE}=docs/img" in recipe
    assert "tests/test_screenshots.py" in recipe
