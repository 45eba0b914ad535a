package war_test

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/relations/cow"
	"github.com/entente-go/entente/relations/cow/war"
)

// TestFidelity reads COW's published war file (the embedded copy, which
// TestEmbeddedMatchesShared holds to ../shared/data) with encoding/csv and
// checks each row against what All returns: the war holds the directed
// dyad-year (actor, enemy, year, side, onset, resumed), and the actor is a
// participant on that side with the row's initiation, battle deaths and,
// outside a resumed spell, outcome, having entered by the row's year. It
// prints the agreement.
func TestFidelity(t *testing.T) {
	data, err := sharedcopy.GunzipFile("war_dyad_years.csv.gz")()
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	byNumber := map[int]war.War{}
	for _, w := range war.All() {
		byNumber[w.Number] = w
	}
	num := func(r []string, name string) int { n, _ := strconv.Atoi(r[col[name]]); return n }
	id := func(code int) string { s, _ := cow.ByCode(code); return string(s.ID) }
	checked, agree := 0, 0
	check := func(line int, what string, ok bool) {
		checked++
		if ok {
			agree++
		} else {
			t.Errorf("line %d: %s differs from the file", line, what)
		}
	}
	for i, r := range recs[1:] {
		line := i + 2
		w, ok := byNumber[num(r, "warnum")]
		check(line, "the war", ok)
		side := war.SideA
		if num(r, "sidea1") != 1 {
			side = war.SideB
		}
		found := false
		for _, d := range w.DyadYears {
			if string(d.Actor) == id(num(r, "ccode1")) && string(d.Enemy) == id(num(r, "ccode2")) && d.Year == num(r, "year") &&
				d.Side == side && d.Onset == (num(r, "cowinteronset") == 1) && d.Resumed == (num(r, "resume") == 1) {
				found = true
			}
		}
		check(line, "the dyad-year", found)
		var p *war.Participant
		for k := range w.Participants {
			if w.Participants[k].CCode == num(r, "ccode1") && w.Participants[k].Side == side {
				p = &w.Participants[k]
			}
		}
		check(line, "the participant", p != nil)
		if p == nil {
			continue
		}
		check(line, "initiator", p.Initiator == (num(r, "initiator1") == 1))
		check(line, "battle deaths", p.BattleDeaths == num(r, "batdeath1"))
		check(line, "entry", p.Entered.Year() <= num(r, "year"))
		if r[col["outcome1"]] != "" {
			check(line, "outcome", int(p.Outcome) == num(r, "outcome1"))
		}
	}
	t.Logf("COW inter-state wars v4: %d dyad-years of %d wars, %d facts; %d agree with the published file (%.3f%%)",
		len(recs)-1, len(byNumber), checked, agree, 100*float64(agree)/float64(checked))
}
