package atop

import (
	"errors"
	"io/fs"
	"os"
	"slices"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// The files of ATOP 5.1 the reader reads.
const (
	AlliancesFile = "atop5_1a.csv"
	PhasesFile    = "atop5_1aph.csv"
	MembersFile   = "atop5_1m.csv"
)

// Source names ATOP 5.1 in answers, as in "as last observed by ATOP 5.1 on
// 2018-12-31".
const Source = "ATOP 5.1"

// Coverage is the span ATOP 5.1 observes: alliances formed from 1815 on,
// observed through 2018-12-31. A question about an earlier day has no
// answer in the data, which is not the answer "no"; about a later one, what
// ATOP last observed is answered as cannot tell.
var Coverage = relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}

// Alliance is one row of the alliance-level file.
type Alliance struct {
	ID int
	// Begin and End bound the alliance; End is zero while it is still in
	// effect at the end of the data.
	Begin, End relations.Date
	Bilateral  bool
	MaxPhase   int
	// Obligations are the obligations any member undertakes.
	Obligations pact.ObligationSet
	// Asymmetric is ATOP's ASYMM: obligations vary among the members.
	Asymmetric bool
	// Members lists the members' COW codes, ascending.
	Members []int
}

// Phase is one row of the alliance-phase file.
type Phase struct {
	Alliance, Phase int
	Begin, End      relations.Date
	// Provisions codes the phase's provisions (BASE, MILAID, INTCOM,
	// CONTRIB, MILCON); 0 when absent or missing.
	Base, MilAid, IntCom, Contrib, MilCon int
}

// Member is one row of the member-level file: one member's commitments in
// one phase of an alliance.
type Member struct {
	Alliance, CCode, Phase int
	// Entry and Exit bound the member's participation; Exit is zero while it
	// is still a member at the end of the data. An empty day in ATOP is an
	// unknown day: the date keeps month precision.
	Entry, Exit relations.Date
	Obligations pact.ObligationSet
	// Conditions lists, for each obligation, the conditions on it.
	Conditions map[pact.Obligation][]pact.ConditionKind
	Asymmetric bool
	// VariesByPartner is ATOP's OBVARY: this member owes different things
	// to different partners.
	VariesByPartner bool
}

// Dataset is ATOP read into memory: the three files' rows, and the pact
// model built from them.
type Dataset struct {
	Alliances []Alliance // by ID
	Phases    []Phase    // by alliance and phase
	Members   []Member   // in file order
	// Model holds one agreement per alliance ("atop-3180"), over one actor
	// per COW code, with Coverage declared.
	Model *pact.Model
}

// ReadDir reads the ATOP 5.1 files from a directory; see [Read].
func ReadDir(dir string) (*Dataset, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, &ParseError{File: dir, Msg: "not a directory"}
	}
	return Read(os.DirFS(dir))
}

// Read reads ATOP 5.1's alliance, phase and member files from fsys and
// builds the model. Every malformed value is reported, each with its file,
// line and column; columns the reader does not use are tolerated, and a
// missing required column is an error.
func Read(fsys fs.FS) (*Dataset, error) {
	d := &Dataset{}
	var errs []error
	if err := d.readAlliances(fsys); err != nil {
		errs = append(errs, err)
	}
	if err := d.readPhases(fsys); err != nil {
		errs = append(errs, err)
	}
	if err := d.readMembers(fsys); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	m, err := d.build()
	if err != nil {
		return nil, err
	}
	d.Model = m
	return d, nil
}

var obligationColumns = []struct {
	o      pact.Obligation
	column string
}{{pact.Defense, "defense"}, {pact.Offense, "offense"}, {pact.Neutrality, "neutral"},
	{pact.NonAggression, "nonagg"}, {pact.Consultation, "consul"}}

func (t *table) obligations() pact.ObligationSet {
	var set pact.ObligationSet
	for _, c := range obligationColumns {
		if t.flag(c.column) {
			set = set.With(c.o)
		}
	}
	return set
}

func finish(t *table) error {
	t.close()
	return errors.Join(t.errs...)
}

func (d *Dataset) readAlliances(fsys fs.FS) error {
	t, err := open(fsys, AlliancesFile, []string{"atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday",
		"bilat", "maxphase", "defense", "offense", "neutral", "nonagg", "consul", "asymm"})
	if err != nil {
		return err
	}
	for t.next() {
		a := Alliance{ID: t.int("atopid"), Begin: t.date("begyr", "begmo", "begday"), End: t.date("endyr", "endmo", "endday"),
			Bilateral: t.flag("bilat"), MaxPhase: t.int("maxphase"), Obligations: t.obligations(), Asymmetric: t.flag("asymm")}
		for i := 1; ; i++ {
			col := "mem" + itoa(i)
			if _, ok := t.col[col]; !ok {
				break
			}
			if c := t.optInt(col); c > 0 {
				a.Members = append(a.Members, c)
			}
		}
		d.Alliances = append(d.Alliances, a)
	}
	slices.SortFunc(d.Alliances, func(a, b Alliance) int { return a.ID - b.ID })
	return finish(t)
}

func (d *Dataset) readPhases(fsys fs.FS) error {
	t, err := open(fsys, PhasesFile, []string{"atopid", "phase", "begyr", "begmo", "begday", "endyr", "endmo", "endday"})
	if err != nil {
		return err
	}
	code := func(c string) int { return max(t.optInt(c), 0) }
	for t.next() {
		d.Phases = append(d.Phases, Phase{Alliance: t.int("atopid"), Phase: t.int("phase"),
			Begin: t.date("begyr", "begmo", "begday"), End: t.date("endyr", "endmo", "endday"),
			Base: code("base"), MilAid: code("milaid"), IntCom: code("intcom"), Contrib: code("contrib"), MilCon: code("milcon")})
	}
	slices.SortFunc(d.Phases, func(a, b Phase) int {
		if a.Alliance != b.Alliance {
			return a.Alliance - b.Alliance
		}
		return a.Phase - b.Phase
	})
	return finish(t)
}

// conditionColumns are the member file's conditions on each obligation.
var conditionColumns = map[pact.Obligation][]struct {
	kind   pact.ConditionKind
	column string
}{
	pact.Defense: {{pact.SpecificAdversary, "defcoadv"}, {pact.Location, "defcoloc"}, {pact.SpecificWar, "defcocon"},
		{pact.AdversaryCount, "defconum"}, {pact.DemandRefused, "defcodem"}, {pact.NonProvocation, "defconpr"}},
	pact.Offense: {{pact.SpecificAdversary, "offcoadv"}, {pact.Location, "offcoloc"}, {pact.SpecificWar, "offcocon"},
		{pact.AdversaryCount, "offconum"}, {pact.DemandRefused, "offcodem"}},
	pact.Neutrality: {{pact.SpecificAdversary, "neucoadv"}, {pact.Location, "neucoloc"}, {pact.SpecificWar, "neucocon"},
		{pact.AdversaryCount, "neuconum"}, {pact.DemandRefused, "neucodem"}, {pact.NonProvocation, "neuconpr"},
		{pact.PartyAttacked, "neucoatt"}},
	pact.Consultation: {{pact.SpecificAdversary, "concoadv"}, {pact.Location, "concoloc"}, {pact.SpecificWar, "concocon"},
		{pact.OnRequest, "concoreq"}},
}

func (d *Dataset) readMembers(fsys fs.FS) error {
	t, err := open(fsys, MembersFile, []string{"atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
		"phase", "defense", "offense", "neutral", "nonagg", "consul", "asymm", "obvary"})
	if err != nil {
		return err
	}
	for t.next() {
		m := Member{Alliance: t.int("atopid"), CCode: t.int("member"), Phase: t.int("phase"),
			Entry: t.date("yrent", "moent", "dayent"), Exit: t.date("yrexit", "moexit", "dayexit"),
			Obligations: t.obligations(), Asymmetric: t.flag("asymm"), VariesByPartner: t.flag("obvary")}
		if !m.Entry.IsValid() {
			t.fail("yrent", "a member needs an entry year")
		}
		for o, cols := range conditionColumns {
			if !m.Obligations.Has(o) {
				continue
			}
			for _, c := range cols {
				if _, ok := t.col[c.column]; ok && t.flag(c.column) {
					if m.Conditions == nil {
						m.Conditions = map[pact.Obligation][]pact.ConditionKind{}
					}
					m.Conditions[o] = append(m.Conditions[o], c.kind)
				}
			}
		}
		d.Members = append(d.Members, m)
	}
	return finish(t)
}
