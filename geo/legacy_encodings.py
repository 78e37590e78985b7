"""Which legacy encoding bytes that are no UTF-8 are in: a Cyrillic or Western code page (cp1251,
cp1252) when its reading is text, else the East Asian double-byte encodings that can be told by
what their reading holds (GB18030 of Chinese, EUC-KR of Korean, Shift_JIS of Japanese, Big5 of
Chinese in its traditional characters); None for bytes that none of them reads as text, which
the caller refuses in one line.

A code page reads any byte, so any bytes come out as letters: Chinese in GB18030 read as cp1251
is Cyrillic capitals and small letters in no order ("РўРЅ С…Р°"). Real text in a cased script
puts a capital after a small letter almost never (the start of a word, words in capitals), so a
reading whose small letters are followed by capitals in more than one pair of ten is none."""

from __future__ import annotations

import re

# the letters of Russian, Ukrainian and Belarusian (not cp1251's "Ђ" for a Western file's "€")
_CYRILLIC = re.compile(
    r"[\u0410-\u044f\u0401\u0451\u0404\u0454\u0406\u0456\u0407\u0457\u0490\u0491\u040e\u045e]"
)
_LATIN_EXT = re.compile(r"[\u00c0-\u024f]")
# of a double-byte reading: the ideographs, the CJK punctuation and full-width forms
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_CJK_OTHER = re.compile(r"[\u3000-\u303f\uff00-\uffef\u2010-\u203b\u00b7]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
# A double-byte reading is taken with this many characters past ASCII at least, nine in ten of
# them its script's: a few stray bytes are no Chinese.
MIN_WIDE = 4
MOST = 0.9
# a code page's reading with more small-then-capital pairs than this share of its letters
# past ASCII is no text
MOST_FLIPS = 0.1


# The encoding is told from the first megabyte at most (whole lines), then the whole is read in
# it: the counts cost about half a second a megabyte, an import may be 100 MB.
SAMPLE_BYTES = 2**20


def legacy_text(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of bytes that are no UTF-8 (nor UTF-16/32), or None when they are
    text in no encoding told here."""
    sample = data[:SAMPLE_BYTES]
    if len(data) > len(sample):  # (a character cut in two is in no encoding)
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    encoding = _encoding(sample)
    if encoding in ("cp1251", "cp1252", "koi8_u"):
        encoding = _rival(sample, encoding) or encoding
    if encoding is None:
        return None
    if encoding in ("cp1251", "cp1252", "koi8_u"):
        text = data.decode(encoding, errors="replace")
        return (text, encoding) if text.count("\ufffd") <= max(3, len(text) // 100) else None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:  # (the rest of the file is not what its start is)
        return None


class UntoldEncoding(ValueError):
    """Bytes past ASCII too few to tell a code page's letters from East Asian characters: the
    readings of each, to show the user."""

    def __init__(self, readings: list[tuple[str, str]]) -> None:
        super().__init__(readings)
        self.readings = readings


_NAMES = {"cp1251": "cp1251", "cp1252": "cp1252", "koi8_u": "KOI8-U", "euc_kr": "EUC-KR"}
_NAMES |= {"gb18030": "GB18030", "shift_jis": "Shift_JIS", "big5": "Big5"}
_WIDE_RUN = re.compile(r"[^\x00-\x7f]+")


def untold(name: str, readings: list[tuple[str, str]]) -> str:
    """The one line refusing file ``name`` whose bytes past ASCII ``readings`` cannot tell."""
    shown = [
        f'{_NAMES[encoding]} reads them as "{found.group()[:24]}"'
        for text, encoding in readings
        if (found := _WIDE_RUN.search(text))
    ]
    return (
        f"{name} has too few characters past ASCII to tell their encoding ({', '.join(shown)}): "
        "save it as UTF-8 and try again"
    )


def _rival(data: bytes, encoding: str) -> str | None:
    """An East Asian encoding for bytes whose code-page reading is mostly no letters ("北京" in
    GB18030 reads "±±ѕ©" in cp1251, "東京" in Shift_JIS "“Œ‹ž" in cp1252: stored so, with no
    word, attack38 left it); UntoldEncoding when the bytes are too few to tell which."""
    text = data.decode(encoding, errors="replace")
    wide = len(_PAST_ASCII.findall(text))
    if len(_LETTER_PAST_ASCII.findall(text)) >= MOST * wide:
        return None
    found = east_asian(data)
    if found:
        return found[1]
    short = east_asian(data, least=1)
    if short:
        raise UntoldEncoding([(text, encoding), (short[0], short[1])])
    return None


def _encoding(data: bytes) -> str | None:
    """The encoding of :func:`legacy_text`, told from ``data``."""
    cp1251 = data.decode("cp1251", errors="replace")
    cp1252 = data.decode("cp1252", errors="replace")
    if _koi8(data, cp1251, cp1252):
        return "koi8_u"
    # Bytes above 127 read as Cyrillic letters in cp1251 and as accented Latin in cp1252; the
    # reading in which they form more letters of one script wins. Russian without "ч" is as
    # many letters in both: then the bytes' places tell, Cyrillic words being all bytes past
    # ASCII where a Western word's accented letters stand among ASCII ones ("dégâts").
    cyrillic, latin = len(_CYRILLIC.findall(cp1251)), len(_LATIN_EXT.findall(cp1252))
    if cyrillic > latin or (cyrillic == latin and _in_words_of_their_own(data)):
        text, encoding = cp1251, "cp1251"
    else:
        text, encoding = cp1252, "cp1252"
    if _cased_text(text) and text.count("\ufffd") <= max(3, len(text) // 100):
        return encoding
    found = east_asian(data)
    return found[1] if found else None


# The commonest letters of Russian and Ukrainian prose: eight in ten of a text's letters, where
# KOI8-R's bytes read in cp1251 (and cp1251's in KOI8-R) give six or fewer.
_COMMON_CYRILLIC = re.compile("[оеаинтсрвлкмдпу]", re.I)


def _koi8(data: bytes, cp1251: str, cp1252: str) -> bool:
    """Whether the KOI8-U reading of the bytes (KOI8-R's, with the Ukrainian letters) is
    Cyrillic text (nine in ten characters past ASCII Cyrillic letters, cased as text is) made
    of commoner letters than the cp1251 one: Russian in KOI8-R reads in cp1251 as letters with
    their cases swapped ("нПУЛЧБ")."""
    koi8 = data.decode("koi8_u")
    letters = len(_CYRILLIC.findall(koi8))
    wide = len(_PAST_ASCII.findall(koi8))
    if not letters or letters < MOST * wide or letters < len(_LATIN_EXT.findall(cp1252)):
        return False
    return _cased_text(koi8) and _common_share(koi8) > _common_share(cp1251)


def _common_share(text: str) -> float:
    """The share of a reading's Cyrillic letters that are among the commonest."""
    letters = len(_CYRILLIC.findall(text))
    return len(_COMMON_CYRILLIC.findall(text)) / letters if letters else 0.0


_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
_BESIDE_ASCII = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")


def _in_words_of_their_own(data: bytes) -> bool:
    """Whether more bytes past ASCII stand two or more together than beside an ASCII letter
    ("Москва" against "Zürich"; a French "à" alone is neither)."""
    together = sum(len(m) for m in _HIGH_RUN.findall(data))
    return together > len(_BESIDE_ASCII.findall(data))


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH = re.compile(rb"[\x80-\xff]")


def broken_utf8(data: bytes) -> bool:
    """Whether bytes that are no UTF-8 are UTF-8 but for a few (nine in ten of the bytes past
    ASCII in its sequences): a file cut or spliced, read in no code page without loss."""
    whole = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return whole >= MOST * len(_HIGH.findall(data))


# the small letters and capitals of the code pages' readings past ASCII (Latin-1, cp1252's
# extra letters, Cyrillic), and a small letter then a capital, one of them past ASCII
_SMALL = "\u00b5\u00df-\u00f6\u00f8-\u00ff\u0153\u0161\u017e\u0192\u0430-\u045f\u0491"
_CAPITAL = "\u00c0-\u00d6\u00d8-\u00de\u0152\u0160\u0178\u017d\u0400-\u042f\u0490"
_FLIP = re.compile(rf"[a-z](?=[{_CAPITAL}])|[{_SMALL}](?=[A-Z{_CAPITAL}])")
_LETTER_PAST_ASCII = re.compile(r"[^\W\d_a-zA-Z]")
_PAST_ASCII = re.compile(r"[^\x00-\x7f]")


def _cased_text(text: str) -> bool:
    """Whether a code page's reading puts small letters before capitals as text does."""
    return len(_FLIP.findall(text)) <= MOST_FLIPS * len(_LETTER_PAST_ASCII.findall(text))


def east_asian(data: bytes, least: int = MIN_WIDE) -> tuple[str, str] | None:
    """``(text, encoding)`` of Korean (EUC-KR), Chinese (GB18030), Japanese (Shift_JIS) or
    traditional Chinese (Big5) text, or None: the bytes decode with no error and nine in ten of
    the characters past ASCII are the script's (Korean before Chinese, whose common characters
    EUC-KR's Hangul bytes also are; GB18030 reads Big5's bytes too, as rare characters). With
    ``least`` below :data:`MIN_WIDE`, a few ideographs are Japanese without kana too."""
    for encoding, script in (
        ("euc_kr", _HANGUL),
        ("gb18030", _IDEOGRAPH),
        ("shift_jis", _KANA),
        ("big5", _IDEOGRAPH),
    ):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = len(_PAST_ASCII.findall(text))
        own = len(script.findall(text))
        if encoding == "shift_jis":  # kana with ideographs, one in ten kana at least
            own, kana = own + len(_IDEOGRAPH.findall(text)), own
            if kana * 10 < wide and least >= MIN_WIDE:
                continue
        if encoding == "gb18030" and not _gb2312_mostly(data):
            continue
        # (a few bytes, read as half-width kana or punctuation, are as likely a code page's)
        other = len(_CJK_OTHER.findall(text)) if least >= MIN_WIDE else 0
        if wide >= least and own + other >= MOST * wide:
            return text, encoding
    return None


def _gb2312_mostly(data: bytes) -> bool:
    """Whether nine in ten of the byte pairs past ASCII are GB2312's (both bytes 0xA1-0xFE):
    the common characters of simplified Chinese, where Big5's pairs end in 0x40-0x7E half the
    time and GB18030 reads them as rare characters."""
    pairs = re.findall(rb"[\x81-\xfe][\x40-\x7e\x80-\xfe]", data)
    common = sum(1 for p in pairs if p[0] >= 0xA1 and p[1] >= 0xA1)
    return common >= MOST * len(pairs)
