"""Polygons merged into one geometry, apart groups merged apart.

GEOS's ``union_all`` costs about the square of the parts when they lie apart (every merge
rebuilds a multipolygon of all the parts so far): 10,000 small polygons in a row took 5.1 s,
2,500 0.26 s, and a context layer of 20,000 (3 MB) 20 s. Parts whose bounding boxes are apart
along one axis cannot touch, so the parts are first split into runs that overlap along x, each
run into runs along y, and so on while a split parts anything; each group is merged on its own
and the polygons of all groups make one multipolygon (valid: groups are apart).

A staircase of boxes each touching the next at a corner is one run along both axes (8,000 took
1.1 s, x6 for x4 the boxes): such a group is parted once more by what its polygons share, two
polygons joined only when their insides overlap or their edges share a line (corners touching
at a point stay apart in a union too, and a multipolygon's parts may touch at points). A group
whose polygons overlap many others (a dense layer) is merged whole, as GEOS merges it well.
"""

from __future__ import annotations

import numpy as np
import shapely


def union_all(parts: list) -> shapely.Geometry:
    """The union of the polygons ``parts``, as ``shapely.union_all`` gives it, in time near
    linear in the parts when they lie apart."""
    if len(parts) < 2:
        return shapely.union_all(parts)
    geoms = np.asarray(parts, dtype=object)
    bounds = shapely.bounds(geoms)
    merged = [
        shapely.union_all(geoms[part])
        for group in _groups(bounds)
        for part in (_joined(geoms, group) if len(group) > 2 else [group])
    ]
    if len(merged) == 1:
        return merged[0]
    return shapely.multipolygons(shapely.get_parts(np.asarray(merged, dtype=object)))


def _groups(bounds: np.ndarray) -> list[np.ndarray]:
    """Indices of the boxes ``bounds`` (min x, min y, max x, max y) in groups no two of which
    overlap along x or along y, split in turn along each axis until no split parts any."""
    done, todo = [], [(np.arange(len(bounds)), 0, False)]
    while todo:
        group, axis, stuck = todo.pop()
        runs = _runs(bounds[group], axis)
        if len(runs) == 1:
            if stuck:  # neither axis parts it
                done.append(group)
            else:
                todo.append((group, 1 - axis, True))
            continue
        todo.extend((group[run], 1 - axis, False) for run in runs)
    return done


def _runs(bounds: np.ndarray, axis: int) -> list[np.ndarray]:
    """Positions of ``bounds`` in runs whose intervals along ``axis`` overlap or touch, each run
    apart from the next (a sweep over the boxes sorted by their start)."""
    order = np.argsort(bounds[:, axis], kind="stable")
    starts, ends = bounds[order, axis], bounds[order, axis + 2]
    reach = np.maximum.accumulate(ends)
    cuts = np.flatnonzero(starts[1:] > reach[:-1]) + 1
    return np.split(order, cuts)


def _joined(geoms: np.ndarray, group: np.ndarray) -> list[np.ndarray]:
    """``group`` (indices of ``geoms``) in parts that share no inside and no edge, or whole when
    its polygons overlap more than a few others each (pairs are counted in chunks, never all)."""
    tree, limit, pairs = shapely.STRtree(geoms[group]), _DENSE * len(group), []
    for start in range(0, len(group), _CHUNK):
        found = tree.query(geoms[group[start : start + _CHUNK]], predicate="intersects")
        found[0] += start
        pairs.append(found[:, found[0] < found[1]])
        limit -= pairs[-1].shape[1]
        if limit < 0:
            return [group]
    left, right = np.concatenate(pairs, axis=1)
    a, b = geoms[group[left]], geoms[group[right]]
    shares = shapely.relate_pattern(a, b, "T********") | shapely.relate_pattern(a, b, "****1****")
    root = list(range(len(group)))

    def top(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, j in zip(left[shares].tolist(), right[shares].tolist(), strict=True):
        root[top(i)] = top(j)
    parts: dict[int, list[int]] = {}
    for i in range(len(group)):
        parts.setdefault(top(i), []).append(i)
    return [group[np.asarray(p)] for p in parts.values()]


# pairs per polygon past which a group is merged whole; the query chunk (at most 64 x n pairs
# are built before the count stops: a chunk of 4,096 built 4,096 x n of a dense upload, 8,000
# overlapping boxes 9.7 s and 1.1 GB; review36)
_DENSE, _CHUNK = 16, 64
