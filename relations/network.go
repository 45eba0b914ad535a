package relations

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Network is the relationship network on a day: every actor, and an edge for
// every pair whose standing is known.
type Network struct {
	On     Date
	Actors []Actor // sorted by ID
	// Edges holds, certain, the pairs' standings the data settle, sorted
	// by A, then B; and, uncertain, in the same order, the edges of pairs
	// whose standing hinges on what the data cannot settle on the day (an
	// event the day's precision cannot place, a source's coverage ending):
	// each edge as far as the certain events take it, with the doubt.
	Edges Answer[Edge]
}

// Edge is one pair's standing in a [Network]; A sorts before B.
type Edge struct {
	A, B       ActorID
	Alignment  Alignment
	AinB, BinA Representation
}

// Network returns the network on day, the edges whose standing the data
// cannot settle kept apart. It reports an error for an invalid day.
func (h *History) Network(day Date) (Network, error) {
	if !day.IsValid() {
		return Network{}, invalid("query: day", errNoDate)
	}
	n := Network{On: day, Actors: h.Actors()}
	for i, keys := range h.byActor {
		for _, k := range keys {
			if k.lo != int32(i) {
				continue
			}
			a, b := h.actors[k.lo].ID, h.actors[k.hi].ID
			s, _ := h.Standing(a, b, day)
			if s.Alignment.Level == UnknownAlignment && s.AinB.Level == UnknownRepresentation && s.BinA.Level == UnknownRepresentation &&
				len(s.Uncertain) == 0 && s.AlignmentDoubt.Reason == UnknownReason {
				continue
			}
			e := Edge{A: a, B: b, Alignment: s.Alignment.Level, AinB: s.AinB.Level, BinA: s.BinA.Level}
			if len(s.Uncertain) > 0 {
				n.Edges.Uncertain = append(n.Edges.Uncertain, Doubtful[Edge]{Item: e, Doubt: uncertainEvents(s)})
				continue
			}
			if s.AlignmentDoubt.Reason != UnknownReason {
				n.Edges.Uncertain = append(n.Edges.Uncertain, Doubtful[Edge]{Item: e, Doubt: s.AlignmentDoubt})
				continue
			}
			n.Edges.Certain = append(n.Edges.Certain, e)
		}
	}
	return n, nil
}

// edgeStyle gives each alignment a colour and line that read at a glance:
// green and heavy for allies, red dashed for enemies.
var edgeStyle = map[Alignment]struct{ color, dot string }{
	UnknownAlignment: {"#999999", "dotted"},
	Hostile:          {"#c0392b", "dashed"},
	Strained:         {"#e67e22", "dotted"},
	Normal:           {"#7f8c8d", "solid"},
	Partner:          {"#2e86c1", "solid"},
	Ally:             {"#1e8449", "bold"},
}

// connected lists the actors that have at least one edge, in ID order;
// pictures leave out the rest.
func (n Network) connected() []Actor {
	has := make(map[ActorID]bool)
	for _, e := range n.Edges.Certain {
		has[e.A], has[e.B] = true, true
	}
	for _, u := range n.Edges.Uncertain {
		has[u.Item.A], has[u.Item.B] = true, true
	}
	var out []Actor
	for _, a := range n.Actors {
		if has[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// WriteDOT writes the network as a Graphviz DOT graph: a node for every
// actor with an edge, labelled with its name, and an edge per pair labelled
// with its alignment, coloured by it. A nil w is an error.
func (n Network) WriteDOT(w io.Writer) error {
	if w == nil {
		return errNilWriter
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("graph entente {\n")
	bw.WriteString("  label=" + strconv.Quote("Relations on "+n.On.String()) + ";\n")
	bw.WriteString("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
	bw.WriteString("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, a := range n.connected() {
		bw.WriteString("  " + strconv.Quote(string(a.ID)) + " [label=" + strconv.Quote(a.Name) + "];\n")
	}
	for _, e := range n.Edges.Certain {
		st := edgeStyle[e.Alignment]
		bw.WriteString("  " + strconv.Quote(string(e.A)) + " -- " + strconv.Quote(string(e.B)) +
			" [label=" + strconv.Quote(e.Alignment.String()) + ", color=" + strconv.Quote(st.color) +
			", style=" + st.dot + "];\n")
	}
	for _, u := range n.Edges.Uncertain {
		e := u.Item
		bw.WriteString("  " + strconv.Quote(string(e.A)) + " -- " + strconv.Quote(string(e.B)) +
			" [label=" + strconv.Quote(e.Alignment.String()+"?") + ", tooltip=" + strconv.Quote("cannot tell: "+u.Doubt.String()) +
			", color=\"#999999\", style=dotted];\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// WriteMermaid writes the network as a Mermaid flowchart: a node for every
// actor with an edge and a labelled link per pair (dotted for hostile and
// strained pairs, thick for allies). A nil w is an error.
func (n Network) WriteMermaid(w io.Writer) error {
	if w == nil {
		return errNilWriter
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("graph LR\n")
	for _, a := range n.connected() {
		bw.WriteString("  " + mermaidID(a.ID) + "[\"" + strings.ReplaceAll(a.Name, `"`, "#quot;") + "\"]\n")
	}
	for _, e := range n.Edges.Certain {
		link := "---"
		switch e.Alignment {
		case Hostile, Strained:
			link = "-.-"
		case Ally:
			link = "==="
		}
		bw.WriteString("  " + mermaidID(e.A) + " " + link + "|" + e.Alignment.String() + "| " + mermaidID(e.B) + "\n")
	}
	for _, u := range n.Edges.Uncertain {
		bw.WriteString("  " + mermaidID(u.Item.A) + " -.-|" + u.Item.Alignment.String() + "?| " + mermaidID(u.Item.B) + "\n")
	}
	return bw.Flush()
}

// mermaidID makes an ID safe as a Mermaid node name, where '-' could be
// read as part of a link.
func mermaidID(id ActorID) string { return strings.ReplaceAll(string(id), "-", "_") }
