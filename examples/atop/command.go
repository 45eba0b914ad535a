package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/similarity"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
	"github.com/entente-go/entente/relations/cow/nmc"
)

// command holds the flags and the mode they choose.
type command struct {
	data, on, obligation, panel, out, similarity string
	measure, coding, region, weights             string
	partners                                     string
	year                                         int
	flags                                        map[string]bool
	mode                                         string
	// states are the states -partners (one) or -similarity (two) name,
	// as the flags' check found them.
	states []cow.State
}

func (c *command) run(w, stderr io.Writer) error {
	// Check the flags before reading the data, so a typo fails fast.
	var err error
	switch c.mode {
	case "partners":
		err = c.checkPartners()
	case "panel":
		err = c.checkPanel()
	case "similarity":
		err = c.checkSimilarity()
	}
	if err != nil {
		return err
	}
	start := time.Now()
	var d *atop.Dataset
	if c.data == "" {
		d, err = atop51.Read()
	} else {
		d, err = atop.ReadDir(c.data)
	}
	if err != nil {
		from := "the embedded copy"
		if c.data != "" {
			from = c.data
		}
		return fmt.Errorf("reading ATOP from %s: %v", from, firstLine(err))
	}
	elapsed := time.Since(start)
	if d.DirectedFile == "" {
		fmt.Fprintf(stderr, "atop: %s has no %s or %s: the partners of members whose obligations vary by partner (OBVARY) stay cannot tell, and the panel counts them toward every partner\n",
			c.data, atop.DirectedMinFile, atop.DirectedFile)
	}
	switch c.mode {
	case "partners":
		return c.printPartners(w, d)
	case "panel":
		return c.writePanel(w, d)
	case "similarity":
		return c.printSimilarity(w, d)
	}
	return tour(w, d, elapsed)
}

// firstLine keeps a joined error to one line, with a count of the rest.
func firstLine(err error) string {
	lines := strings.Split(err.Error(), "\n")
	if len(lines) == 1 {
		return lines[0]
	}
	return fmt.Sprintf("%s (and %d more problems)", lines[0], len(lines)-1)
}

// atopObligations maps ATOP's column names, and entente's own, to
// obligations.
var atopObligations = map[string]pact.Obligation{
	"defense": pact.Defense, "offense": pact.Offense, "neutral": pact.Neutrality, "neutrality": pact.Neutrality,
	"nonagg": pact.NonAggression, "non-aggression": pact.NonAggression, "consul": pact.Consultation, "consultation": pact.Consultation,
}

// state names a COW state as reports print it: "Saudi Arabia (670)".
func state(s cow.State) string { return s.Name + " (" + strconv.Itoa(s.Code) + ")" }

func (c *command) checkPartners() error {
	s, err := cow.Lookup(c.partners)
	if err != nil {
		return usageError{"-partners: " + err.Error()}
	}
	c.states = []cow.State{s}
	if c.on == "" {
		return usageError{"-partners needs -on DATE"}
	}
	day, err := relations.ParseDate(c.on)
	if err != nil {
		return usageError{"-on: " + err.Error()}
	}
	if s.InSystem(day) == relations.No {
		return usageError{fmt.Sprintf("-partners: %s is not a state of the COW system on %s", state(s), day)}
	}
	if c.obligation != "" {
		if _, ok := atopObligations[c.obligation]; !ok {
			return usageError{fmt.Sprintf("-obligation: %s is not defense, offense, neutral, nonagg or consul", errs.Quote(c.obligation))}
		}
	}
	return nil
}

func (c *command) printPartners(w io.Writer, d *atop.Dataset) error {
	s := c.states[0]
	day := relations.MustDate(c.on)
	var obs []pact.Obligation
	what := "alliance partners"
	if c.obligation != "" {
		obs = append(obs, atopObligations[c.obligation])
		what = obs[0].String() + " partners"
	}
	ans, err := d.Model.AlliancePartners(s.ID, day, obs...)
	if err != nil {
		return fmt.Errorf("%s: %v", state(s), err)
	}
	if ans.Len() == 0 {
		fmt.Fprintf(w, "%s on %s: no %s\n", state(s), day, what)
		return nil
	}
	if len(ans.Certain) == 0 {
		fmt.Fprintf(w, "%s on %s: no %s for certain\n", state(s), day, what)
	} else {
		fmt.Fprintf(w, "%s on %s: %d %s\n", state(s), day, len(ans.Certain), what)
	}
	byCode := func(a, b relations.Actor) int { return cmp.Compare(a.COW, b.COW) }
	var certain []relations.Actor
	for _, id := range ans.Certain {
		certain = append(certain, actorOf(d, id))
	}
	slices.SortFunc(certain, byCode)
	for _, a := range certain {
		fmt.Fprintf(w, "  %-4d %-32s %s\n", a.COW, a.Name, agreementsBetween(d.Model, s.ID, a.ID, day))
	}
	if len(ans.Uncertain) > 0 {
		fmt.Fprintf(w, "cannot tell: %d more\n", len(ans.Uncertain))
		uncertain := slices.Clone(ans.Uncertain)
		slices.SortFunc(uncertain, func(x, y relations.Doubtful[relations.ActorID]) int {
			return byCode(actorOf(d, x.Item), actorOf(d, y.Item))
		})
		for _, u := range uncertain {
			a := actorOf(d, u.Item)
			fmt.Fprintf(w, "  %-4d %-32s %s\n", a.COW, a.Name, u.Doubt)
		}
	}
	return nil
}

// agreementsBetween names the agreements by which a and b owe each other
// something on day, certainly; for a pair certain though no one agreement
// is (ATOP codes the pair's obligation, not which alliance carries it),
// the agreements that may, as "atop-1350 or atop-1355".
func agreementsBetween(m *pact.Model, a, b relations.ActorID, day relations.Date) string {
	var certain, maybe []string
	for _, p := range [][2]relations.ActorID{{a, b}, {b, a}} {
		bonds, _ := m.Bonds(p[0], p[1], day)
		for _, bd := range bonds {
			switch {
			case bd.Obligation == pact.Expectation:
			case bd.InForce == relations.Yes && !slices.Contains(certain, bd.Agreement):
				certain = append(certain, bd.Agreement)
			case bd.InForce != relations.Yes && !slices.Contains(maybe, bd.Agreement):
				maybe = append(maybe, bd.Agreement)
			}
		}
	}
	slices.Sort(certain)
	slices.Sort(maybe)
	if len(certain) == 0 {
		return strings.Join(maybe, " or ")
	}
	return strings.Join(certain, ", ")
}

func actorOf(d *atop.Dataset, id relations.ActorID) relations.Actor {
	if s, ok := cow.ByID(id); ok {
		return s.Actor()
	}
	for _, a := range d.Model.Actors() {
		if a.ID == id {
			return a
		}
	}
	return relations.Actor{ID: id, Name: string(id)}
}

func (c *command) checkPanel() error {
	if c.panel != "directed" && c.panel != "undirected" {
		return usageError{fmt.Sprintf("-panel: %s is not directed or undirected", errs.Quote(c.panel))}
	}
	if c.out == "" {
		return usageError{"-panel needs -out FILE"}
	}
	return nil
}

func (c *command) writePanel(w io.Writer, d *atop.Dataset) error {
	dyads := pact.Undirected
	if c.panel == "directed" {
		dyads = pact.Directed
	}
	rows, err := atop.Panel(d.Model, dyads, atop.First, atop.Last)
	if err != nil {
		return err
	}
	// Through a temporary file: a failed write leaves c.out as it was.
	var n int
	if err := outfile.Write(c.out, func(f io.Writer) error { n, err = atop.WriteCSV(f, rows); return err }); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %d rows of the %s dyad-year panel to %s\n", n, c.panel, c.out)
	return nil
}

var regions = map[string]similarity.Region{"global": similarity.Global, "americas": similarity.Americas,
	"europe": similarity.Europe, "africa": similarity.Africa, "middle-east": similarity.MiddleEast,
	"asia-oceania": similarity.AsiaOceania}

func (c *command) checkSimilarity() error {
	parts := strings.Split(c.similarity, ",")
	if len(parts) != 2 {
		return usageError{fmt.Sprintf("-similarity: want two states, STATE,STATE, not %s", errs.Quote(c.similarity))}
	}
	if c.year < atop.First || c.year > atop.Last {
		return usageError{fmt.Sprintf("-similarity needs -year between %d and %d", atop.First, atop.Last)}
	}
	if _, ok := regions[c.region]; !ok {
		return usageError{fmt.Sprintf("-region: %s is not a region", errs.Quote(c.region))}
	}
	if len(similarity.SystemMembers(c.year, regions[c.region])) == 0 {
		return usageError{fmt.Sprintf("-similarity: no state of the COW system is in the %s reference set in %d (the system begins in 1816)", c.region, c.year)}
	}
	year, _ := relations.YearDate(c.year)
	c.states = nil
	for _, p := range parts {
		s, err := cow.Lookup(p)
		if err != nil {
			return usageError{"-similarity: " + err.Error()}
		}
		c.states = append(c.states, s)
		if s.InSystem(year) == relations.No && (c.year <= cow.End.Year() || s.InSystem(cow.End) == relations.No) {
			return usageError{fmt.Sprintf("-similarity: %s is not a state of the COW system in %d", state(s), c.year)}
		}
	}
	switch c.measure {
	case "s", "s-weighted", "kappa", "pi", "taub":
	default:
		return usageError{fmt.Sprintf("-measure: %s is not s, s-weighted, kappa, pi or taub", errs.Quote(c.measure))}
	}
	if c.weights != "" && c.measure != "s-weighted" {
		return usageError{"-weights is for -measure s-weighted"}
	}
	if c.coding != "atop" && c.coding != "cow" {
		return usageError{fmt.Sprintf("-coding: %s is not atop or cow", errs.Quote(c.coding))}
	}
	return nil
}

func (c *command) printSimilarity(w io.Writer, d *atop.Dataset) error {
	ids := [2]relations.ActorID{c.states[0].ID, c.states[1].ID}
	coding := similarity.ATOP
	if c.coding == "cow" {
		coding = similarity.COWStyle
	}
	ref := similarity.SystemMembers(c.year, regions[c.region])
	for _, id := range ids {
		if !slices.Contains(ref, id) {
			ref = append(ref, id)
		}
	}
	mx := similarity.Ties(d.Model, c.year, ref, coding)
	var v relations.Measure
	var err error
	switch c.measure {
	case "s":
		v, err = mx.S(ids[0], ids[1])
	case "s-weighted":
		var weight func(relations.ActorID) float64
		if c.weights != "" {
			weight, err = readWeights(c.weights)
		} else {
			weight, err = cincWeights(c.year)
		}
		if err == nil {
			v, err = mx.S(ids[0], ids[1], similarity.WithWeight(weight))
		}
	case "kappa":
		v, err = mx.Kappa(ids[0], ids[1], similarity.WithDistance(similarity.Squared))
	case "pi":
		v, err = mx.Pi(ids[0], ids[1], similarity.WithDistance(similarity.Squared))
	case "taub":
		v, err = mx.TauB(ids[0], ids[1])
	}
	if err != nil {
		return err
	}
	value, settled := v.Value()
	switch {
	case !settled:
		fmt.Fprintln(w, v) // bounds, or cannot tell, with why
	case math.IsNaN(value):
		fmt.Fprintln(w, "undefined (NaN): the measure has no value for these portfolios")
	default:
		fmt.Fprintf(w, "%.6f\n", value)
	}
	return nil
}

// cincWeights weights each state by its COW CINC score in year.
func cincWeights(year int) (func(relations.ActorID) float64, error) {
	scores := nmc.Year(year)
	if len(scores) == 0 {
		return nil, fmt.Errorf("COW's capability data have no CINC scores for %d", year)
	}
	return func(id relations.ActorID) float64 {
		if s, ok := cow.ByID(id); ok {
			if v := scores[s.Code]; !math.IsNaN(v) {
				return v
			}
		}
		return 0
	}, nil
}

// readWeights reads ccode,weight rows (a header row is skipped).
// maxWeightsSize bounds a weights file: a row per state of the COW
// system takes a few KB.
const maxWeightsSize = 1 << 20

func readWeights(file string) (func(relations.ActorID) float64, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxWeightsSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxWeightsSize {
		return nil, fmt.Errorf("%s: larger than the limit of %d bytes", file, maxWeightsSize)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = 2
	weights := map[relations.ActorID]float64{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		code, err1 := strconv.Atoi(strings.TrimSpace(rec[0]))
		wt, err2 := strconv.ParseFloat(strings.TrimSpace(rec[1]), 64)
		if err1 != nil || err2 != nil || wt < 0 || math.IsNaN(wt) || math.IsInf(wt, 0) {
			if line == 1 {
				continue // a header
			}
			return nil, fmt.Errorf("%s:%d: want ccode,weight with a weight of 0 or more, got %s", file, line, errs.Quote(strings.Join(rec, ",")))
		}
		if s, ok := cow.ByCode(code); ok {
			weights[s.ID] = wt
		}
	}
	return func(id relations.ActorID) float64 { return weights[id] }, nil
}

// tour prints a short tour of the data.
func tour(w io.Writer, d *atop.Dataset, elapsed time.Duration) error {
	end := relations.MustDate("2018-12-31")
	inForce, err := d.Model.InForce(end)
	if err != nil {
		return err
	}
	atopids := map[string]bool{}
	for _, id := range inForce.Certain {
		atopids[strings.SplitN(id, ".", 2)[0]] = true
	}
	defense := 0
	largest, size := 0, 0
	for _, a := range d.Alliances {
		if a.Obligations.Has(pact.Defense) && !a.End.IsValid() {
			defense++
		}
		if len(a.Members) > size {
			largest, size = a.ID, len(a.Members)
		}
	}
	fmt.Fprintf(w, "ATOP 5.1: %d alliances, %d phases, %d member rows (read in %v)\n",
		len(d.Alliances), len(d.Phases), len(d.Members), elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "coverage: alliances formed from %s, observed through 2018-12-31; later days are answered as last observed\n", atop.Coverage.From)
	fmt.Fprintf(w, "in effect on 2018-12-31: %d alliances (%d agreements, counting side-by-side phases apart), %d with a defense obligation",
		len(atopids), len(inForce.Certain), defense)
	if len(inForce.Uncertain) > 0 {
		fmt.Fprintf(w, "; cannot tell for %d", len(inForce.Uncertain))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "largest alliance: ATOPID %d, with %d members over its life\n", largest, size)
	var settled [3]int // owed, not owed, cannot tell
	for _, v := range d.Varying {
		switch v.Owed {
		case relations.Yes:
			settled[0]++
		case relations.No:
			settled[1]++
		default:
			settled[2]++
		}
	}
	from := "no directed dyad-year file, so all cannot tell"
	if d.DirectedFile != "" {
		from = "settled from " + d.DirectedFile
	}
	fmt.Fprintf(w, "obligations that vary by partner (OBVARY): %d member-partner cases, %d owed, %d not owed, %d cannot tell (%s)\n",
		len(d.Varying), settled[0], settled[1], settled[2], from)
	usa, _ := d.Model.AlliancePartners("USA", end, pact.Defense)
	fmt.Fprintf(w, "United States: %d defense partners on 2018-12-31", len(usa.Certain))
	if len(usa.Uncertain) > 0 {
		fmt.Fprintf(w, ", %d more it cannot tell", len(usa.Uncertain))
	}
	fmt.Fprintln(w)
	usa, _ = d.Model.AlliancePartners("USA", relations.MustDate("2020-06-01"), pact.Defense)
	fmt.Fprintf(w, "United States on 2020-06-01: %d certain, %d as last observed by ATOP on 2018-12-31\n", len(usa.Certain), len(usa.Uncertain))
	rows := 0
	panel, err := atop.Panel(d.Model, pact.Directed, atop.First, atop.Last)
	if err != nil {
		return err
	}
	for range panel {
		rows++
	}
	fmt.Fprintf(w, "directed dyad-year panel 1815–2018: %d rows\n", rows)
	fmt.Fprintln(w, "try: -partners 670 -on 2018-12-31 -obligation defense | -panel directed -out ddyr.csv | -similarity 2,200 -year 2000")
	return nil
}
