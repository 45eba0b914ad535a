package reliability

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// Conduct is what an ally did in a war, seen from the side of the party it
// owed: the war data's answer, beside the treaty's.
type Conduct uint8

const (
	// UnknownConduct is the zero Conduct: the ally or the party it owed
	// is absent from the war's data ([Judgement.Absent] names which), so
	// the data cannot say what the ally did for it.
	UnknownConduct Conduct = iota
	// JoinedAtOnset: the ally fought on the party's side from the onset's
	// year.
	JoinedAtOnset
	// JoinedLater: the ally joined the party's side in a later year.
	JoinedLater
	// JoinedOtherSide: the ally fought against the party.
	JoinedOtherSide
	// StayedOut: the ally is not a participant, and the war data cover
	// it ([War.Covered]).
	StayedOut
)

var conductNames = []string{"unknown", "joined-at-onset", "joined-later", "joined-other-side", "stayed-out"}

// String returns the conduct's name, such as "joined-later", or
// "Conduct(N)" for a bad value.
func (c Conduct) String() string { return enum.Text("Conduct", conductNames, c) }

// Judgement is the verdict on one ally's obligations to fight beside one
// belligerent in one war: every clause that may have bound it, whether it
// bound with its reasons, what the ally did, and the outcome in package
// record's words. [Judgement.Verdict] gives it as a [record.Verdict].
type Judgement struct {
	// War and Onset identify the war.
	War   string
	Onset relations.Date
	// Holder owes Beneficiary, a belligerent on Side.
	Holder, Beneficiary relations.ActorID
	Side                Side
	// Duties lists each clause that obliges Holder to defend Beneficiary
	// or to join its offense, with every condition checked, sorted by
	// kind, agreement and clause.
	Duties []pact.Duty
	// Bound is Yes when some duty binds, No when every duty is released,
	// CannotTell otherwise; Reason says why, clause by clause.
	Bound  relations.Truth
	Reason string
	// Conduct is what Holder did; Entered, when it entered on the side
	// Conduct describes (the zero Date when it stayed out).
	Conduct Conduct
	Entered relations.Date
	// Absent, when Conduct is unknown, is the state absent from the war's
	// data: the beneficiary, when the data do not list it, or else the
	// holder, when the data do not cover it. The rule is one for both: a
	// state the data cannot place leaves the judgement cannot judge.
	Absent relations.ActorID
	// Outcome is what became of the obligation, as package record says of
	// any commitment: [record.Honoured] when Holder was bound and fought on
	// Beneficiary's side, at the onset or later; [record.Unmet] when it was
	// bound and stayed out or fought against it; [record.NotOwed] when
	// every clause was released; [record.CannotJudge] otherwise, and
	// Possible lists what it may be. A war never partly honours.
	Outcome  record.Outcome
	Possible []record.Outcome
	// Source names the war data ([War.Source], or the war's ID).
	Source string
	// ByRule says the verdict hinges on the provocation rule: with
	// provocation unknown, Bound would differ.
	ByRule bool
}

// BoundBy returns the verdict of the duties of one kind (pact.Defend or
// pact.JoinOffense), and false when the judgement has none of that kind.
func (j Judgement) BoundBy(k pact.DutyKind) (relations.Truth, bool) {
	t, ok := relations.No, false
	for _, d := range j.Duties {
		if d.Kind == k {
			t, ok = t.Or(d.Holds), true
		}
	}
	if !ok {
		return relations.CannotTell, false
	}
	return t, true
}

// SkippedWar is a war [Judge] could not judge, and why.
type SkippedWar struct {
	War    string
	Reason string
}

// Report is the answer of [Judge].
type Report struct {
	// Judgements holds one judgement per war, holder and beneficiary, in
	// the order of the wars, then by holder and beneficiary.
	Judgements []Judgement
	// Skipped lists the wars with no onset attack the model can ask about,
	// in the order of the wars.
	Skipped []SkippedWar
}

// ErrNoModel is the error of [Judge] without a model.
var ErrNoModel = errors.New("reliability: no model")

// Judge asks, for each war at its onset, which actors were obliged to
// fight beside a belligerent, and whether they did. Without explicit
// [War.Attacks], the onset attacks are the initiators' attacks on each
// original participant of the other side (one that entered in the onset's
// year), asked with [pact.Model.Respond]; the attacked state counts as not
// having provoked the attack (the package documentation states the rule),
// and every other fact the model cannot check stays cannot tell. Every
// duty to defend or to join an offense toward a belligerent is judged
// against the holder's participation in the war.
//
// Judge reports every problem with the wars at once, as an [errors.Join]
// of [*relations.ValidationError]s (at most 100, then how many more), as a
// file's rows are checked: an empty or duplicate war ID, no onset, no
// participant, a participant without a valid actor ID, a side or an entry,
// an entry certainly before the war's onset, and a state listed twice on
// one side. A war whose onset attacks the model cannot
// ask about (no initiator, no actor of the model attacked, a day before
// the model's coverage) is listed in [Report.Skipped] with the reason.
func Judge(m *pact.Model, wars []War) (Report, error) {
	if m == nil {
		return Report{}, ErrNoModel
	}
	problems := errs.List{Scope: "reliability"}
	first := make(map[string]int, len(wars))
	for i := range wars {
		wars[i].validate(i, first, &problems)
	}
	if err := problems.Err(); err != nil {
		return Report{}, err
	}
	actors := m.Actors()
	known := make(map[relations.ActorID]bool, len(actors))
	for _, a := range actors {
		known[a.ID] = true
	}
	var r Report
	for i := range wars {
		w := &wars[i]
		var (
			ds     []duty
			reason string
		)
		if len(w.Attacks) > 0 {
			ds, reason = cascadeDuties(m, w)
		} else {
			ds, reason = onsetDuties(m, w, known)
		}
		if reason != "" {
			r.Skipped = append(r.Skipped, SkippedWar{War: w.ID, Reason: reason})
			continue
		}
		r.Judgements = append(r.Judgements, judgeWar(w, ds)...)
	}
	return r, nil
}

// duty is a duty with its verdict had provocation been unknown.
type duty struct {
	pact.Duty
	unknownProvocation relations.Truth
}

// fighting reports whether a duty is one to fight: to defend or to join an
// offense.
func fighting(d pact.Duty) bool { return d.Kind == pact.Defend || d.Kind == pact.JoinOffense }

// onsetDuties asks the model about the initiators' attack on each original
// participant of the other side.
func onsetDuties(m *pact.Model, w *War, known map[relations.ActorID]bool) ([]duty, string) {
	var aggressors []relations.ActorID
	side := UnknownSide
	for _, p := range w.Participants {
		if !p.Initiator {
			continue
		}
		if side != UnknownSide && p.Side != side {
			return nil, "initiators on both sides"
		}
		side = p.Side
		if known[p.Actor] && !slices.Contains(aggressors, p.Actor) {
			aggressors = append(aggressors, p.Actor)
		}
	}
	switch {
	case side == UnknownSide:
		return nil, "no initiator"
	case len(aggressors) == 0:
		return nil, "no initiator is an actor of the model"
	}
	var targets []relations.ActorID
	for _, p := range w.Participants {
		if p.Side != side && p.Entered.Year() <= w.Onset.Year() && known[p.Actor] &&
			!slices.Contains(aggressors, p.Actor) && !slices.Contains(targets, p.Actor) {
			targets = append(targets, p.Actor)
		}
	}
	if len(targets) == 0 {
		return nil, "no original participant of the other side is an actor of the model"
	}
	var out []duty
	at := map[dutyKey]int{}
	for _, t := range targets {
		// The rule: the initiators provoked the war; the states they
		// attacked did not.
		resp, err := m.Respond(pact.Attack{Aggressors: aggressors, Target: t, On: w.Onset, Provoked: relations.No})
		if err != nil {
			return nil, err.Error()
		}
		for _, list := range [][]pact.Duty{resp.Duties, resp.Released} {
			for _, d := range list {
				if !fighting(d) {
					continue
				}
				nd := duty{Duty: d, unknownProvocation: d.Holds}
				if d.Kind == pact.Defend {
					nd.unknownProvocation = withoutProvocation(d)
				}
				k := keyOf(d)
				i, seen := at[k]
				if !seen {
					at[k] = len(out)
					out = append(out, nd)
					continue
				}
				// An offense duty toward an initiator comes back once per
				// target: it binds if it binds against any of them.
				prev := &out[i]
				against := prev.Against
				for _, x := range d.Against {
					if !slices.Contains(against, x) {
						against = append(against, x)
					}
				}
				if rank(d.Holds) > rank(prev.Holds) {
					*prev = nd
				}
				prev.Against = against
			}
		}
	}
	return out, ""
}

type dutyKey struct {
	actor, party      relations.ActorID
	kind              pact.DutyKind
	agreement, clause string
}

func keyOf(d pact.Duty) dutyKey { return dutyKey{d.Actor, d.For, d.Kind, d.Agreement, d.Clause} }

// rank orders verdicts: bound, then cannot tell, then released.
func rank(t relations.Truth) int {
	switch t {
	case relations.Yes:
		return 2
	case relations.CannotTell:
		return 1
	}
	return 0
}

// withoutProvocation recomputes a duty's verdict as if whether its party
// provoked the attack were unknown.
func withoutProvocation(d pact.Duty) relations.Truth {
	t := d.InForce
	for _, c := range d.Checks {
		r := c.Result
		if c.Condition.Kind == pact.NonProvocation {
			r = relations.CannotTell
		}
		t = t.And(r)
	}
	return t
}

// cascadeDuties plays the war's own attacks and returns every duty to
// fight in the war that results.
func cascadeDuties(m *pact.Model, w *War) ([]duty, string) {
	c, err := m.Cascade(w.Attacks)
	if err != nil {
		return nil, err.Error()
	}
	var out []duty
	for _, list := range [][]pact.Duty{c.Final.Duties, c.Final.Released} {
		for _, d := range list {
			if fighting(d) {
				out = append(out, duty{Duty: d, unknownProvocation: d.Holds})
			}
		}
	}
	return out, ""
}

// judgeWar groups a war's duties by holder and beneficiary and judges each
// group against the war data.
func judgeWar(w *War, ds []duty) []Judgement {
	slices.SortStableFunc(ds, func(a, b duty) int {
		return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.For, b.For), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Agreement, b.Agreement), cmp.Compare(a.Clause, b.Clause))
	})
	var out []Judgement
	for i := 0; i < len(ds); {
		j := i
		for j < len(ds) && ds[j].Actor == ds[i].Actor && ds[j].For == ds[i].For {
			j++
		}
		out = append(out, judge(w, ds[i:j]))
		i = j
	}
	return out
}

// judge judges one holder's duties toward one beneficiary.
func judge(w *War, group []duty) Judgement {
	first := group[0]
	jd := Judgement{War: w.ID, Onset: w.Onset, Holder: first.Actor, Beneficiary: first.For,
		Side: sideOf(w, first.For), Bound: relations.No, Source: w.Source}
	if jd.Source == "" {
		jd.Source = "war " + w.ID
	}
	alt := relations.No
	for _, d := range group {
		jd.Duties = append(jd.Duties, d.Duty)
		jd.Bound = jd.Bound.Or(d.Holds)
		alt = alt.Or(d.unknownProvocation)
	}
	jd.ByRule = alt != jd.Bound
	jd.Reason = reason(jd.Bound, jd.Duties)
	jd.Conduct, jd.Entered = conduct(w, jd.Holder, jd.Side)
	switch {
	case jd.Side == UnknownSide:
		jd.Absent = jd.Beneficiary
	case jd.Conduct == StayedOut && w.Covered != nil && !slices.Contains(w.Covered, jd.Holder):
		jd.Conduct, jd.Absent = UnknownConduct, jd.Holder
	}
	jd.Outcome, jd.Possible = outcomeOf(jd.Bound, jd.Conduct)
	return jd
}

// sideOf returns the side x fought on (the side it entered first, if it
// changed sides), or UnknownSide if it is no participant.
func sideOf(w *War, x relations.ActorID) Side {
	var best *Participant
	for i := range w.Participants {
		p := &w.Participants[i]
		if p.Actor == x && (best == nil || p.Entered.Compare(best.Entered) < 0) {
			best = p
		}
	}
	if best == nil {
		return UnknownSide
	}
	return best.Side
}

// conduct says what x did, seen from side s: fought on it from the onset's
// year, joined it later, fought on the other side first, or is no
// participant (which [judge] reads as staying out only for a state the
// war data cover).
func conduct(w *War, x relations.ActorID, s Side) (Conduct, relations.Date) {
	if s == UnknownSide {
		return UnknownConduct, relations.Date{}
	}
	var same, other *Participant
	for i := range w.Participants {
		p := &w.Participants[i]
		if p.Actor != x {
			continue
		}
		if p.Side == s {
			if same == nil || p.Entered.Compare(same.Entered) < 0 {
				same = p
			}
		} else if other == nil || p.Entered.Compare(other.Entered) < 0 {
			other = p
		}
	}
	switch {
	case same != nil && same.Entered.Year() <= w.Onset.Year():
		return JoinedAtOnset, same.Entered
	case same != nil && (other == nil || same.Entered.Compare(other.Entered) <= 0):
		return JoinedLater, same.Entered
	case other != nil:
		return JoinedOtherSide, other.Entered
	}
	return StayedOut, relations.Date{}
}

// reason explains a verdict clause by clause: the clauses that bind, or
// the conditions that released each clause, or what could not be told.
func reason(bound relations.Truth, ds []pact.Duty) string {
	var parts []string
	for _, d := range ds {
		if d.Holds != bound {
			continue
		}
		var why []string
		if d.InForce != relations.Yes && bound != relations.No {
			why = append(why, "in force: "+d.InForce.String()+" ("+d.Doubt.String()+")")
		}
		for _, c := range d.Checks {
			if c.Result == bound {
				why = append(why, c.String())
			}
		}
		s := describe(d)
		switch {
		case len(why) > 0:
			s += ": " + strings.Join(why, "; ")
		case bound == relations.Yes:
			s += ": unconditional"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

// describe names a duty's kind, agreement and clause.
func describe(d pact.Duty) string {
	kind := "defense"
	if d.Kind == pact.JoinOffense {
		kind = "offense"
	}
	s := kind + " (" + d.Agreement
	if d.Clause != "" {
		s += ", clause " + d.Clause
	}
	return s + ")"
}
