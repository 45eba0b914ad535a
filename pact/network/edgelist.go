package network

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/readlimit"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// WriteEdgeList writes the edges of g as CSV, "source,target,weight,obligations"
// with COW codes, one line per edge, the lower code first, in code order,
// after a header line; isolated states follow as "node,isolate" lines so
// that a reader rebuilds the same node set. It is the form the package's
// checks against networkx and igraph read.
func WriteEdgeList(w io.Writer, g *Undirected) error {
	if w == nil {
		return errNilWriter
	}
	g = orEmpty(g)
	bw := bufio.NewWriter(w)
	bw.WriteString("source,target,weight,obligations\n")
	for i, nb := range g.out {
		for k, j := range nb {
			if int(j) > i {
				e := g.edge[i][k]
				fmt.Fprintf(bw, "%d,%d,%s,%s\n", g.nodes[i].ID(), g.nodes[j].ID(),
					strconv.FormatFloat(e.W, 'g', -1, 64), e.Obligations)
			}
		}
	}
	for i, nb := range g.out {
		if len(nb) == 0 {
			fmt.Fprintf(bw, "%d,isolate,,\n", g.nodes[i].ID())
		}
	}
	return bw.Flush()
}

var edgeListColumns = [...]string{"source", "target", "weight", "obligations"}

// MaxEdgeListSize is how many bytes of an edge list [ReadEdgeList] reads
// by default (ATOP's densest year is about 30 KB);
// [relations.WithMaxInputSize] changes it.
const MaxEdgeListSize = 8 << 20

// ReadEdgeList reads an edge list in the form WriteEdgeList writes and
// builds the undirected graph it describes, its nodes the states of the
// COW codes named (a code outside the COW system becomes an actor
// "cow-CODE"). It stops at the first malformed line, a self-loop or an
// edge listed twice, and reports it as a [*relations.ParseError] with the
// line and, for a bad value, its column. Past [MaxEdgeListSize] bytes it
// stops with an error wrapping [relations.ErrLimitExceeded].
func ReadEdgeList(r io.Reader, opts ...relations.ReadOption) (*Undirected, error) {
	if r == nil {
		return nil, errors.New("network: edge list: no input (a nil reader)")
	}
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxEdgeListSize}, opts).MaxInputSize
	counted := &countingReader{r: r}
	if limit > 0 {
		counted.r = io.LimitReader(r, limit+1)
	}
	sc := bufio.NewScanner(counted)
	type edge struct {
		a, b int
		w    float64
		o    pact.ObligationSet
	}
	var edges []edge
	codes := map[int]bool{}
	seen := map[[2]int]bool{}
	line := 0
	// bad reports a problem at column col (1–4; 0 for the whole line).
	bad := func(col int, msg string) error {
		e := &relations.ParseError{File: "edge list", Line: line, Column: col, Err: errors.New(msg)}
		if col > 0 {
			e.Field = edgeListColumns[col-1]
		}
		return e
	}
	tooLarge := func() error {
		return &relations.ParseError{File: "edge list", Err: errs.Limit("the input", limit, "bytes", "network.MaxEdgeListSize")}
	}
	for sc.Scan() {
		if limit > 0 && counted.n > limit {
			return nil, tooLarge() // whatever the lines read so far
		}
		line++
		text := sc.Text()
		if line == 1 {
			if text != "source,target,weight,obligations" {
				return nil, bad(0, "header is not \"source,target,weight,obligations\"")
			}
			continue
		}
		f := strings.Split(text, ",")
		if len(f) != 4 {
			return nil, bad(0, fmt.Sprintf("%d fields, want 4", len(f)))
		}
		a, err := strconv.Atoi(f[0])
		if err != nil || a <= 0 {
			return nil, bad(1, errs.Quote(f[0])+" is not a COW code")
		}
		codes[a] = true
		if f[1] == "isolate" {
			continue
		}
		b, err := strconv.Atoi(f[1])
		if err != nil || b <= 0 {
			return nil, bad(2, errs.Quote(f[1])+" is not a COW code")
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil || !(w >= 0 && w < math.Inf(1)) {
			return nil, bad(3, errs.Quote(f[2])+" is not a finite number ≥ 0")
		}
		o, ok := parseObligations(f[3])
		if !ok {
			return nil, bad(4, errs.Quote(f[3])+" is not a set of binding obligations such as defense+consultation")
		}
		k := [2]int{min(a, b), max(a, b)}
		switch {
		case a == b:
			return nil, bad(0, "self-loop")
		case seen[k]:
			return nil, bad(0, "edge listed twice")
		}
		seen[k] = true
		codes[b] = true
		edges = append(edges, edge{a, b, w, o})
	}
	if err := sc.Err(); err != nil {
		return nil, &relations.ParseError{File: "edge list", Line: line + 1, Err: err}
	}
	if limit > 0 && counted.n > limit {
		return nil, tooLarge()
	}
	sorted := make([]int, 0, len(codes))
	for c := range codes {
		sorted = append(sorted, c)
	}
	slices.Sort(sorted)
	actors := make([]relations.Actor, len(sorted))
	for i, c := range sorted {
		if st, ok := cow.ByCode(c); ok {
			actors[i] = st.Actor()
		} else {
			actors[i] = relations.Actor{ID: relations.ActorID("cow-" + strconv.Itoa(c)), Kind: relations.StateActor, COW: c}
		}
	}
	g := &Undirected{base: newBase(actors)}
	for _, e := range edges {
		i, j := g.index[int64(e.a)], g.index[int64(e.b)]
		g.add(i, j, Edge{F: g.nodes[i], T: g.nodes[j], Obligations: e.o, W: e.w})
		g.add(j, i, Edge{F: g.nodes[j], T: g.nodes[i], Obligations: e.o, W: e.w})
		g.edges++
	}
	g.sortAdjacency()
	return g, nil
}

// parseObligations reads a set of obligations as ObligationSet.String
// writes it: "defense+consultation", or "none".
func parseObligations(s string) (pact.ObligationSet, bool) {
	if s == "none" {
		return 0, true
	}
	var set pact.ObligationSet
	for _, part := range strings.Split(s, "+") {
		o, err := pact.ParseObligation(part)
		if err != nil || !binding.Has(o) || set.Has(o) {
			return 0, false
		}
		set = set.With(o)
	}
	return set, true
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

// Read reads from the underlying reader and counts the bytes it gives.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

var errNilWriter = errors.New("network: no output (a nil writer)")
