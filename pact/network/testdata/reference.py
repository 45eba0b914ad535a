#!/usr/bin/python3
"""Golden values for pact/network from networkx and igraph.

Reads the edge lists entente exported (edges-<network>-<year>.csv, written by
`go test -run TestEdgeLists -update`) and entente's Louvain partitions
(partitions.json), computes the same measures with networkx and igraph, checks
that the two tools agree where both are named, and writes golden.json with
the library versions. Run it with Debian's interpreter, so that both
libraries are the same interpreter's:

    /usr/bin/python3 testdata/reference.py   # from pact/network

Reference and settings, measure by measure (the Go tests match the first):
  degree        networkx degree_centrality (degree / (n-1)); igraph degree / (n-1)
  betweenness   networkx betweenness_centrality(normalized=True, exact);
                igraph betweenness(directed=False) * 2/((n-1)(n-2))
  eigenvector   networkx eigenvector_centrality_numpy (ARPACK on the whole
                adjacency matrix, unit Euclidean norm, non-negative). On a
                disconnected graph it lives on the component with the largest
                eigenvalue and is 0 elsewhere; igraph's
                eigenvector_centrality(scale=True) is the same vector scaled
                to max 1. Where several components share the largest
                eigenvalue the vector is not unique: eigenvector_unique is
                false and the Go test does not compare it.
  pagerank      igraph pagerank(damping=0.85, implementation="prpack"), an
                exact solve; networkx pagerank(alpha=0.85, tol=1e-13) agrees.
                Isolated nodes jump uniformly in both.
  density       networkx density; igraph density(loops=False)
  transitivity  networkx transitivity; igraph transitivity_undirected()
  clustering    networkx average_clustering (zeros counted);
                igraph transitivity_avglocal_undirected(mode="zero")
  components    networkx connected_components, sorted largest first then by
                first code
  modularity    networkx community.modularity(G, partition, weight=None,
                resolution=1) of entente's partition; louvain_q is networkx
                louvain_communities(weight=None, resolution=1, seed=1)
"""

import csv
import glob
import json
import os
import sys

import igraph
import networkx as nx
import numpy as np
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-9


def read(path):
    g = nx.Graph()
    with open(path) as f:
        rows = csv.reader(f)
        assert next(rows) == ["source", "target", "weight", "obligations"]
        for src, dst, w, _ in rows:
            if dst == "isolate":
                g.add_node(int(src))
            else:
                g.add_edge(int(src), int(dst), weight=float(w))
    return g


def agree(what, a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = np.max(np.abs(a - b)) if a.size else 0.0
    if d > TOL:
        sys.exit(f"{what}: networkx and igraph differ by {d}")


def eigenvector(G, nodes):
    """networkx's eigenvector_centrality_numpy, and whether it is unique."""
    if G.number_of_edges() == 0:
        return [0.0] * len(nodes), False
    tops = []
    for comp in nx.connected_components(G):
        if len(comp) < 2:
            continue
        a = nx.to_numpy_array(G.subgraph(comp), weight=None)
        tops.append(np.linalg.eigvalsh(a)[-1])
    tops.sort()
    unique = bool(len(tops) < 2 or tops[-1] - tops[-2] > 1e-6)
    x = nx.eigenvector_centrality_numpy(G, weight=None, max_iter=1000, tol=0)
    return [float(x[n]) for n in nodes], unique


def measure(G):
    nodes = sorted(G.nodes())
    n = len(nodes)
    pos = {c: i for i, c in enumerate(nodes)}
    ig = igraph.Graph(n=n, edges=[(pos[u], pos[v]) for u, v in G.edges()])

    out = {"nodes": nodes}
    deg = nx.degree_centrality(G)
    out["degree"] = [deg[c] for c in nodes]
    agree("degree", out["degree"], [d / (n - 1) for d in ig.degree()])

    bc = nx.betweenness_centrality(G, normalized=True)
    out["betweenness"] = [bc[c] for c in nodes]
    scale = 2 / ((n - 1) * (n - 2))
    agree("betweenness", out["betweenness"], [b * scale for b in ig.betweenness(directed=False)])

    ev, unique = eigenvector(G, nodes)
    out["eigenvector"], out["eigenvector_unique"] = ev, unique
    if unique:
        iev = ig.eigenvector_centrality(scale=True)
        m = max(ev)
        agree("eigenvector", [x / m for x in ev], iev)

    pr = ig.pagerank(damping=0.85, implementation="prpack", directed=False)
    out["pagerank"] = pr
    npr = nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=100000, weight=None)
    agree("pagerank", pr, [npr[c] for c in nodes])

    out["density"] = nx.density(G)
    agree("density", [out["density"]], [ig.density(loops=False)])
    out["transitivity"] = nx.transitivity(G)
    t = ig.transitivity_undirected()
    agree("transitivity", [out["transitivity"]], [0.0 if t != t else t])
    out["average_clustering"] = nx.average_clustering(G)
    agree("clustering", [out["average_clustering"]], [ig.transitivity_avglocal_undirected(mode="zero")])

    comps = [sorted(c) for c in nx.connected_components(G)]
    comps.sort(key=lambda c: (-len(c), c[0]))
    out["components"] = comps
    return out


def main():
    with open(os.path.join(HERE, "partitions.json")) as f:
        partitions = json.load(f)
    graphs = {}
    for path in sorted(glob.glob(os.path.join(HERE, "edges-*.csv"))):
        key = os.path.basename(path)[len("edges-"):-len(".csv")]
        G = read(path)
        out = measure(G)
        part = [set(c) for c in partitions[key]]
        out["partition_q"] = nx.community.modularity(G, part, weight=None, resolution=1)
        louvain = nx.community.louvain_communities(G, weight=None, resolution=1, seed=1)
        out["louvain_q"] = nx.community.modularity(G, louvain, weight=None, resolution=1)
        graphs[key] = out
        print(key, G.number_of_nodes(), G.number_of_edges(), "unique eigenvector" if out["eigenvector_unique"] else "tied eigenvalue")
    doc = {
        "versions": {"python": sys.version.split()[0], "networkx": nx.__version__, "igraph": igraph.__version__,
                     "numpy": np.__version__, "scipy": scipy.__version__},
        "graphs": graphs,
    }
    with open(os.path.join(HERE, "golden.json"), "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
