package pact

import (
	"errors"
	"slices"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/slab"
	"github.com/entente-go/entente/relations"
)

// side is one side of a war: the first aggressors' or the first target's.
type side uint8

const (
	attackers side = iota // the first aggressors' side
	defenders             // the first target's side
)

// other returns the opposing side.
func (s side) other() side { return 1 - s }

// war is the state of a conflict: who attacks whom, and each side.
type war struct {
	m    *Model
	f, l int32
	// facts holds the facts (location, conflict, …) of the attacks so far,
	// by target; conditions on a duty toward a party not attacked directly
	// use the first attack's.
	facts map[relations.ActorID]*Attack
	first *Attack
	// attacks[x] lists whom x attacks; attackedBy[y], who attacks y.
	attacks, attackedBy map[relations.ActorID][]relations.ActorID
	// provoked[e] says whether e.to provoked e.from's attack.
	provoked map[edge]relations.Truth
	// fighting holds every pair at war, either way, for quick lookups.
	fighting map[edge]bool
	// side says which side each belligerent fights on.
	side map[relations.ActorID]side
	// owed caches the duties owed to each belligerent; dirty marks those
	// whose adversaries changed since, so a cascade round recomputes only
	// what the last round touched.
	owed  map[relations.ActorID]*Response
	dirty map[relations.ActorID]bool
	// order lists belligerents in the order they entered.
	order []relations.ActorID
	// ties is scratch space for one belligerent's ties.
	ties []tie
	// ids holds the duties' lists of adversaries, a few arrays for a
	// whole cascade.
	ids slab.Of[relations.ActorID]
	// seen is dutiesToward's scratch set of the duties made so far.
	seen map[dutyKey]bool
}

// dutyKey names one duty of one actor from one clause. A clause is known
// by its index in its phase, not by its ID: IDs may be empty, and two
// clauses without one are still two clauses.
type dutyKey struct {
	actor, agreement, clause int32
	kind                     DutyKind
}

// clone copies ids into the war's shared arrays; nil stays nil.
func (w *war) clone(ids []relations.ActorID) []relations.ActorID {
	if ids == nil {
		return nil
	}
	out := w.ids.Make(len(ids))
	copy(out, ids)
	return out
}

type edge struct{ from, to relations.ActorID }

var errNoAggressor = errors.New("an attack needs at least one aggressor")

func (m *Model) newWar(attacks []Attack) (*war, error) {
	if len(attacks) == 0 {
		return nil, invalid("query: attacks", errors.New("no attack"))
	}
	f, l, err := m.day(attacks[0].On)
	if err != nil {
		return nil, err
	}
	w := &war{m: m, f: f, l: l, facts: map[relations.ActorID]*Attack{},
		attacks: map[relations.ActorID][]relations.ActorID{}, attackedBy: map[relations.ActorID][]relations.ActorID{},
		provoked: map[edge]relations.Truth{}, side: map[relations.ActorID]side{}, fighting: map[edge]bool{},
		owed: map[relations.ActorID]*Response{}, dirty: map[relations.ActorID]bool{}}
	for i, a := range attacks {
		if err := w.check(i, a, len(attacks) > 1); err != nil {
			return nil, err
		}
	}
	w.add(attacks[0])
	return w, nil
}

// check validates one attack of a war.
func (w *war) check(i int, a Attack, many bool) error {
	m := w.m
	{
		el := "query"
		if many {
			el = idx("attacks", i)
		}
		if len(a.Aggressors) == 0 {
			return invalid(errs.JoinPath(el, "aggressors"), errNoAggressor)
		}
		if _, err := m.actor(a.Target); err != nil {
			return err
		}
		for _, x := range a.Aggressors {
			if _, err := m.actor(x); err != nil {
				return err
			}
			if x == a.Target {
				return invalid(errs.JoinPath(el, "aggressors"), errors.New(errs.Quote(string(x))+" cannot attack itself"))
			}
		}
		if i > 0 && a.On.IsValid() {
			if _, _, err := m.day(a.On); err != nil {
				return err
			}
		}
	}
	return nil
}

// add brings an attack into the war: the target keeps its side or takes
// the defenders' side, and the aggressors take the other.
func (w *war) add(a Attack) {
	a = cloneAttack(a)
	if w.first == nil {
		w.first = &a
	}
	if _, ok := w.facts[a.Target]; !ok {
		w.facts[a.Target] = &a
	}
	ts := w.sideOf(a.Target, defenders)
	for _, x := range a.Aggressors {
		w.join(x, ts.other())
		w.fight(x, a.Target, a.Provoked)
	}
}

// factsFor returns the facts conditions on duties toward p are checked
// against.
func (w *war) factsFor(p relations.ActorID) *Attack {
	if a, ok := w.facts[p]; ok {
		return a
	}
	return w.first
}

// sideOf returns x's side, putting x on def if it has none yet.
func (w *war) sideOf(x relations.ActorID, def side) side {
	if s, ok := w.side[x]; ok {
		return s
	}
	w.join(x, def)
	return def
}

func (w *war) join(x relations.ActorID, s side) {
	if _, ok := w.side[x]; !ok {
		w.side[x] = s
		w.order = append(w.order, x)
	}
}

// fight records that x attacks y; it reports whether that is new.
func (w *war) fight(x, y relations.ActorID, provoked relations.Truth) bool {
	if w.fighting[edge{x, y}] {
		return false
	}
	w.fighting[edge{x, y}], w.fighting[edge{y, x}] = true, true
	w.attacks[x] = append(w.attacks[x], y)
	w.attackedBy[y] = append(w.attackedBy[y], x)
	w.provoked[edge{x, y}] = provoked
	w.dirty[x], w.dirty[y] = true, true
	return true
}

// adversaries lists everyone p fights, attacking or attacked, in order of
// entry.
func (w *war) adversaries(p relations.ActorID) []relations.ActorID {
	var out []relations.ActorID
	for _, x := range w.order {
		if w.fighting[edge{p, x}] {
			out = append(out, x)
		}
	}
	return out
}

// provokedAttacks says whether p provoked the attacks on it: Yes if it
// provoked any, No if it provoked none, CannotTell otherwise.
func (w *war) provokedAttacks(p relations.ActorID) relations.Truth {
	t := relations.No
	for _, x := range w.attackedBy[p] {
		t = t.Or(w.provoked[edge{x, p}])
	}
	return t
}

// respond lists every duty toward every belligerent, recomputing only the
// belligerents whose adversaries changed since the last call.
func (w *war) respond() Response {
	var r Response
	var duties, released int
	for _, p := range w.order {
		owed := w.owedTo(p)
		duties, released = duties+len(owed.Duties), released+len(owed.Released)
	}
	r.Duties, r.Released = make([]Duty, 0, duties), make([]Duty, 0, released)
	for _, p := range w.order {
		owed := w.owedTo(p)
		r.Duties = append(r.Duties, owed.Duties...)
		r.Released = append(r.Released, owed.Released...)
		r.Expectations = append(r.Expectations, owed.Expectations...)
		r.Conflicts = append(r.Conflicts, owed.Conflicts...)
	}
	sortDuties(r.Duties)
	sortDuties(r.Released)
	r.Conflicts = append(r.Conflicts, w.conflicts(r.Duties)...)
	slices.SortFunc(r.Conflicts, compareConflicts)
	return r
}

// owedTo returns the duties owed to belligerent p, from the cache unless
// p's adversaries changed.
func (w *war) owedTo(p relations.ActorID) *Response {
	owed := w.owed[p]
	if owed == nil || w.dirty[p] {
		owed = &Response{}
		w.dutiesToward(p, owed)
		w.owed[p] = owed
		delete(w.dirty, p)
	}
	return owed
}

// fightingDuties lists, in the order respond would, the duties to fight
// (defend or join the offense) that may draw an actor in: what a cascade
// round needs, without assembling the whole response; uncertain lets a
// duty that cannot be told draw an actor in too.
func (w *war) fightingDuties(uncertain bool) []Duty {
	fighting := func(d *Duty) bool {
		return (d.Kind == Defend || d.Kind == JoinOffense) &&
			(d.Holds == relations.Yes || uncertain && d.Holds == relations.CannotTell)
	}
	n := 0
	for _, p := range w.order {
		owed := w.owedTo(p)
		for i := range owed.Duties {
			if fighting(&owed.Duties[i]) {
				n++
			}
		}
	}
	out := make([]Duty, 0, n)
	for _, p := range w.order {
		owed := w.owed[p] // made by the count above
		for i := range owed.Duties {
			if d := &owed.Duties[i]; fighting(d) {
				out = append(out, *d)
			}
		}
	}
	sortDuties(out)
	return out
}

// dutiesToward lists the duties owed to belligerent p.
func (w *war) dutiesToward(p relations.ActorID, r *Response) {
	m := w.m
	pi := m.actorIdx[p]
	advs := w.adversaries(p)
	attacked := len(w.attackedBy[p]) > 0
	provoked := relations.Yes
	if attacked {
		provoked = w.provokedAttacks(p)
	}
	if w.seen == nil {
		w.seen = map[dutyKey]bool{}
	}
	seen := w.seen
	clear(seen)
	w.ties = m.tiesOf(pi, -1, w.ties[:0])
	n := 0 // at most as many duties as ties owed to p
	for i := range w.ties {
		if t := &w.ties[i]; !t.outgoing && t.obligation.binding() {
			n++
		}
	}
	r.Duties = slices.Grow(r.Duties, n)
	for i := range w.ties {
		t := &w.ties[i]
		if t.outgoing || t.obligation == UnknownObligation {
			continue
		}
		in, doubt := m.tieTruth(t, w.first.On, w.f, w.l)
		if in == relations.No {
			continue
		}
		x := m.actors[t.other].ID
		c := m.clause(t)
		agr := m.agreements[t.agreement].ID
		if t.obligation == Expectation {
			if attacked && !slices.Contains(advs, x) {
				r.Expectations = append(r.Expectations, m.bond(pi, t, in, doubt))
			}
			continue
		}
		kind := dutyOf[t.obligation]
		s := situation{party: p, attack: w.factsFor(p), agreement: &m.agreements[t.agreement], attacked: attacked}
		switch kind {
		case Defend:
			if !attacked {
				continue
			}
			s.adversaries, s.provoked = w.attackedBy[p], provoked
		case JoinOffense:
			if len(w.attacks[p]) == 0 {
				continue
			}
			s.adversaries, s.provoked = w.attacks[p], relations.Yes
		default:
			s.adversaries, s.provoked = advs, provoked
		}
		key := dutyKey{t.other, t.agreement, int32(t.item), kind}
		if seen[key] {
			continue // the same clause reached through another phase
		}
		seen[key] = true
		d := Duty{Actor: x, Kind: kind, For: p, Against: w.clone(s.adversaries), Form: m.agreements[t.agreement].Form,
			Agreement: agr, Clause: c.ID, InForce: in, Doubt: doubt, Holds: in}
		if len(c.Conditions) > 0 {
			d.Checks = make([]ConditionCheck, len(c.Conditions))
			for i, cond := range c.Conditions {
				d.Checks[i] = s.check(cond)
				d.Holds = d.Holds.And(d.Checks[i].Result)
			}
		}
		if w.fighting[edge{x, p}] {
			// A duty toward a party x is fighting, whatever the duty: to
			// join p's offense against x is to attack itself as surely as
			// to defend p against x. If x attacked p, x is bound against
			// itself or in breach; if p attacked x, p's attack released x,
			// and nothing is owed.
			if slices.Contains(w.attacks[x], p) {
				ck := BoundToAdversary
				if kind == Refrain || kind == StayNeutral {
					ck = Breach
				}
				r.Conflicts = append(r.Conflicts, DutyConflict{Actor: x, Kind: ck, Duties: []Duty{d}})
			}
			continue
		}
		if d.Holds == relations.No {
			r.Released = append(r.Released, d)
		} else {
			r.Duties = append(r.Duties, d)
		}
	}
}
