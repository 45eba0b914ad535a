package atop

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/readlimit"
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
	// Threat is the threat the treaty names, in any phase; the zero Threat
	// when the file does not code it.
	Threat Threat
	// Line is the row's line in the file, for error messages.
	Line int
}

// Phase is one row of the alliance-phase file.
type Phase struct {
	Alliance, Phase int
	Begin, End      relations.Date
	// Provisions codes the phase's provisions (BASE, MILAID, INTCOM,
	// CONTRIB, MILCON); 0 when absent or missing.
	Base, MilAid, IntCom, Contrib, MilCon int
	// Threat is the threat the phase's treaty names; the zero Threat when
	// the file does not code it.
	Threat Threat
	// Line is the row's line in the file, for error messages.
	Line int
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
	// Threat is the threat the member's phase names, which a
	// specific-adversary condition refers to: the phase file's where it
	// codes threats, else the member file's, else the alliance file's.
	Threat Threat
	// Line is the row's line in the file, for error messages.
	Line int
}

// Dataset is ATOP read into memory: the three files' rows, and the pact
// model built from them.
type Dataset struct {
	Alliances []Alliance // by ID
	Phases    []Phase    // by alliance and phase
	Members   []Member   // in file order
	// DirectedFile names the directed dyad-year file the partners of
	// members coded OBVARY were read from: DirectedFile, DirectedMinFile or
	// DirectedVaryingFile, the first the file system holds, or "" when it
	// holds none — every such obligation then stays cannot tell toward each
	// partner, and each Varying says so.
	DirectedFile string
	// Directed holds the rows of that file the reader needs: those of the
	// directed dyads of members coded OBVARY, in the years they share a
	// phase, sorted by ccode1, ccode2 and year. Of the other rows no more
	// than the key (ccode1, ccode2, year) is read, and checked.
	Directed []Row
	// Varying lists, for each member coded OBVARY, obligation and partner
	// in each phase, what the directed file settles: by alliance, phase,
	// member, obligation and partner.
	Varying []Varying
	// Model holds one agreement per alliance ("atop-3180"), over one actor
	// per COW code, with Coverage declared.
	Model *pact.Model
}

// ReadDir reads the ATOP 5.1 files from a directory; see [Read].
func ReadDir(dir string, opts ...relations.ReadOption) (*Dataset, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("atop: reading ATOP 5.1 from directory %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, &relations.ParseError{File: dir, Err: errors.New("not a directory")}
	}
	return Read(os.DirFS(dir), opts...)
}

var (
	errNilFS    = errors.New("atop: Read: nil file system")
	errNilModel = errors.New("atop: no model (nil)")
)

// Read reads ATOP 5.1's alliance, phase and member files from fsys and
// builds the model. Every malformed value is reported, each with its file,
// line and column, the column at fault (a day that does not exist in its
// month is dayent's, a month past 12 moent's) (at most 100 a file, then
// how many more); columns the
// reader does not use are tolerated, and a missing or duplicated required
// column is an error. So are rows the model cannot hold faithfully, each
// reported at its line: a duplicate alliance or phase, a phase or member
// of an alliance not in the alliance file, a member in a phase not in the
// phase file, a negative or zero COW code, a missing begin or entry year,
// an end before the beginning, and an alliance with fewer than two
// members.
//
// A member's obligation conditional on a specific adversary (DEFCOADV,
// OFFCOADV, NEUCOADV or CONCOADV 1) gets a [pact.SpecificAdversary]
// condition naming the states its phase's treaty names as the threat
// (SPECTHRT 1, STATTHR1 and STATTHR2); for any other SPECTHRT, or a
// missing one, the condition names no adversary, is checked as cannot
// tell, and says why in its Text.
//
// A file larger than [MaxFileSize] bytes (the directed file:
// [MaxDirectedFileSize]) is an error wrapping [relations.ErrLimitExceeded];
// [relations.WithMaxInputSize] changes the bound of every file.
func Read(fsys fs.FS, opts ...relations.ReadOption) (*Dataset, error) {
	if fsys == nil {
		return nil, errNilFS
	}
	l := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxFileSize}, opts)
	limit := csvfile.Limit{Bytes: l.MaxInputSize, Name: "atop.MaxFileSize"}
	d := &Dataset{}
	var errs []error
	alliances, err := d.readAlliances(fsys, limit)
	if err != nil {
		errs = append(errs, err)
		alliances = nil // do not check the other files against a broken one
	}
	phases, phaseThreats, err := d.readPhases(fsys, alliances, limit)
	if err != nil {
		errs = append(errs, err)
		phases = nil
	}
	if err := d.readMembers(fsys, alliances, phases, phaseThreats, limit); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	members := byAlliance(d.Members, func(m Member) int { return m.Alliance })
	phaseRows := byAlliance(d.Phases, func(p Phase) int { return p.Alliance })
	r := d.newResolver(members, phaseRows)
	cases := r.cases()
	dl := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxDirectedFileSize}, opts)
	name, err := d.readDirected(fsys, needed(cases), csvfile.Limit{Bytes: dl.MaxInputSize, Name: "atop.MaxDirectedFileSize"})
	if err != nil {
		return nil, err
	}
	d.DirectedFile = name
	d.Varying = r.resolve(cases, name != "")
	m, err := d.build(members, phaseRows)
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

// obligationCols resolves obligationColumns in a file, in their order.
func (t *table) obligationCols() []column {
	cols := make([]column, len(obligationColumns))
	for i, c := range obligationColumns {
		cols[i] = t.column(c.column)
	}
	return cols
}

func (t *table) obligations(cols []column) pact.ObligationSet {
	var set pact.ObligationSet
	for i, c := range cols {
		if t.flag(c) {
			set = set.With(obligationColumns[i].o)
		}
	}
	return set
}

// bounds reads a row's begin and end, checking that there is a beginning
// and that the end does not come before it.
func (t *table) bounds(by, bm, bd, ey, em, ed column, what string) (begin, end relations.Date) {
	begin, end = t.date(by, bm, bd), t.date(ey, em, ed)
	if !begin.IsValid() && t.str(by) == "0" {
		t.fail(by, what+" needs a year", nil)
	}
	if begin.IsValid() && end.IsValid() && end.Before(begin) == relations.Yes {
		t.fail(ey, end.String()+" comes before "+begin.String(), nil)
	}
	return begin, end
}

// ccode reads a COW code, which is positive.
func (t *table) ccode(c column) int {
	n := t.int(c)
	if n <= 0 && t.str(c) == strconv.Itoa(n) {
		t.fail(c, strconv.Itoa(n)+" is not a COW code", nil)
	}
	return n
}

// knownAlliance checks the current row's atopid against the alliance file
// (when that file was read).
func (t *table) knownAlliance(c column, id int, alliances map[int]int) {
	if _, ok := alliances[id]; !ok && alliances != nil && t.str(c) == strconv.Itoa(id) {
		t.fail(c, "alliance "+strconv.Itoa(id)+" is not in "+AlliancesFile, nil)
	}
}

// readAlliances reads the alliance file and returns each alliance's line.
func (d *Dataset) readAlliances(fsys fs.FS, limit csvfile.Limit) (map[int]int, error) {
	t, err := open(fsys, AlliancesFile, []string{"atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday",
		"bilat", "maxphase", "defense", "offense", "neutral", "nonagg", "consul", "asymm"}, limit)
	if err != nil {
		return nil, err
	}
	id, by, bm, bd := t.column("atopid"), t.column("begyr"), t.column("begmo"), t.column("begday")
	ey, em, ed := t.column("endyr"), t.column("endmo"), t.column("endday")
	bilat, maxphase, asymm := t.column("bilat"), t.column("maxphase"), t.column("asymm")
	obligations, threat := t.obligationCols(), t.threatColumns()
	var mem []column
	for i := 1; ; i++ {
		c := t.column("mem" + strconv.Itoa(i))
		if !c.has() {
			break
		}
		mem = append(mem, c)
	}
	lines := make(map[int]int, t.Rows())
	d.Alliances = make([]Alliance, 0, t.Rows())
	for t.Next() {
		a := Alliance{ID: t.int(id), Bilateral: t.flag(bilat), MaxPhase: t.int(maxphase),
			Obligations: t.obligations(obligations), Asymmetric: t.flag(asymm), Threat: t.threat(threat), Line: t.Line()}
		a.Begin, a.End = t.bounds(by, bm, bd, ey, em, ed, "an alliance")
		for _, c := range mem {
			if n, ok := t.optInt(c); ok && n > 0 {
				a.Members = append(a.Members, n)
			}
		}
		if first, dup := lines[a.ID]; dup {
			t.fail(id, "alliance "+strconv.Itoa(a.ID)+" is listed twice (first on line "+strconv.Itoa(first)+")", nil)
		} else {
			lines[a.ID] = t.Line()
		}
		d.Alliances = append(d.Alliances, a)
	}
	slices.SortStableFunc(d.Alliances, func(a, b Alliance) int { return cmp.Compare(a.ID, b.ID) })
	return lines, t.Err()
}

// phaseKey names one phase of one alliance.
type phaseKey struct{ alliance, phase int }

// readPhases reads the phase file and returns the index of each phase in
// d.Phases, and whether the file codes threats.
func (d *Dataset) readPhases(fsys fs.FS, alliances map[int]int, limit csvfile.Limit) (map[phaseKey]int, bool, error) {
	t, err := open(fsys, PhasesFile, []string{"atopid", "phase", "begyr", "begmo", "begday", "endyr", "endmo", "endday"}, limit)
	if err != nil {
		return nil, false, err
	}
	id, phase, by, bm, bd := t.column("atopid"), t.column("phase"), t.column("begyr"), t.column("begmo"), t.column("begday")
	ey, em, ed := t.column("endyr"), t.column("endmo"), t.column("endday")
	base, milaid, intcom, contrib, milcon := t.column("base"), t.column("milaid"), t.column("intcom"), t.column("contrib"), t.column("milcon")
	threat := t.threatColumns()
	code := func(c column) int { n, _ := t.optInt(c); return n }
	lines := make(map[phaseKey]int, t.Rows())
	d.Phases = make([]Phase, 0, t.Rows())
	for t.Next() {
		p := Phase{Alliance: t.int(id), Phase: t.int(phase),
			Base: code(base), MilAid: code(milaid), IntCom: code(intcom), Contrib: code(contrib), MilCon: code(milcon),
			Threat: t.threat(threat), Line: t.Line()}
		p.Begin, p.End = t.bounds(by, bm, bd, ey, em, ed, "a phase")
		t.knownAlliance(id, p.Alliance, alliances)
		k := phaseKey{p.Alliance, p.Phase}
		if first, dup := lines[k]; dup {
			t.fail(phase, "phase "+strconv.Itoa(p.Phase)+" of alliance "+strconv.Itoa(p.Alliance)+
				" is listed twice (first on line "+strconv.Itoa(first)+")", nil)
		} else {
			lines[k] = t.Line()
		}
		d.Phases = append(d.Phases, p)
	}
	slices.SortStableFunc(d.Phases, func(a, b Phase) int {
		return cmp.Or(cmp.Compare(a.Alliance, b.Alliance), cmp.Compare(a.Phase, b.Phase))
	})
	index := make(map[phaseKey]int, len(d.Phases))
	for i, p := range d.Phases {
		if _, dup := index[phaseKey{p.Alliance, p.Phase}]; !dup {
			index[phaseKey{p.Alliance, p.Phase}] = i
		}
	}
	return index, threat.has(), t.Err()
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

// conditionCol is one condition column resolved in the member file.
type conditionCol struct {
	o    pact.Obligation
	kind pact.ConditionKind
	col  column
}

// readMembers reads the member file, checking each row's alliance and
// phase against the other files (when they were read). phases indexes
// d.Phases; phaseThreats says whether the phase file codes threats.
func (d *Dataset) readMembers(fsys fs.FS, alliances map[int]int, phases map[phaseKey]int, phaseThreats bool, limit csvfile.Limit) error {
	t, err := open(fsys, MembersFile, []string{"atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
		"phase", "defense", "offense", "neutral", "nonagg", "consul", "asymm", "obvary"}, limit)
	if err != nil {
		return err
	}
	id, member, phase := t.column("atopid"), t.column("member"), t.column("phase")
	ey, em, ed := t.column("yrent"), t.column("moent"), t.column("dayent")
	xy, xm, xd := t.column("yrexit"), t.column("moexit"), t.column("dayexit")
	asymm, obvary := t.column("asymm"), t.column("obvary")
	obligations, threat := t.obligationCols(), t.threatColumns()
	var conditions []conditionCol
	for _, oc := range obligationColumns { // in a fixed order, so conditions are too
		for _, c := range conditionColumns[oc.o] {
			if col := t.column(c.column); col.has() {
				conditions = append(conditions, conditionCol{oc.o, c.kind, col})
			}
		}
	}
	var allianceIdx map[int]int
	if !threat.has() && !phaseThreats {
		allianceIdx = make(map[int]int, len(d.Alliances))
		for i, a := range d.Alliances {
			allianceIdx[a.ID] = i
		}
	}
	d.Members = make([]Member, 0, t.Rows())
	for t.Next() {
		m := Member{Alliance: t.int(id), CCode: t.ccode(member), Phase: t.int(phase),
			Obligations: t.obligations(obligations), Asymmetric: t.flag(asymm), VariesByPartner: t.flag(obvary),
			Threat: t.threat(threat), Line: t.Line()}
		m.Entry, m.Exit = t.bounds(ey, em, ed, xy, xm, xd, "a member's entry")
		t.knownAlliance(id, m.Alliance, alliances)
		pi, inPhases := phases[phaseKey{m.Alliance, m.Phase}]
		if !inPhases && phases != nil && alliances != nil {
			if _, ok := alliances[m.Alliance]; ok {
				t.fail(phase, "phase "+strconv.Itoa(m.Phase)+" of alliance "+strconv.Itoa(m.Alliance)+" is not in "+PhasesFile, nil)
			}
		}
		switch {
		case phaseThreats && inPhases:
			p := d.Phases[pi]
			if threat.has() && !m.Threat.equal(p.Threat) {
				t.fail(threat.kind, m.Threat.String()+", but "+PhasesFile+":"+strconv.Itoa(p.Line)+" says "+p.Threat.String(), nil)
			}
			m.Threat = p.Threat
		case allianceIdx != nil:
			if i, ok := allianceIdx[m.Alliance]; ok {
				m.Threat = d.Alliances[i].Threat
			}
		}
		for _, c := range conditions {
			if !m.Obligations.Has(c.o) || !t.flag(c.col) {
				continue
			}
			if m.Conditions == nil {
				m.Conditions = map[pact.Obligation][]pact.ConditionKind{}
			}
			m.Conditions[c.o] = append(m.Conditions[c.o], c.kind)
		}
		d.Members = append(d.Members, m)
	}
	return t.Err()
}
