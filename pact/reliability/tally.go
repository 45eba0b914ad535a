package reliability

import "github.com/entente-go/entente/pact"

// Tally counts judgements by fate.
type Tally struct {
	Honoured, NotHonoured, CannotJudge, Released int
}

// Add counts one fate; an unknown fate is not counted.
func (t *Tally) Add(f Fate) {
	switch f {
	case Honoured:
		t.Honoured++
	case NotHonoured:
		t.NotHonoured++
	case CannotJudge:
		t.CannotJudge++
	case Released:
		t.Released++
	}
}

// Judged returns the number of obligations judged: honoured or not.
func (t Tally) Judged() int { return t.Honoured + t.NotHonoured }

// Rate returns the share of judged obligations that were honoured, and
// false when none was judged.
func (t Tally) Rate() (float64, bool) {
	if t.Judged() == 0 {
		return 0, false
	}
	return float64(t.Honoured) / float64(t.Judged()), true
}

// Count tallies judgements by their fate.
func Count(js []Judgement) Tally {
	var t Tally
	for _, j := range js {
		t.Add(j.Fate)
	}
	return t
}

// CountDuty tallies judgements by the fate of their duties of one kind
// (pact.Defend or pact.JoinOffense), leaving out those with none.
func CountDuty(js []Judgement, k pact.DutyKind) Tally {
	var t Tally
	for _, j := range js {
		if f, ok := j.FateBy(k); ok {
			t.Add(f)
		}
	}
	return t
}
