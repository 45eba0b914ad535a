package pact

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/relations"
)

// PortfolioWeights says how much each kind of tie counts toward an actor's
// protection in a [Portfolio], given to [Model.Portfolio] by [WithWeights]. A protector counts with the weight of its
// strongest tie, so the same relationship is never counted twice.
type PortfolioWeights struct {
	Defense     float64 // a treaty obligation to defend
	Expectation float64 // an informal expectation of protection
	Basing      float64 // the protector's forces based on the actor's soil
	MilitaryAid float64 // arms, training or funds from the protector
}

// DefaultWeights counts a treaty defense obligation fully and an
// expectation, a base or military aid at a half or a quarter: they protect,
// but oblige no one to fight.
var DefaultWeights = PortfolioWeights{Defense: 1, Expectation: 0.5, Basing: 0.5, MilitaryAid: 0.25}

// Protector is one actor in a security portfolio, with the ties that put it
// there.
type Protector struct {
	Actor  relations.ActorID
	Weight float64
	// Ties describes each tie, as in `defense (agreement "smda")`.
	Ties []string
}

// Portfolio is the set of actors an actor's security rests on, on a day.
type Portfolio struct {
	Actor relations.ActorID
	On    relations.Date
	// Protectors holds, certain, the protectors that carry weight, sorted
	// by weight, heaviest first, then by ID; and, uncertain, sorted by ID,
	// those whose every tie the data cannot settle on the day, each with
	// why and with the Weight its strongest tie would have. The uncertain
	// count toward no share: a caller that reads shares reads them beside
	// the certain (package [github.com/entente-go/entente/pact/record]
	// bounds the shares they allow).
	Protectors relations.Answer[Protector]
}

// Total returns the sum of the protectors' weights.
func (p Portfolio) Total() float64 {
	t := 0.0
	for _, x := range p.Protectors.Certain {
		t += x.Weight
	}
	return t
}

// Share returns the fraction of the portfolio's weight that rests on x,
// from 0 to 1; NaN for an empty portfolio, where no share is defined.
func (p Portfolio) Share(x relations.ActorID) float64 {
	t := p.Total()
	if t == 0 {
		return math.NaN()
	}
	for _, pr := range p.Protectors.Certain {
		if pr.Actor == x {
			return pr.Weight / t
		}
	}
	return 0
}

// Concentration returns the Herfindahl–Hirschman index of the protectors'
// shares, Σ sᵢ²: 1 when one protector carries everything, 1/n for n equal
// protectors; NaN for an empty portfolio.
func (p Portfolio) Concentration() float64 {
	t := p.Total()
	if t == 0 {
		return math.NaN()
	}
	h := 0.0
	for _, pr := range p.Protectors.Certain {
		s := pr.Weight / t
		h += s * s
	}
	return h
}

// Portfolio returns the actors x's security rests on at day: those that owe
// it defense, that it expects protection from, whose forces it hosts or
// that give it military aid, weighted by [DefaultWeights] or the weights
// of [WithWeights], the one [Option] it takes. Ties whose force the data
// cannot settle count toward no share: a protector with only such ties is
// listed apart, among the uncertain Protectors, with why. It reports an error for weights
// that are negative, not finite or all zero, where no share is defined.
func (m *Model) Portfolio(x relations.ActorID, day relations.Date, opts ...Option) (Portfolio, error) {
	o, err := collect("Model.Portfolio", opts, "WithWeights")
	if err != nil {
		return Portfolio{}, err
	}
	w := o.weights
	if err := w.check(); err != nil {
		return Portfolio{}, err
	}
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return Portfolio{}, err
	}
	byActor := map[int32]*Protector{}
	doubts := map[int32]relations.Doubt{}
	unsettled := map[int32]float64{} // the weight of each protector's strongest unsettled tie
	var order []int32
	ties := m.tiesOf(xi, -1, nil)
	for i := range ties {
		t := &ties[i]
		in, doubt := m.tieTruth(t, day, f, l)
		if in == relations.No {
			continue
		}
		var weight float64
		var what string
		switch {
		case !t.outgoing && t.obligation == Defense:
			weight, what = w.Defense, "defense"
		case !t.outgoing && t.obligation == Expectation:
			weight, what = w.Expectation, "expectation"
		case !t.outgoing && t.provision == Basing:
			weight, what = w.Basing, "basing"
		case !t.outgoing && t.provision == MilitaryAid:
			weight, what = w.MilitaryAid, "military aid"
		default:
			continue
		}
		if weight <= 0 {
			continue
		}
		p := byActor[t.other]
		if p == nil {
			p = &Protector{Actor: m.actors[t.other].ID}
			byActor[t.other] = p
			order = append(order, t.other)
		}
		desc := what + " (agreement " + quote(m.agreements[t.agreement].ID) + ")"
		if in == relations.CannotTell {
			if _, ok := doubts[t.other]; !ok {
				doubts[t.other] = doubt
			}
			unsettled[t.other] = max(unsettled[t.other], weight)
			desc += " [cannot tell: " + doubt.String() + "]"
		} else {
			p.Weight = max(p.Weight, weight)
		}
		if !slices.Contains(p.Ties, desc) {
			p.Ties = append(p.Ties, desc)
		}
	}
	pf := Portfolio{Actor: x, On: day}
	for _, i := range order {
		if p := byActor[i]; p.Weight > 0 {
			pf.Protectors.Certain = append(pf.Protectors.Certain, *p)
		} else {
			p.Weight = unsettled[i]
			pf.Protectors.Uncertain = append(pf.Protectors.Uncertain, relations.Doubtful[Protector]{Item: *p, Doubt: doubts[i]})
		}
	}
	slices.SortFunc(pf.Protectors.Certain, func(a, b Protector) int {
		return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Actor, b.Actor))
	})
	slices.SortFunc(pf.Protectors.Uncertain, func(a, b relations.Doubtful[Protector]) int { return cmp.Compare(a.Item.Actor, b.Item.Actor) })
	return pf, nil
}

// check rejects weights under which no share is defined.
func (w PortfolioWeights) check() error {
	total := 0.0
	for _, v := range []float64{w.Defense, w.Expectation, w.Basing, w.MilitaryAid} {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return invalid("query: weights", errors.New("want finite weights of 0 or more, got "+strconv.FormatFloat(v, 'g', -1, 64)))
		}
		total += v
	}
	if total == 0 {
		return invalid("query: weights", errors.New("are all zero; give at least one kind of tie a weight, as DefaultWeights does"))
	}
	return nil
}

// String explains the portfolio in lines: a header naming the actor and
// the day, as in "security portfolio of SAU on 2025-12-31", with the
// concentration; then each protector with its weight, share and ties; then
// each protector the data cannot settle, with why.
func (p Portfolio) String() string {
	var b strings.Builder
	b.WriteString("security portfolio of " + string(p.Actor) + " on " + p.On.String())
	if c := p.Concentration(); !math.IsNaN(c) {
		b.WriteString(" (concentration " + strconv.FormatFloat(c, 'f', 2, 64) + ")")
	}
	for _, x := range p.Protectors.Certain {
		b.WriteString("\n  " + string(x.Actor) + " weight " + strconv.FormatFloat(x.Weight, 'g', -1, 64) +
			", share " + strconv.FormatFloat(p.Share(x.Actor), 'f', 2, 64) + ": " + strings.Join(x.Ties, "; "))
	}
	for _, u := range p.Protectors.Uncertain {
		b.WriteString("\n  cannot tell: " + string(u.Item.Actor) + " (" + u.Doubt.String() + "): " + strings.Join(u.Item.Ties, "; "))
	}
	if p.Protectors.Len() == 0 {
		b.WriteString("\n  no protector")
	}
	return b.String()
}
