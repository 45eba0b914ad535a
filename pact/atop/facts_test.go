package atop

import (
	"slices"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// TestFactsFromATOP checks facts the ATOP files state, through the model.
func TestFactsFromATOP(t *testing.T) {
	d := readATOP(t)
	end := relations.MustDate("2018-12-31")

	// NATO (ATOPID 3180) has 29 members on 2018-12-31.
	nato, ok := d.Model.Agreement("atop-3180")
	if !ok {
		t.Fatal("NATO is missing")
	}
	var members []relations.ActorID
	for _, p := range nato.Parties {
		in := relations.Interval{From: p.Joined, Until: p.Withdrew}
		if in.Contains(end) == relations.Yes {
			members = append(members, p.Actor)
		}
	}
	if len(members) != 29 {
		t.Errorf("NATO has %d members on %s, want 29: %v", len(members), end, members)
	}
	// Every member is the others' defense partner, by the model's index.
	partners, _ := d.Model.AlliancePartners("USA", end, pact.Defense)
	for _, m := range members {
		if m != "USA" && !slices.Contains(partners.Certain, m) {
			t.Errorf("%s is not a U.S. defense partner on %s", m, end)
		}
	}

	// Montenegro joined NATO on 2016-05-19.
	mne, _ := nato.Party("MNE")
	if mne.Joined.String() != "2016-05-19" {
		t.Errorf("Montenegro joined NATO on %q, want 2016-05-19", mne.Joined)
	}

	// 48 alliances with a defense obligation are in effect on 2018-12-31,
	// by the alliance file and by the model's own index.
	fromFile := 0
	for _, a := range d.Alliances {
		if a.Obligations.Has(pact.Defense) && a.End.IsValid() == false && a.Begin.OnOrBefore(end) == relations.Yes {
			fromFile++
		}
	}
	inForce, err := d.Model.InForce(end)
	if err != nil {
		t.Fatal(err)
	}
	fromModel := 0
	if !inForce.Settled() {
		t.Errorf("agreements in force on %s that ATOP cannot settle: %v", end, inForce.Uncertain)
	}
	for _, id := range inForce.Certain {
		ag, _ := d.Model.Agreement(id)
		clauses := ag.Clauses
		if n := len(ag.Amendments); n > 0 {
			clauses = ag.Amendments[n-1].Clauses
		}
		if slices.ContainsFunc(clauses, func(c pact.Clause) bool { return c.Obligation == pact.Defense }) {
			fromModel++
		}
	}
	if fromFile != 48 || fromModel != 48 {
		t.Errorf("defense alliances in effect on %s: %d by the file, %d by the model; want 48", end, fromFile, fromModel)
	}
}

// TestUndirectedPanel checks the undirected panel two ways: it is exactly
// entente's directed panel folded (a pair's row holds what either owes the
// other), and it has exactly the rows of ATOP's directed file folded the same
// way. Its obligations then differ from ATOP's only where the directed ones
// do, in alliances whose obligations vary by partner.
func TestUndirectedPanel(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	fold := func(rows map[[3]int]pact.ObligationSet) map[[3]int]pact.ObligationSet {
		out := map[[3]int]pact.ObligationSet{}
		for k, set := range rows {
			out[[3]int{min(k[0], k[1]), max(k[0], k[1]), k[2]}] |= set
		}
		return out
	}
	atop := fold(readDDYR(t))
	d := readATOP(t)
	directed := map[[3]int]pact.ObligationSet{}
	for r := range mustPanel(d.Model, pact.Directed, First, Last) {
		directed[[3]int{r.CCode1, r.CCode2, r.Year}] = r.Obligations
	}
	want := fold(directed)
	got := map[[3]int]pact.ObligationSet{}
	for r := range mustPanel(d.Model, pact.Undirected, First, Last) {
		if r.CCode1 >= r.CCode2 {
			t.Fatalf("undirected row %v is not ordered", r)
		}
		got[[3]int{r.CCode1, r.CCode2, r.Year}] = r.Obligations
	}
	if len(got) != len(want) || len(got) != len(atop) {
		t.Errorf("undirected rows: %d, folded directed %d, ATOP folded %d", len(got), len(want), len(atop))
	}
	same := 0
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%v: undirected %v, folded directed %v", k, got[k], w)
		}
		if _, ok := atop[k]; !ok {
			t.Errorf("%v is not a row of ATOP's folded panel", k)
		}
		if atop[k] == w {
			same++
		}
	}
	t.Logf("undirected panel: %d rows, agreement with ATOP's folded directed file %.4f%%", len(got), 100*float64(same)/float64(len(atop)))
}
