"""Fighting over a whole region and fighting at a town of it, told on two different days: two
events. A region named with its town is usually one event told twice ("missiles hit the Lviv
region ... in Yavoriv, a depot burned"), and :mod:`geo.extract.merging` merges the two; but a
report that sums up an incursion or a front ("a week after the columns crossed into the Kursk
region", "fighting went on in Belgorod Oblast on March 19") and then tells a village fought over
on another day ("on Monday the ministry said it beat off assaults near Korenevo") tells two:
merged, the region's record took the town's or the town's took the region's."""

from __future__ import annotations

from geo.extract.draft import Draft

# a region's day this far from the town's is a retold past ("since the offensive opened in the
# region on 10 May"), background the report does not tell as news: merging it costs nothing
_RETOLD_DAYS = 7


def fought_apart(region: Draft, town: Draft) -> bool:
    """Whether a region's fighting and a town's fighting are two events by their days: both
    dated to a day, one of the days named by the text, a day or a few apart."""
    if region.event_type != "fighting" or town.event_type != "fighting":
        return False
    a, b = region.when, town.when
    if a.precision != 1 or b.precision != 1 or a.day == b.day:
        return False
    named = a.explicit or a.carried or b.explicit or b.carried
    return named and abs((a.day - b.day).days) <= _RETOLD_DAYS
