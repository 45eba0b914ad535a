package similarity

import (
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Coding turns the obligations one actor owes another into a tie value.
// Max is the highest value it gives, Min the lowest; the S score
// normalises distances by their range. A pair without ties holds 0, so 0
// lies between Min and Max, and Value gives 0 for no obligation.
type Coding struct {
	Name     string
	Value    func(pact.ObligationSet) float64
	Min, Max float64
}

// ATOP ranks obligations as the ATOP similarity scores do (Chiba, Johnson
// and Leeds 2015): 3 for defense or offense, 2 for neutrality or
// consultation, 1 for non-aggression alone, 0 for none.
var ATOP = Coding{Name: "atop", Min: 0, Max: 3, Value: atopValue}

func atopValue(s pact.ObligationSet) float64 {
	switch {
	case s.Has(pact.Defense) || s.Has(pact.Offense):
		return 3
	case s.Has(pact.Neutrality) || s.Has(pact.Consultation):
		return 2
	case s.Has(pact.NonAggression):
		return 1
	}
	return 0
}

// COWStyle ranks obligations after the Correlates of War typology of
// alliances, as S scores from COW alliance data are usually computed: 3 for
// a defense pact, 2 for neutrality or non-aggression, 1 for an entente
// (consultation), 0 for none. Offense, which COW does not code apart, counts
// as defense.
var COWStyle = Coding{Name: "cow", Min: 0, Max: 3, Value: cowValue}

func cowValue(s pact.ObligationSet) float64 {
	switch {
	case s.Has(pact.Defense) || s.Has(pact.Offense):
		return 3
	case s.Has(pact.Neutrality) || s.Has(pact.NonAggression):
		return 2
	case s.Has(pact.Consultation):
		return 1
	}
	return 0
}

// Self says how an actor's tie to itself counts in its own portfolio.
type Self uint8

const (
	// SelfHighest gives an actor the coding's highest value toward itself,
	// as Signorino and Ritter do: a state is its own strongest ally.
	SelfHighest Self = iota
	// SelfZero gives an actor no tie to itself.
	SelfZero
	// SelfOmit leaves both actors of the pair out of the comparison.
	SelfOmit
)

// Matrix holds the tie values among a reference set of actors in one year:
// Value(i, k) is the coding of i's obligations to k. A tie the data cannot
// settle — every tie of a year past the sources' coverage — is a range of
// values with a doubt, and the measures follow [relations.Measure]'s rule:
// S gives its exact bounds, κ, π and τ-b cannot tell.
type Matrix struct {
	ids    []relations.ActorID
	index  map[relations.ActorID]int
	values [][]float64
	coding Coding
	// lo and hi bound each tie, nil while every tie is settled (each
	// then values); doubt says why some are not.
	lo, hi [][]float64
	doubt  relations.Doubt
	// err, if set, is what is wrong with the matrix's input (a coding, a
	// reference set past MaxReference): every measure reports it.
	err error
}

// MaxReference bounds the reference set of a Matrix: it holds a value per
// pair of members, so 4,096 members take 128 MiB; the COW system has never
// had more than 200 states. A larger set gives a Matrix without values
// whose measures report an error wrapping [relations.ErrLimitExceeded].
const MaxReference = 4096

// ErrNotInReference is wrapped by errors for an actor outside the
// reference set.
var ErrNotInReference = errors.New("not in the reference set")

// Ties builds the tie matrix of the reference set ref in year from a pact
// model's directed dyad-year panel: i's value toward k is the coding of the
// obligations i owes k in that year. Actors of ref that the model does not
// know have no ties. The diagonal is left to the [Self] rule of each
// measure. A year outside [relations.MinYear, relations.MaxYear], and a nil
// model, have no ties. A coding without a Value function, or whose value
// falls outside its Min and Max, gives a matrix whose measures report it.
//
// A year some source of the model does not observe whole — for ATOP 5.1,
// any year after 2018 — has no tie the data settle: every tie between two
// members of ref lies anywhere from the coding's Min to its Max, with the
// doubt of the source's coverage (what it last observed says nothing of
// alliances ended or made since). The measures then follow
// [relations.Measure]'s rule, never giving a number as if the ties were
// known, nor a later year the last observed year's values.
func Ties(m *pact.Model, year int, ref []relations.ActorID, c Coding) *Matrix {
	mx := NewMatrix(ref, c)
	switch {
	case mx.err != nil:
	case c.Value == nil:
		mx.err = codingErr(c, "has no Value function")
	case c.Value(0) != 0:
		mx.err = codingErr(c, "gives "+strconv.FormatFloat(c.Value(0), 'g', -1, 64)+" for no obligation; a pair without ties holds 0")
	}
	if m == nil || mx.err != nil {
		return mx
	}
	if d := unobserved(m, year); d != (relations.Doubt{}) {
		for _, i := range mx.ids {
			for _, k := range mx.ids {
				if i != k {
					mx.SetUnsettled(i, k, c.Min, c.Max, d)
				}
			}
		}
		return mx
	}
	known := make([]relations.ActorID, 0, len(mx.ids))
	for _, id := range mx.ids {
		if _, err := m.AgreementsOf(id); err == nil {
			known = append(known, id)
		}
	}
	panel, err := m.DyadYears(pact.Directed, year, year, known...)
	if err != nil {
		return mx
	}
	for a, rows := range panel {
		i := mx.index[a]
		for _, r := range rows {
			if k, ok := mx.index[r.B]; ok {
				v := c.Value(r.Obligations)
				if !c.holds(v) {
					mx.err = codingErr(c, "gives "+strconv.FormatFloat(v, 'g', -1, 64)+" for "+r.Obligations.String()+", outside its Min and Max")
					return mx
				}
				mx.values[i][k] = v
			}
		}
	}
	return mx
}

// unobserved says why some source of m does not observe the whole of
// year, or returns the zero Doubt when every source does (and for a year
// no Date can hold, which has no ties).
func unobserved(m *pact.Model, year int) relations.Doubt {
	first, err1 := relations.DayDate(year, 1, 1)
	last, err2 := relations.DayDate(year, 12, 31)
	if err1 != nil || err2 != nil {
		return relations.Doubt{}
	}
	for _, c := range m.Sources() {
		if c.IsZero() {
			continue
		}
		if c.Observed.Contains(first) != relations.Yes && c.Observed.From.IsValid() && first.Before(c.Observed.From) == relations.Yes {
			return relations.Doubt{Detail: "the ties of " + strconv.Itoa(year) + ": " + c.Source + " begins to observe on " + c.Observed.From.String()}
		}
		if c.Observed.Contains(last) != relations.Yes {
			seen, _ := c.LastObserved()
			return relations.Doubt{Reason: relations.PastCoverage,
				Detail: "the ties of " + strconv.Itoa(year) + ", as last observed by " + c.Source + " on " + seen.String()}
		}
	}
	return relations.Doubt{}
}

// check reports what is wrong with the coding's bounds: both finite, Min
// below Max, and 0 between them, the value of a pair without ties, so that
// S stays within [−1, 1].
func (c Coding) check() error {
	bounds := "bounds [" + strconv.FormatFloat(c.Min, 'g', -1, 64) + ", " + strconv.FormatFloat(c.Max, 'g', -1, 64) + "]"
	switch {
	case math.IsNaN(c.Min) || math.IsInf(c.Min, 0) || math.IsNaN(c.Max) || math.IsInf(c.Max, 0) || c.Min >= c.Max:
		return codingErr(c, bounds+" are not two finite numbers, Min below Max")
	case c.Min > 0 || c.Max < 0:
		return codingErr(c, bounds+" leave out 0, the value of a pair without ties")
	}
	return nil
}

// holds reports whether v is a value of the coding: within [Min, Max].
func (c Coding) holds(v float64) bool { return v >= c.Min && v <= c.Max }

func codingErr(c Coding, msg string) error {
	return errs.In("similarity", &relations.ValidationError{Path: "coding " + errs.Quote(c.Name), Err: errors.New(msg)})
}

// NewMatrix returns a matrix over ref with no ties, for callers that fill
// it with [Matrix.Set] (tests, or data from elsewhere). Duplicate IDs in
// ref count once. A coding whose bounds are not two finite numbers, Min
// below Max, or a reference set of more than [MaxReference] members, gives
// a matrix without values whose measures report it.
func NewMatrix(ref []relations.ActorID, c Coding) *Matrix {
	ids := slices.Clone(ref)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if err := c.check(); err != nil {
		return &Matrix{coding: c, err: err}
	}
	if len(ids) > MaxReference {
		return &Matrix{coding: c, err: errs.In("similarity", &relations.ValidationError{Path: "reference set", Err: errs.Limit(strconv.Itoa(len(ids))+" members", MaxReference, "", "similarity.MaxReference")})}
	}
	mx := &Matrix{ids: ids, index: make(map[relations.ActorID]int, len(ids)), values: make([][]float64, len(ids)), coding: c}
	for i, id := range ids {
		mx.index[id] = i
		mx.values[i] = make([]float64, len(ids))
	}
	return mx
}

// Set sets i's tie value toward k; it reports false, and sets nothing, if
// either is not in the reference set or v is not a value of the coding
// (within its Min and Max).
func (mx *Matrix) Set(i, k relations.ActorID, v float64) bool {
	a, ok1 := mx.index[i]
	b, ok2 := mx.index[k]
	if !ok1 || !ok2 || !mx.coding.holds(v) {
		return false
	}
	mx.values[a][b] = v
	if mx.lo != nil {
		mx.lo[a][b], mx.hi[a][b] = v, v
	}
	return true
}

// SetUnsettled sets i's tie toward k as one the data cannot settle: a
// value from lo through hi, and why. The matrix keeps the first doubt it
// is given, which the measures report. It reports false if either actor is
// not in the reference set, lo > hi, or either bound is not a value of the
// coding.
func (mx *Matrix) SetUnsettled(i, k relations.ActorID, lo, hi float64, why relations.Doubt) bool {
	a, ok1 := mx.index[i]
	b, ok2 := mx.index[k]
	if !ok1 || !ok2 || !(lo <= hi) || !mx.coding.holds(lo) || !mx.coding.holds(hi) {
		return false
	}
	if mx.lo == nil {
		mx.lo, mx.hi = make([][]float64, len(mx.ids)), make([][]float64, len(mx.ids))
		for r := range mx.ids {
			mx.lo[r], mx.hi[r] = slices.Clone(mx.values[r]), slices.Clone(mx.values[r])
		}
		mx.doubt = why
	}
	mx.values[a][b], mx.lo[a][b], mx.hi[a][b] = math.NaN(), lo, hi
	return true
}

// Reference returns the reference set, sorted.
func (mx *Matrix) Reference() []relations.ActorID { return slices.Clone(mx.ids) }

// Value returns i's tie value toward k: settled, or the range the data
// leave open with why; false if either is not in the reference set.
func (mx *Matrix) Value(i, k relations.ActorID) (relations.Measure, bool) {
	a, ok1 := mx.index[i]
	b, ok2 := mx.index[k]
	if !ok1 || !ok2 {
		return relations.Measure{}, false
	}
	if v := mx.values[a][b]; !math.IsNaN(v) {
		return relations.Exact(v), true
	}
	return relations.Measure{Lo: mx.lo[a][b], Hi: mx.hi[a][b], Doubt: mx.doubt}, true
}

// inReference returns what is wrong with the matrix's input, or the error
// for i or j outside the reference set, or nil.
func (mx *Matrix) inReference(i, j relations.ActorID) error {
	if mx.err != nil {
		return mx.err
	}
	for _, x := range [2]relations.ActorID{i, j} {
		if _, ok := mx.index[x]; !ok {
			return errs.In("similarity", &relations.ValidationError{Path: "query: " + string(x), Err: ErrNotInReference})
		}
	}
	return nil
}

// unsettled reports whether a tie of i's or j's toward the reference set
// is unsettled, the diagonal left to the Self rule.
func (mx *Matrix) unsettled(i, j relations.ActorID) bool {
	if mx.lo == nil {
		return false
	}
	a, b := mx.index[i], mx.index[j]
	for k := range mx.ids {
		if k != a && math.IsNaN(mx.values[a][k]) || k != b && math.IsNaN(mx.values[b][k]) {
			return true
		}
	}
	return false
}

// each calls f for every member of the reference set with i's and j's tie
// values toward it, the Self rule applied, and its weight (1 unless weight
// is given); an unsettled tie's value is NaN. It allocates nothing.
func (mx *Matrix) each(i, j relations.ActorID, self Self, weight func(relations.ActorID) float64, f func(x, y, w float64)) error {
	return mx.eachRange(i, j, self, weight, func(x, y span, w float64) {
		xv, yv := x.lo, y.lo
		if x.lo != x.hi {
			xv = math.NaN()
		}
		if y.lo != y.hi {
			yv = math.NaN()
		}
		f(xv, yv, w)
	})
}

// span is the range of one tie's value: lo == hi when it is settled.
type span struct{ lo, hi float64 }

// eachRange is each with the range of each tie.
func (mx *Matrix) eachRange(i, j relations.ActorID, self Self, weight func(relations.ActorID) float64, f func(x, y span, w float64)) error {
	if err := mx.inReference(i, j); err != nil {
		return err
	}
	a, b := mx.index[i], mx.index[j]
	diag := mx.coding.Min
	if self == SelfHighest {
		diag = mx.coding.Max
	}
	tie := func(r, k int) span {
		if v := mx.values[r][k]; !math.IsNaN(v) || mx.lo == nil {
			return span{v, v}
		}
		return span{mx.lo[r][k], mx.hi[r][k]}
	}
	for k, id := range mx.ids {
		x, y := tie(a, k), tie(b, k)
		if k == a || k == b {
			if self == SelfOmit {
				continue
			}
			if k == a {
				x = span{diag, diag}
			}
			if k == b {
				y = span{diag, diag}
			}
		}
		w := 1.0
		if weight != nil {
			if w = weight(id); w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
				return errs.In("similarity", &relations.ValidationError{Path: "query: weight", Err: errors.New("the weight of " + errs.Quote(string(id)) + " is " + strconv.FormatFloat(w, 'g', -1, 64) + "; want a finite number ≥ 0")})
			}
		}
		f(x, y, w)
	}
	return nil
}
