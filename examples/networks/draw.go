package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strconv"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// palette colours the blocs, largest first (Tableau 10, then two more);
// blocs beyond it and isolated states are grey.
var palette = []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
	"#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#17becf", "#bcbd22"}

const grey = "#c8c8c8"

type point struct{ x, y float64 }

// drawNetwork draws the alliance network of s as SVG: each bloc (Louvain
// community of two or more states) a sunflower of its states, hubs at the
// centre, blocs packed in rows by size, isolated states in a last row;
// certain alliances solid, uncertain ones dashed red, rivalries not drawn.
func drawNetwork(w io.Writer, s *network.Snapshot, f []pact.Obligation, kind string, seed uint64) error {
	g := s.Undirected(f...)
	p := network.Communities(g, seed)
	const width, margin, step = 1000.0, 20.0, 11.0
	pos := map[int64]point{}
	colour := map[int64]string{}
	x, y, rowHeight := margin, 70.0, 0.0
	place := func(members []int64, col string) {
		// sunflower: the i-th state at radius step·√i, golden angle apart
		members = slices.Clone(members)
		slices.SortStableFunc(members, func(a, b int64) int {
			return degree(g, b) - degree(g, a)
		})
		r := step * math.Sqrt(float64(len(members))+0.5)
		size := 2*r + 24
		if x+size > width-margin {
			x, y, rowHeight = margin, y+rowHeight, 0
		}
		cx, cy := x+size/2, y+size/2
		for i, id := range members {
			rad := step * math.Sqrt(float64(i)+0.5)
			ang := float64(i) * 2.399963229728653
			pos[id] = point{cx + rad*math.Cos(ang), cy + rad*math.Sin(ang)}
			colour[id] = col
		}
		x += size
		rowHeight = max(rowHeight, size)
	}
	var isolates []int64
	bloc := 0
	for _, c := range p.Communities {
		if len(c) < 2 {
			isolates = append(isolates, c...)
			continue
		}
		col := grey
		if bloc < len(palette) {
			col = palette[bloc]
		}
		place(c, col)
		bloc++
	}
	// isolated states in rows of their own
	x, y = margin, y+rowHeight+20
	slices.Sort(isolates)
	for _, id := range isolates {
		if x > width-margin-22 {
			x, y = margin, y+24
		}
		pos[id] = point{x + 8, y + 8}
		colour[id] = grey
		x += 24
	}
	height := y + 40

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%.0f" viewBox="0 0 %g %.0f" font-family="sans-serif">`+"\n",
		width, height, width, height)
	fmt.Fprintf(bw, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	open := s.Allied(f...).Uncertain
	fmt.Fprintf(bw, `<text x="%g" y="28" font-size="18">ATOP %s network, %s</text>`+"\n", margin, kind, s.When())
	fmt.Fprintf(bw, `<text x="%g" y="50" font-size="11" fill="#555">%d states, %d alliances (solid), %d pairs the data leave open (dashed red, in no measure); colours: %d Louvain blocs of the certain alliances, Q = %.3f (seed %d); grey: no alliance</text>`+"\n",
		margin, g.Len(), g.Edges(), len(open), bloc, p.Q, seed)
	bw.WriteString(`<g stroke="#777" stroke-opacity="0.35" stroke-width="0.7">` + "\n")
	for it := g.Nodes(); it.Next(); {
		u := it.Node().ID()
		for nb := g.From(u); nb.Next(); {
			if v := nb.Node().ID(); v > u {
				a, b := pos[u], pos[v]
				fmt.Fprintf(bw, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`+"\n", a.x, a.y, b.x, b.y)
			}
		}
	}
	bw.WriteString("</g>\n")
	bw.WriteString(`<g stroke="#d62728" stroke-opacity="0.7" stroke-width="0.9" stroke-dasharray="3,2">` + "\n")
	for _, u := range open {
		a, ok := codeOf(u.Item.A)
		b, ok2 := codeOf(u.Item.B)
		pa, ok3 := pos[a]
		pb, ok4 := pos[b]
		if ok && ok2 && ok3 && ok4 {
			na, _ := g.Actor(a) // a node of g: pos has it
			nb, _ := g.Actor(b)
			fmt.Fprintf(bw, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"><title>%s</title></line>`+"\n",
				pa.x, pa.y, pb.x, pb.y, html.EscapeString(na.Name+" and "+nb.Name+": cannot tell ("+u.Doubt.String()+")"))
		}
	}
	bw.WriteString("</g>\n")
	for it := g.Nodes(); it.Next(); {
		id := it.Node().ID()
		a, _ := g.Actor(id)
		label := strconv.FormatInt(id, 10)
		if st, ok := cow.ByCode(int(id)); ok {
			label = st.Abbrev
		}
		pt := pos[id]
		fmt.Fprintf(bw, `<circle cx="%.1f" cy="%.1f" r="4.5" fill="%s" stroke="white" stroke-width="0.6"><title>%s (%d)</title></circle>`+"\n",
			pt.x, pt.y, colour[id], html.EscapeString(a.Name), id)
		fmt.Fprintf(bw, `<text x="%.1f" y="%.1f" font-size="6.5" text-anchor="middle" fill="#333">%s</text>`+"\n", pt.x, pt.y-5.5, label)
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

func degree(g *network.Undirected, id int64) int { return g.From(id).Len() }

// value returns a settled measure's value, NaN (a gap in the chart) for one
// the data leave open.
func value(m relations.Measure) float64 {
	v, _ := m.Value() // NaN when not settled
	return v
}

func codeOf(id relations.ActorID) (int64, bool) {
	st, ok := cow.ByID(id)
	return int64(st.Code), ok
}

// drawSeries draws three panels over the years of the series: density,
// the number of blocs, and structural balance (where the rivalry data
// observe the year).
func drawSeries(w io.Writer, series []network.Summary, kind string) error {
	if len(series) == 0 {
		return nil
	}
	const width, panelH, left, right, top = 900.0, 150.0, 60.0, 20.0, 50.0
	first, last := series[0].When.Year(), series[len(series)-1].When.Year()
	xOf := func(y int) float64 {
		if last == first {
			return left
		}
		return left + (width-left-right)*float64(y-first)/float64(last-first)
	}
	panels := []struct {
		title string
		value func(network.Summary) float64
	}{
		{"density of the " + kind + " network", func(s network.Summary) float64 { return value(s.Density) }},
		{"blocs (Louvain communities of two or more states)", func(s network.Summary) float64 { return value(s.Blocs) }},
		{"structural balance with the rivalries (share of balanced triangles)", func(s network.Summary) float64 { return value(s.Balance) }},
	}
	height := top + float64(len(panels))*(panelH+40)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g" font-family="sans-serif">`+"\n",
		width, height, width, height)
	bw.WriteString(`<rect width="100%" height="100%" fill="white"/>` + "\n")
	fmt.Fprintf(bw, `<text x="%g" y="26" font-size="17">ATOP %s network and Thompson–Dreyer rivalries, %d–%d</text>`+"\n", left, kind, first, last)
	for k, p := range panels {
		y0 := top + float64(k)*(panelH+40) + 20
		hi := 0.0
		for _, s := range series {
			if v := p.value(s); !math.IsNaN(v) {
				hi = max(hi, v)
			}
		}
		if hi == 0 {
			hi = 1
		}
		yOf := func(v float64) float64 { return y0 + panelH - panelH*v/hi }
		fmt.Fprintf(bw, `<text x="%g" y="%g" font-size="12">%s</text>`+"\n", left, y0-6, html.EscapeString(p.title))
		fmt.Fprintf(bw, `<rect x="%g" y="%g" width="%g" height="%g" fill="none" stroke="#999"/>`+"\n", left, y0, width-left-right, panelH)
		fmt.Fprintf(bw, `<text x="%g" y="%g" font-size="10" text-anchor="end">%s</text>`+"\n", left-4, y0+8, strconv.FormatFloat(hi, 'g', 3, 64))
		fmt.Fprintf(bw, `<text x="%g" y="%g" font-size="10" text-anchor="end">0</text>`+"\n", left-4, y0+panelH)
		for yr := (first/50 + 1) * 50; yr <= last; yr += 50 {
			fmt.Fprintf(bw, `<text x="%.1f" y="%g" font-size="10" text-anchor="middle">%d</text>`+"\n", xOf(yr), y0+panelH+13, yr)
		}
		bw.WriteString(`<path fill="none" stroke="#4e79a7" stroke-width="1.4" d="`)
		pen := "M"
		for _, s := range series {
			v := p.value(s)
			if math.IsNaN(v) {
				pen = "M"
				continue
			}
			fmt.Fprintf(bw, "%s%.1f,%.1f ", pen, xOf(s.When.Year()), yOf(v))
			pen = "L"
		}
		bw.WriteString(`"/>` + "\n")
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}
