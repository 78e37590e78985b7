"""Who issued a report: the side's body its first lines name, before the body (a ministry's
statement, an air force's tally, a governor's post), whose word the whole report then is."""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, independent
from geo.extract.claimant_office import without_topic
from geo.extract.envoys import SIDES_DIPLOMATS, circulated_letter
from geo.extract.lexicon import triggers_in
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.state_header import state_institution

# A side's own statement: a ministry, the armed forces, a military administration or governor,
# a state service (rescuers, police, border guards) or a state company (the grid operator, the
# railways, the nuclear operator) posting about the attacks on what it runs; a partisan group
# posting its own operations.
_SIDE_BODY = re.compile(
    r"\b(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|Air Force|General Staff|Armed Forces|"
    r"Military Administration|Governor|Head of [\w\s]+ Administration|"
    # ... by its abbreviation or its own words: "Kharkiv RMA", "Zaporizka OVA", "Kyiv MVA",
    # "Kharkivska oblasna viiskova administratsiia", the rescuers' "DSNS"
    r"(?-i:[OMR]VA|ODA|RMA|CMA|OMA|KMVA|KCSA|DSNS|SBU|MoD|ОВА|ОДА|МВА|РВА|КМВА|ДСНС|СБУ)|"
    r"(?:oblasna|miska|raionna)\s+(?:viiskova|derzhavna)\s+administratsi(?:ia|ya|i)|"
    r"військов\w+\s+адміністраці\w+|(?:Міноборони|Минобороны|Генштаб|оперштаб)\w*|"
    r"(?:Village|Settlement|Hromada|Community|Regional|Oblast|District) Council|"
    r"(?:State )?Emergency Service|Emergencies Ministry|Ministry of Emergency Situations|"
    r"(?-i:EMERCOM|MChS|МЧС)|"  # Russia's emergencies ministry by its acronym
    r"National Police|(?:Oblast|Regional|Region|City|District|Patrol) Police|"
    # any ministry by its name: "Ministry of Health of Ukraine", "Ministry of Energy"
    r"Ministry of (?-i:[A-Z])\w+|"
    r"Border (?:Guard )?Service|Ukrenergo|Ukrzaliznytsia|Ukrhydroenergo|"
    r"Energoatom|Naftogaz|Russian Railways|Rosatom|Rosseti|"
    # a side's organs of law and of local government: a prosecutor's release, a council's news
    r"Prosecutor(?:['’]s Office| General)|Investigative Committee|Security Service|"
    r"City Council|(?:City|Regional|Oblast|District|Town) (?:State )?Administration|"
    r"Administration of the (?:city|town|region|oblast|district) of|"
    # a partisan group's own channel: "Black Lane | underground resistance movement"
    r"(?:underground\s+)?resistance\s+movement|partisan\s+(?:movement|group|network)|"
    # a side's war blogger's channel: "Posted to a pro-war Telegram channel"
    r"pro-(?:war|Kremlin|Russian|Ukrainian)\s+(?:Telegram\s+)?channel|"
    # a side's diplomats: "Permanent Mission of Ukraine to the UN", "Embassy of Russia in X"
    rf"{SIDES_DIPLOMATS})\b",
    re.I,
)


def side_body(name: str) -> bool:
    """Whether ``name`` names a side's body (a ministry, a military administration, a state
    service), not only one that speaks for what it runs (a port, a plant)."""
    return bool(_SIDE_BODY.search(name) or _ORGAN.search(name))


_HEADER_WORDS = 24  # the most words of a header line naming its issuer
# ... and the most characters: a few words parted by a run of thousands of spaces are no header
# (each pattern that starts or ends a part with spaces read the run again from each of its
# spaces: 8,000 spaces 1.9 s, 50,000 some 75 s)
HEADER_CHARS = 400
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
_NOTE_INSIDE = re.compile(r"\s*\([^()]{0,120}\)")


def side_author(text: str) -> str | None:
    """The side's body that issued the report, when its first lines (before the body) name one:
    a ministry's statement, an air force's tally, a governor's post; or a state body that heads
    its own release ("Coast Guard - press service", "Ministry of Transport" above "Press
    release, 3 May 2025")."""
    if (envoy := circulated_letter(text)) is not None:
        return envoy
    lines = [line.strip() for line in text.splitlines()[:4]]
    lines = [line if len(line) <= HEADER_CHARS else "" for line in lines]
    for i, line in enumerate(lines[:3]):
        if len(line.split()) > _HEADER_WORDS:
            continue  # no header; asked first, as a search of a long line for "Head of [words]
            # Administration" costs the square of its length (240 kB of "Head of the": 19 s)
        m = _SIDE_BODY.search(line)
        # A header names its issuer ("Briefing by the Ministry of Defence ..."); a headline that
        # quotes one ("The Defence Ministry says ...", "Kursk governor reports fires") is a report
        # about it, and a wire update's note in brackets ("(Adds governor's comments)") is no
        # header.
        if (
            m
            and not (line.endswith(".") and len(line.split()) > 3)  # (a name alone: "Ukrenergo.")
            and not line.startswith("(")
            and not _SIGNED_SENTENCE.search(line[: m.start()])  # "... hurt. — Odesa RMA"
            and not _told_by(
                line
            )  # a headline's speaker: "Missile kills three in Dnipro — governor"
            and not CLAIM_VERB.search(line)
            and not _hit(line, m.start())
        ):
            # "Name | Title" or "Body | Region": the part that names the body; a channel by name
            if m.group(0).lower().endswith("channel"):
                return m.group(0)[0].upper() + m.group(0)[1:]
            body = next((p.strip() for p in line.split("|") if _SIDE_BODY.search(p)), line)
            body = _KIND_BEFORE.sub("", _NOTE_AFTER.sub("", body))  # "(official channel)"
            body = _NOTE_INSIDE.sub("", body)  # "X daily statement (English version), summary"
            # (a note in brackets before the date: "X (unofficial translation), 3 June 2025")
            part = _NOTE_AFTER.sub("", _WHEN_AFTER.sub("", _body_part(body)))
            return bare_body(part) or body
        if i + 1 < len(lines) and _press_header(line, lines[i + 1]):
            return _organ_part(line)
        own = _own_statement(line) or state_institution(line)
        if own:
            return own
    return _sides_channel(lines[0] if lines else "", text)


# a sentence before the body's name and a dash: the body signs that sentence, heads nothing
_SIGNED_SENTENCE = re.compile(r"[.!?][ \t]*[—–-]{1,2}[ \t]*(?:[\w'’-]+[ \t]+){0,6}$")
_SPEAKER_PART = re.compile(r"\s[—–-]{1,2}\s*[^—–|:]{2,60}$")


def _told_by(line: str) -> bool:
    """Whether a headline tells an event and then, after a dash, who says so."""
    m = _SPEAKER_PART.search(line)
    return m is not None and any(t.start() < m.start() for _, t in triggers_in(line[: m.start()]))


_PARTED = re.compile(r"[:|—–]|\s-\s")


def _hit(line: str, at: int) -> bool:
    """Whether a headline names the body (at ``at``) as what was hit, an event word a few words
    before it in the same part ("Russian missile hits Kharkiv regional administration", not
    "Night attack: Air Force report")."""
    return any(
        t.start() < at
        and not _PARTED.search(line, t.end(), at)
        and len(line[t.end() : at].split()) <= 5
        for _, t in triggers_in(line)
    )


# A channel named in the first line ("Voenny Obozrevatel Z | channel digest", "Dnipro Frontline
# (Telegram channel)") whose posts speak as one side's own ("our units widened the bridgehead")
_CHANNEL_HEADER = re.compile(
    r"^(?P<name>[^|()]{2,60}?)\s*(?:\||\(|[—–]|\s-)\s*(?:[\w-]+\s+)?(?:Telegram\s+)?channel\b", re.I
)
# (a side's own: "our units", "our air defence worked", "ours"; also read by `relayed`)
OUR_SIDE = re.compile(
    r"\b(?:our|ours)\s+(?:units?|troops|forces|boys|guys|fighters|soldiers|defenders|"
    r"air\s+defen[cs]es?|anti-aircraft\s+gunners|artillery|positions|brigade|aviation|pilots|"
    r"sappers|paratroopers|marines|army|drone\s+operators|assault\s+(?:groups?|units))\b",
    re.I,
)


def _sides_channel(first: str, text: str) -> str | None:
    """A channel's name from its header, when its posts speak as a side ("our units", "our
    air defence"): a war blogger's or a brigade's channel, whose word the whole digest is."""
    m = _CHANNEL_HEADER.match(first)
    if not m or not OUR_SIDE.search(text):
        return None
    name = m.group("name").strip()
    return name if name[:1].isupper() and not independent(name) else None


# The kind of document a header names before its issuer: "Briefing of the Ministry of ...",
# "Night in the region: a summary of the ... Administration", "Statement by ..."
_KIND = (
    r"(?:briefing|statement|summary|update|report|bulletin|communiqu[eé]|message|"
    r"press[ -]release|note|notice|information|address|appeal|results|log|digest|blotter)"
)
# (and a channel's or a page's: "Source: Telegram channel of the Governor of X")
_KIND_BEFORE = re.compile(
    rf"^.*?\b(?:{_KIND}|channel|posts?|page|account)\s+(?:of|by|from)\s+(?:the\s+)?", re.I
)

# A body that speaks for what it runs or fights with, named in a statement's header: a hospital,
# a utility, an energy or rail company, a port, a plant; a brigade or a corps (or a state organ,
# `_ORGAN`).
_OWN_BODY = re.compile(
    r"\b(?:\w*(?:energo|enerho)|hospital|clinic|medical cent(?:re|er)|vodokanal|water\s+utility|"
    r"utility|utilities|power\s+(?:company|plant|station)|energy|grid|railways?|port|airport|"
    r"plant|refinery|company|JSC|PJSC|LLC|group|brigade|battalion|regiment|corps|division|"
    r"DTEK|Naftogaz|Ukrnafta|Transneft)\b",
    re.I,
)
# ...which a report about it does not: a news outlet, a rights group, an institute, the UN
_NOT_A_SIDE = re.compile(
    r"\b(?:news|times|gazette|post|herald|tribune|journal|press|wire|media|radio|TV|"
    r"amnesty|human\s+rights|watch|foundation|institute|monitor|project|cent(?:re|er)\s+for|"
    r"doctors\s+without|m[eé]decins|NGO|charity|fund|university|academy|club)\b",
    re.I,
)
# "Statement by X", "Update from X", "X: statement on the night attack", "X - press statement",
# "X reports:" (a post's opening line)
_STATEMENT_BY = re.compile(
    rf"^(?:(?:an?|the)\s+)?(?:\w+\s+)?{_KIND}\s+(?:of|by|from)\s+(?:the\s+)?(?P<body>.+)$", re.I
)
_BODY_THEN_KIND = re.compile(
    rf"^(?P<body>[^:|—–]+?)(?<!\s)\s*(?::|\||\s[—–-])\s*(?:(?:an?|the|official|press|morning|"
    rf"evening|night|daily)\s+)*{_KIND}\b.*$|^(?P<poster>[^:|—–]+?)(?<!\s)\s+(?:reports|informs|writes):$"
    # ... or with none, the body ending on an organ's word: "Operational headquarters summary,
    # published Sunday", "Regional Police daily log" (a kind then a verb's object, "Police
    # report two dead", is a headline)
    r"|^(?P<organ>(?:[\w'’-]+\s+){0,4}?(?:headquarters|command|police|service|administration|"
    rf"ministry|office))\s+(?:(?:official|press|morning|evening|night|daily|weekly)\s+)*{_KIND}"
    r"(?:\s*$|\s*[,(]|\s+(?:for|of|on)\s)",
    re.I,
)


def _own_statement(line: str) -> str | None:
    """The body a header names as its statement's issuer ("Statement by Kharkivoblenergo",
    "Chuhuiv Central Hospital: statement on the night attack", "DTEK reports:"), when it is a
    body that speaks for its own sites or forces, and no outlet, rights group or the UN."""
    if not line or len(line.split()) > 14 or line.endswith("."):
        return None
    m = _STATEMENT_BY.match(line) or _BODY_THEN_KIND.match(line)
    if not m:
        return None
    found = m.groupdict().get("body") or m.group("poster") or m.groupdict().get("organ") or ""
    body = _WHEN_AFTER.sub("", found.strip())
    body = bare_body(_NOTE_AFTER.sub("", body).strip(" ,:"))
    return body if speaks_for_itself(body) else None


def speaks_for_itself(body: str) -> bool:
    """Whether ``body`` (a name alone) is a side's body or one that speaks for its own sites or
    forces (a hospital, a utility, a brigade, a state organ), and no outlet, rights group, club
    or independent body (the UN, the IAEA)."""
    return bool(
        body
        and (body[0].isupper() or body[0].isdigit())
        and (_SIDE_BODY.search(body) or _OWN_BODY.search(body) or _ORGAN.search(body))
        and not _NOT_A_SIDE.search(body)
        and not independent(body)
        and not CLAIM_VERB.search(body)
    )


# A part of a title after a comma that says when, not who: "night of 17 to 18 April", "morning"
_WHEN_PART = re.compile(
    rf"\d|\b(?:night|morning|evening|overnight|afternoon|day|today|update[sd]?|(?:{WEEKDAY_RE})|"
    rf"(?:{MONTH_RE}))\b"
    # or where it was posted: "Governor of X Y, Telegram, 3 December"
    r"|^(?:(?:on|via|in)\s+)?(?:Telegram|VK|VKontakte|Facebook|X|Twitter|Instagram|Max|website)"
    r"(?:\s+(?:channel|post|page|account))?$",
    re.I,
)


# What a header says after its body's name that is the document, not the body: its kind ("General
# Staff update", "Defence Ministry daily briefing"; its topic: claimant_office.without_topic); not
# a name's own words ("Ministry of Information")
_KIND_AFTER = re.compile(
    rf"(?<!\bof)(?<!\bfor)\s+(?:(?:daily|morning|evening|nightly|night|weekly|operational|"
    rf"official|press|latest)\s+)*{_KIND}s?$",
    re.I,
)


def bare_body(name: str) -> str:
    """The body a header names, without the document's topic and kind after it (a "Body: TITLE"
    line is read as a whole elsewhere)."""
    if ":" in name:
        return name
    bare = _KIND_AFTER.sub("", without_topic(name)).strip(" ,:")
    return bare if bare else name


_NAME_PART = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _body_part(title: str) -> str:
    """The comma-separated parts of a title that name its body, from the first that does (or the
    name before it) ("Posts, Governor of X Y, night of 1 to 2 May": "Governor of X Y"), up to a
    part that says when or where it was posted."""
    parts = [p.strip() for p in title.split(",")]
    first = next((i for i, p in enumerate(parts) if _SIDE_BODY.search(p)), 0)
    while first and _NAME_PART.fullmatch(parts[first - 1]):  # "Ivan Sirko, Governor of X"
        first -= 1
    kept = [parts[first]]
    for p in parts[first + 1 :]:
        if _WHEN_PART.search(p):
            break
        kept.append(p)
    return ", ".join(kept)


# The time and date a header gives after its body's name ("Ministry of Defence, 09:10, 14 April
# 2025", "Governor of the X Region (9 June 2023)"): the day it was issued, not who issued it.
_WHEN_AFTER = re.compile(
    rf"\s*(?:[,(·—–]|\s-)\s*(?:\d|(?:{WEEKDAY_RE})\b|(?:{MONTH_RE})\.?\s+\d).*$", re.I
)


# A press office's mark on a header: "Navy - press service", "City Administration (official
# channel)", "Aviation Agency | notice", a line "Press release, 8 May 2025" under the body's name.
_PRESS_OFFICE = re.compile(
    r"\b(?:press[ -](?:service|office|release|centre|center)|official\s+(?:channel|statement|"
    r"page|account|website|communiqu[eé])|(?<=[—–|-]\s)notice)\b",
    re.I,
)
# A state body's kind, which such a header names (not a news outlet's desk, a club or a charity)
_ORGAN = re.compile(
    r"\b(?:Navy|Army|Ministry|Administration|Agency|Committee|Department|Inspectorate|"
    r"Guard|Command|Headquarters|Government|Office|Council|Authority|Service|Police)\b",
    re.I,
)
_HEADER_PARTS = re.compile(r"\s+[—–-]+\s+|\s*\|\s*|\s*\(")


def _press_header(line: str, below: str) -> bool:
    """Whether ``line`` names a state body whose press office issued the report (its mark on the
    line itself or opening the line below), not an independent one (the UN, the IAEA)."""
    marked = _PRESS_OFFICE.search(line) or _PRESS_OFFICE.match(below)
    return bool(
        marked
        and _ORGAN.search(line)
        and len(line.split()) <= 12
        and not line.endswith(".")
        and not CLAIM_VERB.search(line)
        and not independent(line)
    )


def _organ_part(line: str) -> str:
    """The part of the header that names the body: "Coast Guard" of "Coast Guard - press service"."""
    parts = [p.strip(" )") for p in _HEADER_PARTS.split(line)]
    return next((p for p in parts if _ORGAN.search(p) and not _PRESS_OFFICE.search(p)), line)
