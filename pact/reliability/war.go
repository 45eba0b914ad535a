package reliability

import (
	"errors"
	"strconv"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
	"github.com/entente-go/entente/relations/cow/war"
)

// Side is the side of a war a participant fought on. Its zero value,
// UnknownSide, is no side.
type Side uint8

const (
	// UnknownSide is the zero Side.
	UnknownSide Side = iota
	// SideA is one side of the war.
	SideA
	// SideB is the other.
	SideB
)

var sideNames = []string{"unknown", "A", "B"}

// String returns "A", "B", "unknown", or "Side(N)" for a bad value.
func (s Side) String() string { return enum.Text("Side", sideNames, s) }

// Participant is one state on one side of a war. A state that changed
// sides is a participant on each.
type Participant struct {
	Actor relations.ActorID
	Side  Side
	// Initiator says whether the state started the war.
	Initiator bool
	// Entered is when the state entered the war, at any precision.
	Entered relations.Date
}

// War is a war that happened: who fought on which side, who started it and
// when each entered. It is the input of [Judge].
type War struct {
	// ID names the war in reports, such as COW's war number.
	ID string
	// Onset is when the war began, at any precision.
	Onset        relations.Date
	Participants []Participant
	// Attacks, when given, are the attacks that opened the war, in order,
	// with facts the model does not hold (who provoked whom, where). [Judge]
	// then plays them with [pact.Model.Cascade], drawing in only the actors
	// whose duties certainly hold, and judges every duty to fight in the
	// war that results. Without them, Judge builds the onset attacks from
	// the initiators (see the package documentation).
	Attacks []pact.Attack
	// Covered lists the states the war data cover: a state of Covered
	// that is no participant stayed out. A state outside it that is no
	// participant is absent from the war's data — it may have fought
	// without the data saying so — and every judgement it is holder or
	// beneficiary of cannot be judged. Nil means the data cover every
	// state. [FromCOW] gives the members of COW's state system in the
	// onset's year.
	Covered []relations.ActorID
	// Source names the war data, as the judgements cite them; "war" and
	// the ID when empty.
	Source string
}

// FromCOW converts a war of COW's Inter-State War data: its ID is COW's war
// number, its source COW's data and that number, its onset and entries
// are year-precision dates, and it covers
// the states of COW's state system in the onset's year (any day of it):
// COW lists only system members as participants, so a state outside the
// system — Montenegro before 2006 — is absent from its data, not a state
// that stayed out.
func FromCOW(w war.War) War { return fromCOW(w, cow.States()) }

// fromCOW converts a war against the states of COW's system, read once
// for a list of wars.
func fromCOW(w war.War, states []cow.State) War {
	out := War{ID: strconv.Itoa(w.Number), Onset: w.Onset, Participants: make([]Participant, len(w.Participants)),
		Source: "COW Inter-State War Data v4.0, war " + strconv.Itoa(w.Number)}
	for _, s := range states {
		if s.InSystem(w.Onset) != relations.No {
			out.Covered = append(out.Covered, s.ID)
		}
	}
	for i, p := range w.Participants {
		var s Side
		switch p.Side {
		case war.SideA:
			s = SideA
		case war.SideB:
			s = SideB
		}
		out.Participants[i] = Participant{Actor: p.Actor, Side: s, Initiator: p.Initiator, Entered: p.Entered}
	}
	return out
}

// FromCOWAll converts every war of a list with [FromCOW].
func FromCOWAll(ws []war.War) []War {
	out := make([]War, len(ws))
	states := cow.States()
	for i, w := range ws {
		out[i] = fromCOW(w, states)
	}
	return out
}

// validate records every problem with war i, as ValidationErrors naming it;
// first holds the place of the first war of each ID, to find one given
// twice.
func (w *War) validate(i int, first map[string]int, list *errs.List) {
	el := "wars[" + strconv.Itoa(i) + "]"
	if w.ID != "" {
		el = "war " + errs.Quote(w.ID)
	}
	add := func(field, msg string) {
		list.Add(&relations.ValidationError{Path: el + ": " + field, Err: errors.New(msg)})
	}
	switch j, dup := first[w.ID]; {
	case w.ID == "":
		add("id", "is empty")
	case dup:
		add("id", "duplicate war ID (also wars["+strconv.Itoa(j)+"])")
	default:
		first[w.ID] = i
	}
	if !w.Onset.IsValid() {
		add("onset", "is the zero date")
	}
	if len(w.Participants) == 0 {
		add("participants", "none given")
	}
	type place struct {
		actor relations.ActorID
		side  Side
	}
	seen := make(map[place]bool, len(w.Participants))
	for j, p := range w.Participants {
		f := "participants[" + strconv.Itoa(j) + "]"
		if !p.Actor.IsValid() {
			add(f+".actor", errs.Quote(string(p.Actor))+" is not an actor ID")
		}
		if p.Side != SideA && p.Side != SideB {
			add(f+".side", "is "+p.Side.String()+"; want A or B")
		}
		switch {
		case !p.Entered.IsValid():
			add(f+".entered", "is the zero date")
		case w.Onset.IsValid() && p.Entered.Before(w.Onset) == relations.Yes:
			add(f+".entered", p.Entered.String()+" comes before the war's onset, "+w.Onset.String())
		}
		if k := (place{p.Actor, p.Side}); seen[k] {
			add(f, errs.Quote(string(p.Actor))+" is listed twice on side "+p.Side.String())
		} else {
			seen[k] = true
		}
	}

}
