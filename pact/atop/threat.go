package atop

import (
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// ThreatKind is ATOP's SPECTHRT: the kind of threat a treaty names as the
// one it is designed to counter (codebook §2.33). Its zero value,
// UnknownThreat, is ATOP's missing code: the documents were not found, so
// whether a threat is named is not known — which is not NoThreat.
type ThreatKind uint8

const (
	// UnknownThreat: SPECTHRT is missing, or the file has no such column.
	UnknownThreat ThreatKind = iota
	// NoThreat: SPECTHRT 0, the treaty names no specific threat.
	NoThreat
	// StatesThreat: SPECTHRT 1, specific states, named in STATTHR1 and
	// STATTHR2.
	StatesThreat
	// RegionThreat: SPECTHRT 2, a specific region.
	RegionThreat
	// StatesInRegionThreat: SPECTHRT 3, specific states acting in a
	// specific region.
	StatesInRegionThreat
	// ConflictThreat: SPECTHRT 4, a specific ongoing conflict.
	ConflictThreat
	// NonstateThreat: SPECTHRT 5, conflict with domestic groups or
	// nonstate actors.
	NonstateThreat
	// AllianceThreat: SPECTHRT 6, another alliance.
	AllianceThreat
)

var threatNames = []string{"unknown", "none", "states", "region", "states-in-region", "conflict", "nonstate", "alliance"}

// String returns the kind's name, such as "states", or "ThreatKind(N)" for
// a bad value.
func (k ThreatKind) String() string { return enum.Text("ThreatKind", threatNames, k) }

// Threat is what a treaty names as the threat it counters: ATOP's
// SPECTHRT, STATTHR1 and STATTHR2 (codebook §2.33).
type Threat struct {
	Kind ThreatKind
	// States lists the COW codes of the states named (STATTHR1, then
	// STATTHR2), leaving out 0 ("none").
	States []int
	// StatesKnown is false when STATTHR1 or STATTHR2 is missing: ATOP did
	// not find the documents, and States may be incomplete.
	StatesKnown bool
}

// equal reports whether two threats say the same.
func (t Threat) equal(u Threat) bool {
	if t.Kind != u.Kind || t.StatesKnown != u.StatesKnown || len(t.States) != len(u.States) {
		return false
	}
	for i := range t.States {
		if t.States[i] != u.States[i] {
			return false
		}
	}
	return true
}

// String formats the threat as ATOP codes it: "SPECTHRT 1, STATTHR 365".
func (t Threat) String() string {
	var b strings.Builder
	b.WriteString("SPECTHRT ")
	if t.Kind == UnknownThreat || int(t.Kind) >= len(threatNames) {
		b.WriteString("missing")
	} else {
		b.WriteString(strconv.Itoa(int(t.Kind) - 1))
	}
	switch {
	case !t.StatesKnown:
		b.WriteString(", STATTHR missing")
	case len(t.States) > 0:
		b.WriteString(", STATTHR")
		for i, s := range t.States {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(" " + strconv.Itoa(s))
		}
	}
	return b.String()
}

// threatColumns are the columns a file codes its threat in.
type threatColumns struct{ kind, state1, state2 column }

func (t *table) threatColumns() threatColumns {
	return threatColumns{t.column("specthrt"), t.column("statthr1"), t.column("statthr2")}
}

// has reports whether the file codes threats at all.
func (c threatColumns) has() bool { return c.kind.has() && c.state1.has() && c.state2.has() }

// threat reads the current record's threat.
func (t *table) threat(c threatColumns) Threat {
	var th Threat
	if !c.has() {
		return th
	}
	if k, ok := t.optInt(c.kind); ok {
		if k > int(AllianceThreat)-1 {
			t.fail(c.kind, quote(t.str(c.kind))+" is not a SPECTHRT code (0–6)", nil)
		} else {
			th.Kind = ThreatKind(k + 1)
		}
	}
	s1, ok1 := t.optInt(c.state1)
	s2, ok2 := t.optInt(c.state2)
	th.StatesKnown = ok1 && ok2
	for _, s := range []int{s1, s2} {
		if s > 0 {
			th.States = append(th.States, s)
		}
	}
	return th
}

// adversaryCondition is the specific-adversary condition on an obligation
// whose …COADV flag is 1. It names the adversaries only where ATOP names
// states as the threat (SPECTHRT 1) and knows them all (STATTHR1 and
// STATTHR2 not missing); otherwise the condition names none, and is
// checked as cannot tell, with the cause in its Text. SPECTHRT 3 names
// states too, but only as acting in a region the data does not name, so
// the states alone would not say when the condition holds.
func adversaryCondition(th Threat, id func(int) relations.ActorID) pact.Condition {
	c := pact.Condition{Kind: pact.SpecificAdversary}
	const prefix = "ATOP: conditional (specific-adversary); "
	var why string
	switch {
	case th.Kind == StatesThreat && th.StatesKnown && len(th.States) > 0:
		for _, s := range th.States {
			c.Adversaries = append(c.Adversaries, id(s))
		}
		c.Text = prefix + "the treaty names the threat (" + th.String() + ")"
		return c
	case th.Kind == UnknownThreat:
		why = "ATOP does not know whether the treaty names a threat"
	case th.Kind == NoThreat:
		why = "the treaty names no specific threat"
	case th.Kind == StatesThreat && !th.StatesKnown:
		why = "ATOP does not know which states the treaty names"
	case th.Kind == StatesThreat:
		why = "ATOP names no state"
	default:
		why = "the threat the treaty names is not states alone (" + th.Kind.String() + ")"
	}
	c.Text = prefix + "adversary not named: " + why + " (" + th.String() + ")"
	return c
}
