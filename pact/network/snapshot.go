package network

import (
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Snapshot is the network on one day or in one year: the states of the COW
// system then as nodes, and the ties the sources give, the certain apart
// from the uncertain. It is immutable.
type Snapshot struct {
	when   relations.Date
	nodes  []relations.Actor // by COW code
	index  map[relations.ActorID]int32
	ties   relations.Answer[Tie]
	rivals relations.Answer[Pair]
	// alliances and rivalries say why the sources of each kind of tie do
	// not observe the snapshot's time (or, for rivalries, that none were
	// given); zero when they do.
	alliances, rivalries relations.Doubt
}

func (s *Snapshot) has(id relations.ActorID) bool { _, ok := s.index[id]; return ok }

// When returns the day of the snapshot, or its year as a year-precision
// date.
func (s *Snapshot) When() relations.Date { return s.when }

// Nodes returns the states of the snapshot, sorted by COW code.
func (s *Snapshot) Nodes() []relations.Actor { return slices.Clone(s.nodes) }

// Ties returns the directed alliance ties, sorted by A, B and obligations:
// the certain ones, and apart, each with its doubt, those the data leave
// open — a partial date, a day past a source's coverage (as last
// observed), an obligation that varies by partner where the source does
// not say toward whom. A tie whose end is not a state of the COW system
// then (a government in exile, a microstate ATOP lists before COW does) is
// listed as the model gives it, but no graph has a node for it.
func (s *Snapshot) Ties() relations.Answer[Tie] {
	return relations.Answer[Tie]{Certain: slices.Clone(s.ties.Certain), Uncertain: slices.Clone(s.ties.Uncertain)}
}

// Rivalries returns the strategic rivalries (see [WithRivalries]), sorted:
// certain, and apart those the data leave open.
func (s *Snapshot) Rivalries() relations.Answer[Pair] {
	return relations.Answer[Pair]{Certain: slices.Clone(s.rivals.Certain), Uncertain: slices.Clone(s.rivals.Uncertain)}
}

// Allied answers which pairs are allied by the obligations given (all five
// binding ones when none is given): a pair is certain when either owes the
// other one of them certainly — an edge of [Snapshot.Undirected] where both
// are states of the system — and uncertain, with the doubt of the first
// open tie, when the data leave every such tie between them open.
func (s *Snapshot) Allied(obligations ...pact.Obligation) relations.Answer[Pair] {
	return allied(s.ties, setOf(obligations))
}

func allied(ties relations.Answer[Tie], f pact.ObligationSet) relations.Answer[Pair] {
	var a relations.Answer[Pair]
	sure := map[Pair]bool{}
	for _, t := range ties.Certain {
		if p := PairOf(t.A, t.B); t.Obligations&f != 0 && !sure[p] {
			sure[p] = true
			a.Certain = append(a.Certain, p)
		}
	}
	open := map[Pair]bool{}
	for _, u := range ties.Uncertain {
		if p := PairOf(u.Item.A, u.Item.B); u.Item.Obligations&f != 0 && !sure[p] && !open[p] {
			open[p] = true
			a.Uncertain = append(a.Uncertain, relations.Doubtful[Pair]{Item: p, Doubt: u.Doubt})
		}
	}
	slices.SortFunc(a.Certain, comparePairs)
	slices.SortStableFunc(a.Uncertain, func(x, y relations.Doubtful[Pair]) int { return comparePairs(x.Item, y.Item) })
	return a
}

// Ambivalent answers which pairs are both allied (by the obligations
// given, in either direction; all five when none is given) and rivals:
// certain when both are, uncertain when the data leave one of them open —
// 16–21 pairs a year certain in defense pacts from the mid-1960s to 2010,
// Greece–Turkey in NATO among them. Each measure says how it counts them.
func (s *Snapshot) Ambivalent(obligations ...pact.Obligation) relations.Answer[Pair] {
	return ambivalent(allied(s.ties, setOf(obligations)), s.rivals)
}

func ambivalent(allies, rivals relations.Answer[Pair]) relations.Answer[Pair] {
	type state struct {
		sure  bool
		doubt relations.Doubt
	}
	of := func(a relations.Answer[Pair]) map[Pair]state {
		m := make(map[Pair]state, a.Len())
		for _, p := range a.Certain {
			m[p] = state{sure: true}
		}
		for _, u := range a.Uncertain {
			m[u.Item] = state{doubt: u.Doubt}
		}
		return m
	}
	al := of(allies)
	var out relations.Answer[Pair]
	add := func(p Pair, r state) {
		a, ok := al[p]
		switch {
		case !ok:
		case a.sure && r.sure:
			out.Certain = append(out.Certain, p)
		case !a.sure:
			out.Uncertain = append(out.Uncertain, relations.Doubtful[Pair]{Item: p, Doubt: a.doubt})
		default:
			out.Uncertain = append(out.Uncertain, relations.Doubtful[Pair]{Item: p, Doubt: r.doubt})
		}
	}
	for _, p := range rivals.Certain {
		add(p, state{sure: true})
	}
	for _, u := range rivals.Uncertain {
		add(u.Item, state{doubt: u.Doubt})
	}
	slices.SortFunc(out.Certain, comparePairs)
	slices.SortFunc(out.Uncertain, func(x, y relations.Doubtful[Pair]) int { return comparePairs(x.Item, y.Item) })
	return out
}

// String describes the snapshot in a few lines: a header naming its time
// and its states, as in "network of 1962: 117 states", then how many
// alliance ties and rivalries are certain and how many the data leave
// open, with why a source does not observe the time.
func (s *Snapshot) String() string {
	if s == nil {
		return "network: none"
	}
	var b strings.Builder
	b.WriteString("network of " + s.when.String() + ": " + strconv.Itoa(len(s.nodes)) + " states")
	count := func(what string, certain, open int, why relations.Doubt) {
		b.WriteString("\n  " + what + ": " + strconv.Itoa(certain) + " certain, " + strconv.Itoa(open) + " cannot tell")
		if why.Reason != relations.UnknownReason || why.Detail != "" {
			b.WriteString(" (" + why.String() + ")")
		}
	}
	count("alliance ties", len(s.ties.Certain), len(s.ties.Uncertain), s.alliances)
	count("rivalries", len(s.rivals.Certain), len(s.rivals.Uncertain), s.rivalries)
	return b.String()
}
