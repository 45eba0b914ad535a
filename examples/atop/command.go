package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/similarity"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// command holds the flags.
type command struct {
	data, on, obligation, panel, out, similarity string
	measure, coding, region, weights             string
	partners, year                               int
	flags                                        map[string]bool
}

func (c *command) run(w io.Writer) error {
	modes := 0
	for _, f := range []string{"partners", "panel", "similarity"} {
		if c.flags[f] {
			modes++
		}
	}
	if modes > 1 {
		return usageError{"give one of -partners, -panel and -similarity"}
	}
	// Check the flags before reading the data, so a typo fails fast.
	var err error
	switch {
	case c.flags["partners"]:
		err = c.checkPartners()
	case c.flags["panel"]:
		err = c.checkPanel()
	case c.flags["similarity"]:
		err = c.checkSimilarity()
	}
	if err != nil {
		return err
	}
	start := time.Now()
	d, err := atop.ReadDir(c.data)
	if err != nil {
		return fmt.Errorf("reading ATOP from %s: %v", c.data, firstLine(err))
	}
	elapsed := time.Since(start)
	switch {
	case c.flags["partners"]:
		return c.printPartners(w, d)
	case c.flags["panel"]:
		return c.writePanel(w, d)
	case c.flags["similarity"]:
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

func (c *command) checkPartners() error {
	if _, ok := cow.ByCode(c.partners); !ok {
		return usageError{fmt.Sprintf("-partners: %d is not a COW state code", c.partners)}
	}
	if c.on == "" {
		return usageError{"-partners needs -on YYYY-MM-DD"}
	}
	if _, err := relations.ParseDate(c.on); err != nil {
		return usageError{"-on: " + err.Error()}
	}
	if c.obligation != "" {
		if _, err := pact.ParseObligation(c.obligation); err != nil {
			return usageError{"-obligation: " + err.Error()}
		}
	}
	return nil
}

func (c *command) printPartners(w io.Writer, d *atop.Dataset) error {
	s, _ := cow.ByCode(c.partners)
	day := relations.MustDate(c.on)
	var obs []pact.Obligation
	if c.obligation != "" {
		o, _ := pact.ParseObligation(c.obligation)
		obs = append(obs, o)
	}
	ans, err := d.Model.AlliancePartners(s.ID, day, obs...)
	if err != nil {
		return fmt.Errorf("%s: %v", s.Name, err)
	}
	ids := ans.Certain
	codes := make([]int, 0, len(ids))
	for _, id := range ids {
		if a, ok := actorOf(d, id); ok {
			codes = append(codes, a.COW)
		}
	}
	slices.Sort(codes)
	for _, code := range codes {
		fmt.Fprintln(w, code)
	}
	return nil
}

func actorOf(d *atop.Dataset, id relations.ActorID) (relations.Actor, bool) {
	if s, ok := cow.ByID(id); ok {
		return s.Actor(), true
	}
	for _, a := range d.Model.Actors() {
		if a.ID == id {
			return a, true
		}
	}
	return relations.Actor{}, false
}

func (c *command) checkPanel() error {
	if c.panel != "directed" && c.panel != "undirected" {
		return usageError{fmt.Sprintf("-panel: %q is not directed or undirected", c.panel)}
	}
	if c.out == "" {
		return usageError{"-panel needs -out FILE"}
	}
	return nil
}

func (c *command) writePanel(w io.Writer, d *atop.Dataset) error {
	f, err := os.Create(c.out)
	if err != nil {
		return err
	}
	dyads := pact.Undirected
	if c.panel == "directed" {
		dyads = pact.Directed
	}
	rows, err := atop.Panel(d.Model, dyads, atop.First, atop.Last)
	if err != nil {
		f.Close()
		return err
	}
	n, err := atop.WriteCSV(f, rows)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
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
		return usageError{fmt.Sprintf("-similarity: want two COW codes, CCODE,CCODE, not %q", c.similarity)}
	}
	for _, p := range parts {
		code, err := strconv.Atoi(strings.TrimSpace(p))
		if _, ok := cow.ByCode(code); err != nil || !ok {
			return usageError{fmt.Sprintf("-similarity: %q is not a COW state code", p)}
		}
	}
	if c.year < atop.First || c.year > atop.Last {
		return usageError{fmt.Sprintf("-similarity needs -year between %d and %d", atop.First, atop.Last)}
	}
	switch c.measure {
	case "s", "kappa", "pi", "taub":
	case "s-weighted":
		if c.weights == "" {
			return usageError{"-measure s-weighted needs -weights FILE (ccode,weight rows): ATOP ships no capability data"}
		}
	default:
		return usageError{fmt.Sprintf("-measure: %q is not s, s-weighted, kappa, pi or taub", c.measure)}
	}
	if c.coding != "atop" && c.coding != "cow" {
		return usageError{fmt.Sprintf("-coding: %q is not atop or cow", c.coding)}
	}
	if _, ok := regions[c.region]; !ok {
		return usageError{fmt.Sprintf("-region: %q is not a region", c.region)}
	}
	return nil
}

func (c *command) printSimilarity(w io.Writer, d *atop.Dataset) error {
	parts := strings.Split(c.similarity, ",")
	var ids [2]relations.ActorID
	for i, p := range parts {
		code, _ := strconv.Atoi(strings.TrimSpace(p))
		s, _ := cow.ByCode(code)
		ids[i] = s.ID
	}
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
	o := similarity.Options{}
	var v float64
	var err error
	switch c.measure {
	case "s":
		v, err = mx.S(ids[0], ids[1], o)
	case "s-weighted":
		if o.Weight, err = readWeights(c.weights); err == nil {
			v, err = mx.S(ids[0], ids[1], o)
		}
	case "kappa":
		o.Distance = similarity.Squared
		v, err = mx.Kappa(ids[0], ids[1], o)
	case "pi":
		o.Distance = similarity.Squared
		v, err = mx.Pi(ids[0], ids[1], o)
	case "taub":
		v, err = mx.TauB(ids[0], ids[1], o)
	}
	if err != nil {
		return err
	}
	if math.IsNaN(v) {
		fmt.Fprintln(w, "NaN")
		return nil
	}
	fmt.Fprintf(w, "%.6f\n", v)
	return nil
}

// readWeights reads ccode,weight rows (a header row is skipped).
func readWeights(file string) (func(relations.ActorID) float64, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
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
			return nil, fmt.Errorf("%s:%d: want ccode,weight with a weight of 0 or more, got %q", file, line, strings.Join(rec, ","))
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
	fmt.Fprintf(w, "coverage: alliances formed %s to %s, observed through 2018-12-31\n", atop.Coverage.From, "2018")
	fmt.Fprintf(w, "in effect on 2018-12-31: %d agreements, %d alliances with a defense obligation\n", len(inForce.Certain), defense)
	fmt.Fprintf(w, "largest alliance: ATOPID %d, with %d members over its life\n", largest, size)
	usa, _ := d.Model.AlliancePartners("USA", end, pact.Defense)
	fmt.Fprintf(w, "United States: %d defense partners on 2018-12-31\n", len(usa.Certain))
	rows := 0
	panel, err := atop.Panel(d.Model, pact.Directed, atop.First, atop.Last)
	if err != nil {
		return err
	}
	for range panel {
		rows++
	}
	fmt.Fprintf(w, "directed dyad-year panel 1815–2018: %d rows\n", rows)
	fmt.Fprintln(w, "try: -partners 2 -on 2018-12-31 -obligation defense | -panel directed -out ddyr.csv | -similarity 2,200 -year 2000")
	return nil
}
