package network_test

import (
	"bytes"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

var d = relations.MustDate

// atopOnce reads the embedded ATOP 5.1 once for the tests.
var atopOnce = sync.OnceValues(atop51.Read)

func atopModel(t testing.TB) *pact.Model {
	t.Helper()
	data, err := atopOnce()
	if err != nil {
		t.Fatal(err)
	}
	return data.Model
}

func atopNetworks(t testing.TB, opts ...network.Option) *network.Networks {
	t.Helper()
	n, err := network.New(atopModel(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// coldWar is a small model: NATO (Greece and Turkey join in 1952), the
// one-way U.S. pledge to defend Japan with mutual consultation, and a
// Franco-British consultation pact dated to the month only; with two
// rivalries, Greece–Turkey (still running when the data end) and the
// Soviet Union–United States (1945–1989).
func coldWar(t testing.TB) *network.Networks {
	t.Helper()
	n, err := network.New(coldWarModel(t), network.WithRivalries(coldWarRivals()))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func coldWarRivals() []rivalry.Rivalry {
	return []rivalry.Rivalry{
		{Number: 1, Name: "Greece-Turkey", CCode1: 350, CCode2: 640, A: "GRC", B: "TUR", Start: d("1955")},
		{Number: 2, Name: "Russia-United States", CCode1: 2, CCode2: 365, A: "USA", B: "RUS", Start: d("1945"), End: d("1989")},
	}
}

func coldWarModel(t testing.TB) *pact.Model {
	t.Helper()
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "GRC", Kind: relations.StateActor, Name: "Greece"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "JPN", Kind: relations.StateActor, Name: "Japan"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Soviet Union"},
	}
	founder := func(id relations.ActorID) pact.Party {
		return pact.Party{Actor: id, Roles: pact.Member, Joined: d("1949-08-24")}
	}
	agreements := []pact.Agreement{
		{
			ID: "nato", Name: "North Atlantic Treaty",
			Parties: []pact.Party{founder("USA"), founder("GBR"), founder("FRA"),
				{Actor: "GRC", Roles: pact.Member, Joined: d("1952-02-18")},
				{Actor: "TUR", Roles: pact.Member, Joined: d("1952-02-18")}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1949-08-24")}},
			Clauses:   []pact.Clause{{ID: "art5", Obligation: pact.Defense}},
		},
		{
			ID: "us-japan", Name: "Treaty of Mutual Cooperation and Security",
			Parties:   []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "JPN", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1960-06-23")}},
			Clauses: []pact.Clause{
				{ID: "art5", Obligation: pact.Defense, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"JPN"}},
				{ID: "art4", Obligation: pact.Consultation}},
		},
		{
			ID: "entente", Name: "Franco-British consultation (illustrative)",
			Parties:   []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1962-10")}},
			Clauses:   []pact.Clause{{ID: "consult", Obligation: pact.Consultation}},
		},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestBadInput(t *testing.T) {
	n := coldWar(t)
	year, err := n.Year(1962)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		run  func() error
		want string
		is   error
	}{
		{"year before the system", func() error { _, err := n.Year(1815); return err }, "before the COW state system", pact.ErrOutsideCoverage},
		{"year far ahead", func() error { _, err := n.Year(10000); return err }, "up to 9999", nil},
		{"partial day", func() error { _, err := n.Day(d("1962-10")); return err }, "not a full date", nil},
		{"zero day", func() error { _, err := n.Day(relations.Date{}); return err }, "not a full date", nil},
		{"day before the system", func() error { _, err := n.Day(d("1800-01-01")); return err }, "before the COW state system", pact.ErrOutsideCoverage},
		{"series backwards", func() error { _, err := n.Series(1990, 1980); return err }, "run backwards", nil},
		{"series before the system", func() error { _, err := n.Series(1800, 1820); return err }, "before the COW state system", pact.ErrOutsideCoverage},
		{"nil model", func() error { _, err := network.New(nil); return err }, "model: is nil", nil},
		{"rivalry with itself", func() error {
			_, err := network.New(coldWarModel(t), network.WithRivalries([]rivalry.Rivalry{{Number: 7, A: "GRC", B: "GRC", Start: d("1955")}}))
			return err
		}, `rivalries[0]: rivalry 7 "": needs two different actors`, nil},
		{"rivalry ending before it starts", func() error {
			_, err := network.New(coldWarModel(t), network.WithRivalries([]rivalry.Rivalry{{Number: 8, A: "GRC", B: "TUR", Start: d("1955"), End: d("1950")}}))
			return err
		}, "an end before its start", nil},
		{"rivalry past the data", func() error {
			_, err := network.New(coldWarModel(t), network.WithRivalries([]rivalry.Rivalry{{Number: 9, A: "GRC", B: "TUR", Start: d("2015")}}))
			return err
		}, "outside the data's years, 1494–2010", nil},
		{"option New does not take", func() error { _, err := network.New(coldWarModel(t), network.WithSeed(2)); return err },
			"WithSeed is not an option of New (it takes WithRivalries)", nil},
		{"option Summary does not take", func() error { _, err := year.Summary(network.WithRivalries(nil)); return err },
			"WithRivalries is not an option of Snapshot.Summary", nil},
		{"option Series does not take", func() error { _, err := n.Series(1962, 1963, network.WithRivalries(nil)); return err },
			"WithRivalries is not an option of Networks.Series", nil},
		{"expectation filter", func() error { _, err := year.Summary(network.WithObligations(pact.Expectation)); return err },
			"expectation is not an alliance obligation", nil},
		{"empty filter", func() error { _, err := year.Summary(network.WithObligations()); return err }, "needs at least one obligation", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v does not wrap %v", err, tc.is)
			}
		})
	}
}

// TestModelErrorsReported checks that an error of the model reaches the
// caller: a day before a model's coverage begins.
func TestModelErrorsReported(t *testing.T) {
	m := coldWarModel(t)
	covered, err := pact.New(m.Actors(), m.Agreements(), pact.WithCoverage(relations.Coverage{Source: "a source from 1950",
		Observed: relations.Interval{From: d("1950-01-01")}}))
	if err != nil {
		t.Fatal(err)
	}
	n, err := network.New(covered)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.Day(d("1949-12-31")); !errors.Is(err, pact.ErrOutsideCoverage) {
		t.Errorf("Day before the coverage: %v, want ErrOutsideCoverage", err)
	}
	if _, err := n.Year(1949); !errors.Is(err, pact.ErrOutsideCoverage) {
		t.Errorf("Year before the coverage: %v, want ErrOutsideCoverage", err)
	}
	if _, err := n.Series(1940, 1960); !errors.Is(err, pact.ErrOutsideCoverage) {
		t.Errorf("Series from before the coverage: %v, want ErrOutsideCoverage", err)
	}
}

func TestEdgeListErrors(t *testing.T) {
	const head = "source,target,weight,obligations\n"
	for _, tc := range []struct{ name, in, want string }{
		{"header", "a,b\n", "edge list:1: header"},
		{"fields", head + "2,200\n", "edge list:2: 2 fields"},
		{"source", head + "x,200,3,defense\n", `edge list:2:1: source: "x" is not a COW code`},
		{"target", head + "2,y,3,defense\n", `edge list:2:2: target: "y"`},
		{"weight", head + "2,200,w,defense\n", `weight: "w"`},
		{"negative weight", head + "2,200,-1,defense\n", `weight: "-1"`},
		{"NaN weight", head + "2,200,NaN,defense\n", `weight: "NaN"`},
		{"obligations", head + "2,200,3,friendship\n", `edge list:2:4: obligations: "friendship"`},
		{"expectation", head + "2,200,3,expectation\n", `obligations: "expectation"`},
		{"an obligation twice", head + "2,200,3,defense+defense\n", `obligations: "defense+defense"`},
		{"twice", head + "2,200,3,defense\n200,2,3,defense\n", "edge list:3: edge listed twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := network.ReadEdgeList(strings.NewReader(tc.in))
			var fe *relations.ParseError
			if !errors.As(err, &fe) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want a *relations.ParseError containing %q", err, tc.want)
			}
		})
	}
}

// TestEdgeListRoundTrip writes and reads back a graph.
func TestEdgeListRoundTrip(t *testing.T) {
	s, err := atopNetworks(t).Year(1962)
	if err != nil {
		t.Fatal(err)
	}
	g := s.Undirected()
	var a, b bytes.Buffer
	if err := network.WriteEdgeList(&a, g); err != nil {
		t.Fatal(err)
	}
	h, err := network.ReadEdgeList(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := network.WriteEdgeList(&b, h); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.String(), b.String()); diff != "" {
		t.Errorf("round trip (-written +rewritten):\n%s", diff)
	}
	if g.Len() != h.Len() || g.Edges() != h.Edges() {
		t.Errorf("read back %d nodes, %d edges; wrote %d, %d", h.Len(), h.Edges(), g.Len(), g.Edges())
	}
}

// TestDeterministic computes the same series several times, in fresh
// Networks, and requires the same bytes.
func TestDeterministic(t *testing.T) {
	var first string
	for i := range 3 {
		series, err := coldWar(t).Series(1950, 2015)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if _, err := network.WriteCSV(&b, series); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
}

// TestConcurrent asks one Networks from several goroutines (run with
// -race).
func TestConcurrent(t *testing.T) {
	n := coldWar(t)
	csvOf := func() string {
		s, err := n.Series(1950, 1970)
		if err != nil {
			t.Error(err)
			return ""
		}
		var b strings.Builder
		if _, err := network.WriteCSV(&b, s); err != nil {
			t.Error(err)
		}
		return b.String()
	}
	want := csvOf()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := csvOf(); got != want {
				t.Error("a concurrent series differs")
			}
			if _, err := n.Day(d("1962-10-22")); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

// TestUncertainKeptApart checks that a tie the dates leave open is no
// edge, that the answers list it with its doubt, and that a measure it
// moves gives exact bounds or cannot tell.
func TestUncertainKeptApart(t *testing.T) {
	s, err := coldWar(t).Day(d("1962-10-22"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Undirected(pact.Consultation).HasEdgeBetween(200, 220) {
		t.Error("the uncertain GBR–FRA consultation is an edge")
	}
	allied := s.Allied(pact.Consultation)
	want := relations.Answer[network.Pair]{Certain: []network.Pair{{A: "JPN", B: "USA"}}}
	if len(allied.Uncertain) != 1 || allied.Uncertain[0].Item != (network.Pair{A: "FRA", B: "GBR"}) || allied.Uncertain[0].Doubt.Reason != relations.PartialDate {
		t.Errorf("Allied(consultation) = %v, want FRA–GBR uncertain for the month-precision entry", allied)
	}
	if diff := cmp.Diff(want.Certain, allied.Certain); diff != "" {
		t.Errorf("certain consultation pairs (-want +got):\n%s", diff)
	}
	sum, err := s.Summary(network.WithObligations(pact.Consultation))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Edges.Lo != 1 || sum.Edges.Hi != 2 || sum.Edges.Doubt.Reason != relations.PartialDate || sum.UncertainTies != 2 {
		t.Errorf("Edges = %v with %d uncertain ties, want between 1 and 2 (partial date) with 2", sum.Edges, sum.UncertainTies)
	}
	if !sum.Transitivity.CannotTell() || !sum.Modularity.CannotTell() || sum.TopDegree != "" {
		t.Errorf("Transitivity %v, Modularity %v, TopDegree %q: want cannot tell", sum.Transitivity, sum.Modularity, sum.TopDegree)
	}
	// After 2016 the COW system is carried forward.
	n := coldWar(t)
	a, err := n.Year(2016)
	if err != nil {
		t.Fatal(err)
	}
	b, err := n.Year(2030)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Nodes()) != len(b.Nodes()) {
		t.Errorf("2016 has %d states, 2030 %d", len(a.Nodes()), len(b.Nodes()))
	}
}

// TestPastCoverage checks the years and days past ATOP's coverage: no tie
// certain, the ties in force on its last day uncertain as last observed,
// and every alliance measure cannot tell — never an empty network.
func TestPastCoverage(t *testing.T) {
	n := atopNetworks(t, network.WithRivalries(rivalry.All()))
	last, err := n.Day(d("2018-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	times := []string{"2019", "2020", "2019-06-01", "2025-09-17"}
	if testing.Short() {
		times = times[:1]
	}
	for _, when := range times {
		t.Run(when, func(t *testing.T) {
			var s *network.Snapshot
			var err error
			if day := d(when); day.Precision() == relations.DayPrecision {
				s, err = n.Day(day)
			} else {
				s, err = n.Year(day.Year())
			}
			if err != nil {
				t.Fatal(err)
			}
			ties := s.Ties()
			if len(ties.Certain) != 0 {
				t.Errorf("%d certain ties, want none", len(ties.Certain))
			}
			var got []network.Tie
			for _, u := range ties.Uncertain {
				if u.Doubt.Reason != relations.PastCoverage || !strings.Contains(u.Doubt.Detail, "as last observed by ATOP 5.1 on 2018-12-31") {
					t.Fatalf("uncertain %v: doubt %v, want as last observed by ATOP", u.Item, u.Doubt)
				}
				got = append(got, u.Item)
			}
			if diff := cmp.Diff(last.Ties().Certain, got); diff != "" {
				t.Errorf("the uncertain ties are not those of 2018-12-31 (-2018-12-31 +%s):\n%s", when, diff)
			}
			sum, err := s.Summary(network.WithObligations(pact.Defense))
			if err != nil {
				t.Fatal(err)
			}
			for name, m := range map[string]relations.Measure{"edges": sum.Edges, "arcs": sum.Arcs, "density": sum.Density,
				"isolates": sum.Isolates, "components": sum.Components, "transitivity": sum.Transitivity,
				"blocs": sum.Blocs, "rivalries": sum.Rivalries, "balance": sum.Balance, "polarization": sum.Polarization} {
				if !m.CannotTell() || m.Doubt.Reason != relations.PastCoverage {
					t.Errorf("%s = %v, want cannot tell past coverage", name, m)
				}
			}
			if sum.TopDegree != "" || sum.Doubt.Reason != relations.PastCoverage {
				t.Errorf("top degree %q, doubt %v; want none past coverage", sum.TopDegree, sum.Doubt)
			}
		})
	}
	series, err := n.Series(2018, 2019, network.WithObligations(pact.Defense))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := network.WriteCSV(&b, series); err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(rows) != 3 || !strings.HasPrefix(rows[1], "2018,195,1707,") || !strings.HasPrefix(rows[2], "2019,195,NA,NA,NA,") {
		t.Errorf("series 2018–2019:\n%s\nwant 2018 with its 1707 edges, 2019 with none told", b.String())
	}
}

// TestDayIsThePartnerQueries checks that a day's ties are the model's own
// answers: for every state and obligation, the certain and uncertain
// partners of Allied are pact's AlliancePartners, and the certain defense
// ties from a state are pact's Defends — on days where the partners of
// OBVARY members are settled by ATOP's directed file (1914-07-28: the
// Triple Alliance, with Romania), left open (1834-06-01: the Quadruple
// Alliance) and past coverage.
func TestDayIsThePartnerQueries(t *testing.T) {
	m := atopModel(t)
	n := atopNetworks(t)
	days := []string{"1834-06-01", "1914-07-28", "1939-09-01", "1962-10-22", "2019-06-01"}
	if testing.Short() {
		days = days[:2]
	}
	for _, day := range days {
		t.Run(day, func(t *testing.T) {
			s, err := n.Day(d(day))
			if err != nil {
				t.Fatal(err)
			}
			ties := s.Ties()
			for o := pact.Defense; o <= pact.Consultation; o++ {
				allied := s.Allied(o)
				for _, a := range m.Actors() {
					want, err := m.AlliancePartners(a.ID, d(day), o)
					if err != nil {
						t.Fatal(err)
					}
					got := relations.Answer[relations.ActorID]{}
					for _, p := range allied.Certain {
						if other, ok := partnerOf(p, a.ID); ok {
							got.Certain = append(got.Certain, other)
						}
					}
					for _, u := range allied.Uncertain {
						if other, ok := partnerOf(u.Item, a.ID); ok {
							got.Uncertain = append(got.Uncertain, relations.Doubtful[relations.ActorID]{Item: other})
						}
					}
					for i := range want.Uncertain {
						want.Uncertain[i].Doubt = relations.Doubt{}
					}
					slices.Sort(got.Certain)
					slices.SortFunc(got.Uncertain, func(x, y relations.Doubtful[relations.ActorID]) int {
						return strings.Compare(string(x.Item), string(y.Item))
					})
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("%s's %s partners (-AlliancePartners +Allied):\n%s", a.ID, o, diff)
					}
				}
			}
			for _, a := range m.Actors() {
				want, err := m.Defends(a.ID, d(day))
				if err != nil {
					t.Fatal(err)
				}
				var got []relations.ActorID
				for _, t := range ties.Certain {
					if t.A == a.ID && t.Obligations.Has(pact.Defense) {
						got = append(got, t.B)
					}
				}
				if diff := cmp.Diff(want.Certain, got); diff != "" {
					t.Fatalf("whom %s certainly defends (-Defends +Ties):\n%s", a.ID, diff)
				}
			}
		})
	}
}

func partnerOf(p network.Pair, x relations.ActorID) (relations.ActorID, bool) {
	switch x {
	case p.A:
		return p.B, true
	case p.B:
		return p.A, true
	}
	return "", false
}

// TestYearIsThePanel checks that a year's ties are the model's directed
// dyad-year panel, which equals ATOP's directed dyad-year file (see
// pact/atop's fidelity test): every row with an obligation a certain tie,
// nothing else.
func TestYearIsThePanel(t *testing.T) {
	m := atopModel(t)
	n := atopNetworks(t)
	for _, y := range []int{1834, 1887, 1914, 1939, 1962, 2018} {
		s, err := n.Year(y)
		if err != nil {
			t.Fatal(err)
		}
		panel, err := m.DyadYears(pact.Directed, y, y)
		if err != nil {
			t.Fatal(err)
		}
		var want []network.Tie
		for _, rows := range panel {
			for _, r := range rows {
				if r.Obligations != 0 {
					want = append(want, network.Tie{A: r.A, B: r.B, Obligations: r.Obligations})
				}
			}
		}
		ties := s.Ties()
		if diff := cmp.Diff(want, ties.Certain); diff != "" {
			t.Errorf("%d: ties (-panel +Year):\n%s", y, diff)
		}
		if len(ties.Uncertain) != 0 {
			t.Errorf("%d: %d uncertain ties, want none: ATOP's directed file settles every pair-year", y, len(ties.Uncertain))
		}
	}
}

// withoutDirectedFile returns the embedded ATOP 5.1 without the rows of its
// directed dyad-year file: the partners of members coded OBVARY are then
// not settled.
func withoutDirectedFile(t *testing.T) *atop.Dataset {
	t.Helper()
	files := fstest.MapFS{}
	for _, name := range []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile} {
		b, err := fs.ReadFile(atop51.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = &fstest.MapFile{Data: b}
	}
	data, err := atop.Read(files)
	if err != nil {
		t.Fatal(err)
	}
	if data.DirectedFile != "" {
		t.Fatalf("read a directed file, %s", data.DirectedFile)
	}
	return data
}

// TestVaryingUnsettled checks the ties of members coded OBVARY where no
// directed file settles their partners: uncertain, with the doubt of the
// clause that varies, and never certain where ATOP's directed file (in
// the embedded copy) says otherwise — for every year, the directed file's
// ties lie between the certain ties and the certain and uncertain ones,
// and so do the measures with bounds.
func TestVaryingUnsettled(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	open, err := network.New(withoutDirectedFile(t).Model)
	if err != nil {
		t.Fatal(err)
	}
	truth := atopNetworks(t)
	type dir struct{ a, b relations.ActorID }
	uncertainYears := 0
	for y := network.FirstYear; y <= atop.Last; y++ {
		s, err := open.Year(y)
		if err != nil {
			t.Fatal(err)
		}
		want, err := truth.Year(y)
		if err != nil {
			t.Fatal(err)
		}
		lo, hi := map[dir]pact.ObligationSet{}, map[dir]pact.ObligationSet{}
		ties := s.Ties()
		for _, t := range ties.Certain {
			lo[dir{t.A, t.B}] |= t.Obligations
			hi[dir{t.A, t.B}] |= t.Obligations
		}
		for _, u := range ties.Uncertain {
			if u.Doubt.Reason != relations.VariesByPartner || !strings.Contains(u.Doubt.Detail, "varies by partner") {
				t.Fatalf("%d: %v: doubt %v, want one of a clause that varies by partner", y, u.Item, u.Doubt)
			}
			hi[dir{u.Item.A, u.Item.B}] |= u.Item.Obligations
		}
		if len(ties.Uncertain) > 0 {
			uncertainYears++
		}
		exact := map[dir]pact.ObligationSet{}
		for _, t := range want.Ties().Certain {
			exact[dir{t.A, t.B}] |= t.Obligations
		}
		for k, o := range lo {
			if exact[k]&o != o {
				t.Errorf("%d: %s owes %s certainly, ATOP's directed file %s", y, k.a, o, exact[k])
			}
		}
		for k, o := range exact {
			if hi[k]&o != o {
				t.Errorf("%d: ATOP's directed file has %s owe %s; the network at most %s", y, k.a, o, hi[k])
			}
		}
		got, err := s.Summary(network.WithObligations(pact.Defense))
		if err != nil {
			t.Fatal(err)
		}
		exactSum, err := want.Summary(network.WithObligations(pact.Defense))
		if err != nil {
			t.Fatal(err)
		}
		for name, c := range map[string][2]relations.Measure{"edges": {got.Edges, exactSum.Edges},
			"isolates": {got.Isolates, exactSum.Isolates}, "components": {got.Components, exactSum.Components},
			"largest": {got.Largest, exactSum.Largest}, "density": {got.Density, exactSum.Density}} {
			v, ok := c[1].Value()
			if !ok || v < c[0].Lo || v > c[0].Hi {
				t.Errorf("%d: %s %v, the directed file's %v", y, name, c[0], c[1])
			}
		}
	}
	if uncertainYears < 50 {
		t.Errorf("uncertain ties in %d years, want those of every OBVARY alliance", uncertainYears)
	}
}

// TestOutsideSystem checks a tie to an actor that is no state of the COW
// system: listed as the model gives it, in no graph, counted apart.
func TestOutsideSystem(t *testing.T) {
	m, err := pact.New([]relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "cow-999", Kind: relations.StateActor, Name: "a state COW does not list"},
	}, []pact.Agreement{{
		ID: "pact", Name: "a pact", Parties: []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "GBR", Roles: pact.Member},
			{Actor: "cow-999", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1950-01-01")}},
		Clauses:   []pact.Clause{{ID: "art1", Obligation: pact.Defense}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := network.New(m)
	if err != nil {
		t.Fatal(err)
	}
	s, err := n.Year(1960)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(s.Ties().Certain); got != 6 {
		t.Errorf("%d certain ties, want the 6 of three members", got)
	}
	sum, err := s.Summary()
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := sum.Edges.Value(); v != 1 || sum.Outside != 4 || sum.UncertainTies != 0 {
		t.Errorf("edges %v, outside %d, uncertain %d; want 1, 4, 0", sum.Edges, sum.Outside, sum.UncertainTies)
	}
	if a := s.Allied(); len(a.Certain) != 3 {
		t.Errorf("Allied = %v, want the three pairs", a)
	}
}

// TestLayeredWorld checks a world of a dataset and a layer: a clause that
// varies by partner is uncertain and the rest certain, the layer's
// observation keeps an agreement certain past the dataset's coverage, and
// the rest of the dataset is as last observed.
func TestLayeredWorld(t *testing.T) {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
	}
	member := func(id relations.ActorID) pact.Party { return pact.Party{Actor: id, Roles: pact.Member} }
	base, err := pact.New(actors, []pact.Agreement{{
		ID: "ab", Name: "ab", Parties: []pact.Party{member("USA"), member("GBR")},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1950-01-01")}},
		Clauses:   []pact.Clause{{ID: "def", Obligation: pact.Defense}},
	}, {
		ID: "abc", Name: "abc", Parties: []pact.Party{member("USA"), member("GBR"), member("FRA")},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1960-01-01")}},
		Clauses: []pact.Clause{
			{ID: "consult", Obligation: pact.Consultation, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"GBR", "FRA"},
				VariesByPartner: true, Unsettled: "the treaty names no partner"},
			{ID: "def", Obligation: pact.Defense, By: []relations.ActorID{"GBR", "FRA"}, To: []relations.ActorID{"GBR", "FRA"}}},
	}}, pact.WithCoverage(relations.Coverage{Source: "a dataset", Observed: relations.Interval{From: d("1945-01-01"), Until: d("2019-01-01")}}))
	if err != nil {
		t.Fatal(err)
	}
	world, err := base.With(pact.Layer{Observations: []pact.Observation{{Agreement: "ab", On: d("2020-06-13"), Source: "a communiqué"}}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := network.New(world)
	if err != nil {
		t.Fatal(err)
	}
	consult := pact.ObligationSet(0).With(pact.Consultation)
	defense := pact.ObligationSet(0).With(pact.Defense)
	s, err := n.Year(2017)
	if err != nil {
		t.Fatal(err)
	}
	want := relations.Answer[network.Tie]{
		Certain: []network.Tie{{A: "FRA", B: "GBR", Obligations: defense}, {A: "GBR", B: "FRA", Obligations: defense},
			{A: "GBR", B: "USA", Obligations: defense}, {A: "USA", B: "GBR", Obligations: defense}},
		Uncertain: []relations.Doubtful[network.Tie]{
			{Item: network.Tie{A: "USA", B: "FRA", Obligations: consult}, Doubt: relations.Doubt{Reason: relations.VariesByPartner,
				Detail: `agreement "abc": USA's consultation obligation varies by partner; the treaty names no partner`}},
			{Item: network.Tie{A: "USA", B: "GBR", Obligations: consult}, Doubt: relations.Doubt{Reason: relations.VariesByPartner,
				Detail: `agreement "abc": USA's consultation obligation varies by partner; the treaty names no partner`}},
		},
	}
	if diff := cmp.Diff(want, s.Ties()); diff != "" {
		t.Errorf("2017 (-want +got):\n%s", diff)
	}
	s, err = n.Year(2020)
	if err != nil {
		t.Fatal(err)
	}
	ties := s.Ties()
	if diff := cmp.Diff([]network.Tie{{A: "GBR", B: "USA", Obligations: defense}, {A: "USA", B: "GBR", Obligations: defense}}, ties.Certain); diff != "" {
		t.Errorf("2020: certain ties (-want +got), the observed agreement's:\n%s", diff)
	}
	for _, u := range ties.Uncertain {
		if u.Doubt.Reason != relations.PastCoverage {
			t.Errorf("2020: %v: %v, want as last observed", u.Item, u.Doubt)
		}
	}
	if len(ties.Uncertain) != 4 {
		t.Errorf("2020: uncertain %v, want abc's four ties as last observed", ties.Uncertain)
	}
}
