package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/war"
)

// firstWorldWar is COW's number for the First World War.
const firstWorldWar = 106

// julyStep is one attack of the July crisis, with the facts ATOP does not
// hold.
type julyStep struct {
	title  string
	attack pact.Attack
}

// julyCrisis is the sequence of examples/july1914 (world.go, var crisis):
// its attacks and their facts — Serbia refused a demand; Russia's entry was
// provoked by Austria-Hungary's attack; Germany's invasion of Belgium was
// unprovoked and in Belgium — which ATOP does not code. Austria-Hungary is
// ATOP's actor for COW code 300. TestCrisisFactsMatchJuly1914 checks them
// against the hand-built world.
func julyCrisis() []julyStep {
	d := relations.MustDate
	auh := atop.Actor(300).ID
	ids := func(s ...relations.ActorID) []relations.ActorID { return s }
	return []julyStep{
		{"28 July: Austria-Hungary declares war on Serbia (Serbia refused a demand)",
			pact.Attack{Aggressors: ids(auh), Target: "SRB", On: d("1914-07-28"), DemandRefused: relations.Yes}},
		{"30 July: Russia mobilises against Austria-Hungary (provoked by the attack on Serbia)",
			pact.Attack{Aggressors: ids("RUS"), Target: auh, On: d("1914-07-30"), Provoked: relations.Yes}},
		{"4 August: Germany invades Belgium (unprovoked, in Belgium)",
			pact.Attack{Aggressors: ids("DEU"), Target: "BEL", On: d("1914-08-04"), Provoked: relations.No, Location: "BEL"}},
	}
}

// judgeJuly plays the crisis on ATOP's model and judges each obligation to
// fight against COW's record of the First World War.
func judgeJuly() ([]reliability.Judgement, map[relations.ActorID]string, error) {
	ds, err := atop51.Read()
	if err != nil {
		return nil, nil, err
	}
	var w reliability.War
	for _, cw := range war.All() {
		if cw.Number == firstWorldWar {
			w = reliability.FromCOW(cw)
		}
	}
	if w.ID == "" {
		return nil, nil, errors.New("COW's war data have no war 106")
	}
	for _, s := range julyCrisis() {
		w.Attacks = append(w.Attacks, s.attack)
	}
	r, err := reliability.Judge(ds.Model, []reliability.War{w})
	if err != nil {
		return nil, nil, err
	}
	for _, s := range r.Skipped {
		return nil, nil, errors.New("war " + s.War + ": " + s.Reason)
	}
	names := actorNames(ds.Model)
	// COW names code 345 Yugoslavia throughout; in 1914 it was Serbia.
	names["SRB"] = "Serbia"
	js := r.Judgements
	slices.SortStableFunc(js, func(a, b reliability.Judgement) int {
		return cmp.Or(cmp.Compare(name(names, a.Holder), name(names, b.Holder)),
			cmp.Compare(name(names, a.Beneficiary), name(names, b.Beneficiary)))
	})
	return js, names, nil
}

func runJuly(w io.Writer) error {
	js, names, err := judgeJuly()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "The July crisis of 1914 on ATOP 5.1's own coding, beside COW's record of the First World War (war 106).")
	fmt.Fprintln(w, "ATOP does not say who provoked whom or where; those facts are taken from the hand-built world of examples/july1914:")
	for _, s := range julyCrisis() {
		fmt.Fprintln(w, "  "+s.title)
	}
	fmt.Fprintln(w, "Each attack is played forward (an ally whose duty certainly holds enters), as examples/july1914 does.")
	fmt.Fprintln(w)
	for _, j := range js {
		fmt.Fprintf(w, "%s toward %s\n", name(names, j.Holder), name(names, j.Beneficiary))
		fmt.Fprintf(w, "  ATOP: %s: %s\n", said(j.Bound), named(j.Reason, names))
		fmt.Fprintf(w, "  COW:  %s\n", did(j, names))
		fmt.Fprintf(w, "  verdict: %s\n", verdictOf(j))
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, differences)
	return nil
}

// differences says where ATOP's coding and the hand-built world part, and
// why; TestJulyTable checks the facts it states.
const differences = `Where this differs from the hand-built world (go run ./examples/july1914):
  - Belgium: the hand-built world adds the 1839 Treaty of London, whose guarantee binds Britain to defend
    Belgium when Germany invades; ATOP codes no alliance in force for Belgium in 1914, so no one owes it anything here.
  - France toward Russia: the hand-built Franco-Russian convention names Germany, so France is bound;
    ATOP (1385) codes its threat as another alliance (SPECTHRT 6) without naming states, so it cannot tell.
  - ATOP adds what the hand-built world leaves out: Montenegro's and Greece's alliances with Serbia (1480, 1490)
    and Romania's with the Triple Alliance (1355). Greece's 1913 pledge holds only if Serbia did not provoke the
    attack, which neither source says, so it cannot tell; every-war mode, whose rule is that the attacked state
    did not provoke, finds Greece bound.
  - Italy is released by non-provocation in both.
`

// verdictOf names the outcome, and what one that cannot be judged may be.
func verdictOf(j reliability.Judgement) string {
	if j.Outcome != record.CannotJudge {
		return j.Outcome.String()
	}
	var ps []string
	for _, p := range j.Possible {
		ps = append(ps, p.String())
	}
	return j.Outcome.String() + " (" + strings.Join(ps, " or ") + ")"
}

// said names a verdict in the table.
func said(t relations.Truth) string {
	switch t {
	case relations.Yes:
		return "bound"
	case relations.No:
		return "released"
	}
	return "cannot tell"
}

// did says what the holder did, in words.
func did(j reliability.Judgement, names map[relations.ActorID]string) string {
	side := name(names, j.Beneficiary) + "'s side"
	switch j.Conduct {
	case reliability.JoinedAtOnset:
		return "entered in " + j.Entered.String() + " on " + side
	case reliability.JoinedLater:
		return "entered later, in " + j.Entered.String() + ", on " + side
	case reliability.JoinedOtherSide:
		return "entered in " + j.Entered.String() + " against " + name(names, j.Beneficiary)
	case reliability.StayedOut:
		return "never entered the war"
	}
	return name(names, j.Absent) + " is absent from the war's data"
}

// named replaces the actor IDs in a text by the actors' names.
func named(s string, names map[relations.ActorID]string) string {
	var b strings.Builder
	isID := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isID(s[j]) {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		tok := s[i:j]
		if n, ok := names[relations.ActorID(tok)]; ok && n != "" {
			tok = n
		}
		b.WriteString(tok)
		i = j
	}
	return b.String()
}
