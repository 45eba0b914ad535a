package pact

import (
	"slices"
	"strings"

	"github.com/entente-go/entente/relations"
)

// CascadeEntry is one actor drawn into a war by a duty.
type CascadeEntry struct {
	Actor relations.ActorID
	// Against lists the belligerents it now fights.
	Against []relations.ActorID
	// Because is the duty that draws it in.
	Because Duty
}

// String explains the entry in one line.
func (e CascadeEntry) String() string {
	return string(e.Actor) + " enters against " + joinIDs(e.Against) + ": " + e.Because.String()
}

// CascadeRound is one step of a cascade: the actors its duties drew in.
type CascadeRound struct {
	Number int
	// Attack is the index of the attack whose consequences the round plays
	// out.
	Attack  int
	Entered []CascadeEntry
}

// Cascade is the war a set of attacks grows into when every actor keeps
// the duties that hold, round by round, until nothing changes.
type Cascade struct {
	Attacks []Attack
	Rounds  []CascadeRound
	// Sides lists the belligerents at the end: Sides[0] the first
	// aggressors' side, Sides[1] the first target's, each in order of entry.
	Sides [2][]relations.ActorID
	// BothSides lists actors whose duties would draw them in on both sides,
	// sorted; they are left where they first stood.
	BothSides []relations.ActorID
	// Final is the response to the war as it stands at the end, every
	// belligerent's duties asked on the first attack's day; its Attack is
	// the first attack, which its String names.
	Final Response
}

// Cascade plays attacks forward: each actor whose duty to defend or to join
// the offense holds becomes a belligerent against the other side, and the
// question is asked again, round by round, until no one else is drawn in.
// Several attacks may be given, in the order they happen — an attack, then
// an entry by choice, then a later invasion: each is brought in once the
// war before it has settled, and its conditions are checked against its
// own facts (location, provocation). All are asked on the first attack's
// day. The path is recorded round by round, and an actor drawn in on both
// sides is reported. Only duties that certainly hold draw an actor in,
// unless [WithUncertainDuties] is given, the one [Option] it takes. It
// reports the same errors as [Model.Respond].
func (m *Model) Cascade(attacks []Attack, opts ...Option) (Cascade, error) {
	o, err := collect("Model.Cascade", opts, "WithUncertainDuties")
	if err != nil {
		return Cascade{}, err
	}
	w, err := m.newWar(attacks)
	if err != nil {
		return Cascade{}, err
	}
	c := Cascade{Attacks: make([]Attack, len(attacks))}
	for i, a := range attacks {
		c.Attacks[i] = cloneAttack(a)
	}
	both := map[relations.ActorID]bool{}
	n := 0
	for ai := range attacks {
		if ai > 0 {
			w.add(attacks[ai])
		}
		// Each round adds at least one fight between a new pair of actors,
		// so the number of pairs bounds the rounds.
		for range len(m.actors)*len(m.actors) + 1 {
			round := w.enter(w.fightingDuties(o.uncertainDuties), both)
			if len(round.Entered) == 0 {
				break
			}
			n++
			round.Number, round.Attack = n, ai
			c.Rounds = append(c.Rounds, round)
		}
	}
	c.Final = w.respond()
	if len(attacks) > 0 {
		c.Final.Attack = cloneAttack(attacks[0])
	}
	for _, x := range w.order {
		c.Sides[w.side[x]] = append(c.Sides[w.side[x]], x)
	}
	for x := range both {
		c.BothSides = append(c.BothSides, x)
	}
	slices.Sort(c.BothSides)
	return c, nil
}

// enter draws in every actor whose duty to fight holds, and records who
// would be drawn in on both sides.
func (w *war) enter(duties []Duty, both map[relations.ActorID]bool) CascadeRound {
	var round CascadeRound
	for _, d := range duties {
		want := w.side[d.For]
		if s, ok := w.side[d.Actor]; ok && s != want {
			both[d.Actor] = true
			continue
		}
		var against []relations.ActorID
		for _, y := range d.Against {
			// A defender's fight is provoked by the aggressor it answers;
			// one who joins an offense inherits the offense's provocation.
			prov := relations.Yes
			if d.Kind == JoinOffense {
				prov = w.provoked[edge{d.For, y}]
			}
			if y != d.Actor && w.fight(d.Actor, y, prov) {
				against = append(against, y)
			}
		}
		if len(against) > 0 {
			w.join(d.Actor, want)
			round.Entered = append(round.Entered, CascadeEntry{Actor: d.Actor, Against: against, Because: d})
		}
	}
	return round
}

// String prints the cascade: a header naming its attacks, as in
// "cascade of IRN attacks SAU on 2025-12-31", then round by round one line
// per entry, then the sides.
func (c Cascade) String() string {
	var b strings.Builder
	b.WriteString("cascade of ")
	for i, a := range c.Attacks {
		if i > 0 {
			b.WriteString(", then ")
		}
		b.WriteString(attackText(a))
	}
	if len(c.Attacks) == 0 {
		b.WriteString("no attack")
	}
	b.WriteString("\n")
	for _, r := range c.Rounds {
		b.WriteString("round " + itoa(r.Number) + ":\n")
		for _, e := range r.Entered {
			b.WriteString("  " + e.String() + "\n")
		}
	}
	b.WriteString("sides: " + joinIDs(c.Sides[0]) + " vs " + joinIDs(c.Sides[1]) + "\n")
	if len(c.BothSides) > 0 {
		b.WriteString("drawn in on both sides: " + joinIDs(c.BothSides) + "\n")
	}
	return b.String()
}
