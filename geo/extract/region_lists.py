"""Places named as regions by the word after them: "the Mykolaiv, Kherson and Dnipropetrovsk
regions" (each of a list before a plural), "the Sumy region" (one before a singular): each is the
oblast around it, at a region's precision."""

from __future__ import annotations

import re

from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.places import LIST_GAP
from geo.gazetteer import Gazetteer
from geo.geocode.city_regions import region_around

PLURAL_REGION = re.compile(r"[\s-]+(?:regions|oblasts|provinces|districts)\b", re.I)
SINGLE_REGION = re.compile(r"[\s-]+(?:(?:region|oblast|province)\b|obl\.)", re.I)


def regions_of_lists(gazetteer: Gazetteer, text: str, roles: list[PlaceHit]) -> list[PlaceHit]:
    """ "The Mykolaiv, Kherson and Dnipropetrovsk regions": the plural makes each a region; so
    does "the Sumy region" for one (the oblast around a city that is a region of its own: "the
    Kyiv and Chernihiv regions")."""
    out = list(roles)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and LIST_GAP.match(text[out[j].end : out[j + 1].start]):
            j += 1
        # (matched in place: a copy of the text after each place is quadratic in a long paste)
        plural = j > k and PLURAL_REGION.match(text, out[j].end)
        if plural or (j == k and SINGLE_REGION.match(text, out[k].end)):
            for i in range(k, j + 1):
                region = gazetteer.admin1_of(out[i].place)
                if region is not None:
                    region = region_around(gazetteer, region)
                    hit = replace_hit(out[i], 3, out[j].event_place or out[i].event_place)
                    hit.place, hit.mention = region, out[i].mention
                    out[i] = hit
        k = j + 1
    return out
