package atop

import (
	"encoding/csv"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-go/entente/relations"
)

const (
	allianceHead = "atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm,mem1,mem2\n"
	phaseHead    = "atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n"
	memberHead   = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary\n"
)

// readWith reads tiny() with one file replaced, and returns the error.
func readWith(t *testing.T, file, content string) error {
	t.Helper()
	fsys := tiny()
	fsys[file] = &fstest.MapFile{Data: []byte(content)}
	_, err := Read(fsys)
	if err == nil {
		t.Fatalf("%s:\n%s\nread without error", file, content)
	}
	return err
}

// wantErr checks that err says want, and that a ParseError in it names file.
func wantErr(t *testing.T, err error, file, want string) {
	t.Helper()
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error\n got: %v\nwant: %s", err, want)
	}
	var pe *relations.ParseError
	if !errors.As(err, &pe) || pe.File != file {
		t.Errorf("not a *relations.ParseError for %s: %#v", file, err)
	}
}

func TestNegativeMonthIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,-5,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:2:12: moent: "-5" is negative, and not ATOP's missing code -9`)
}

func TestNegativeDayIsAnError(t *testing.T) {
	err := readWith(t, AlliancesFile, allianceHead+"1,1904,4,-1,0,0,0,0,0,1,0,0,0,0,0,200,220\n2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0,255,365\n")
	wantErr(t, err, AlliancesFile, `atop5_1a.csv:2:10: begday: "-1" is negative, and not ATOP's missing code -9`)
}

// TestMissingCodeIsAnUnknownDay: -9, ATOP's missing code, is an unknown
// day, as an empty cell is.
func TestMissingCodeIsAnUnknownDay(t *testing.T) {
	fsys := tiny()
	fsys[MembersFile] = &fstest.MapFile{Data: []byte(memberHead + "1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,-9,0,0,0,0,1,0,0,0,0,0,0\n" +
		"2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n")}
	d, err := Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Members[1].Entry.String(); got != "1904-04" {
		t.Errorf("entry with day -9 reads as %s, want 1904-04", got)
	}
}

func TestDayWithoutMonthIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,0,15,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:2:14: dayent: day 15 without a month`)
}

func TestYearZeroWithMonthIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,4,8,0,5,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:2:16: yrexit: year 0 (none) with a month or day`)
}

func TestPhaseOfUnknownAllianceIsAnError(t *testing.T) {
	err := readWith(t, PhasesFile, phaseHead+"1,0,1904,4,8,0,0,0\n2,0,1887,6,18,1890,6,18\n7,0,1887,6,18,1890,6,18\n")
	wantErr(t, err, PhasesFile, `atop5_1aph.csv:4:1: atopid: alliance 7 is not in atop5_1a.csv`)
}

func TestMemberOfUnknownAllianceIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n9,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:4:1: atopid: alliance 9 is not in atop5_1a.csv`)
}

func TestMemberPhaseNotInPhaseFileIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,2,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:3:22: phase: phase 2 of alliance 1 is not in atop5_1aph.csv`)
}

func TestDuplicateHeaderColumnIsAnError(t *testing.T) {
	err := readWith(t, PhasesFile, "atopid,phase,begyr,begmo,begday,endyr,endmo,endday,begyr\n1,0,1904,4,8,0,0,0,1903\n")
	wantErr(t, err, PhasesFile, `atop5_1aph.csv:1:52: begyr: duplicate column (also column 3)`)
}

func TestDuplicateAllianceIsAnError(t *testing.T) {
	err := readWith(t, AlliancesFile, allianceHead+"1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0,200,220\n2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0,255,365\n1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0,200,220\n")
	wantErr(t, err, AlliancesFile, `atop5_1a.csv:4:1: atopid: alliance 1 is listed twice (first on line 2)`)
}

func TestDuplicatePhaseIsAnError(t *testing.T) {
	err := readWith(t, PhasesFile, phaseHead+"1,0,1904,4,8,0,0,0\n2,0,1887,6,18,1890,6,18\n2,0,1887,6,18,1890,6,18\n")
	wantErr(t, err, PhasesFile, `atop5_1aph.csv:4:3: phase: phase 0 of alliance 2 is listed twice (first on line 3)`)
}

func TestExitBeforeEntryIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,4,8,1903,1,1,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:2:16: yrexit: 1903-01-01 comes before 1904-04-08`)
}

func TestEndBeforeBeginIsAnError(t *testing.T) {
	err := readWith(t, AlliancesFile, allianceHead+"1,1904,4,8,1903,0,0,0,0,1,0,0,0,0,0,200,220\n2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0,255,365\n")
	wantErr(t, err, AlliancesFile, `atop5_1a.csv:2:12: endyr: 1903 comes before 1904-04-08`)
}

func TestNegativeCCodeIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,-200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:2:3: member: -200 is not a COW code`)
}

func TestBeginYearZeroIsAnError(t *testing.T) {
	err := readWith(t, AlliancesFile, allianceHead+"1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,200,220\n2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0,255,365\n")
	wantErr(t, err, AlliancesFile, `atop5_1a.csv:2:3: begyr: an alliance needs a year`)
	err = readWith(t, MembersFile, memberHead+"1,200,0,0,0,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n")
	wantErr(t, err, MembersFile, `atop5_1m.csv:2:7: yrent: a member's entry needs a year`)
}

func TestAllianceWithOneMemberIsAnError(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n")
	wantErr(t, err, AlliancesFile, `atop5_1a.csv:3: atopid: alliance 2 has 1 members in atop5_1m.csv; an alliance needs two`)
}

// TestModelProblemIsLocated: a problem only the model finds (spells of one
// member that may overlap, as dates of different precision can) is
// reported at the line of its alliance.
func TestModelProblemIsLocated(t *testing.T) {
	err := readWith(t, MembersFile, memberHead+"1,200,1904,4,8,1905,,,0,1,0,0,0,0,0,0\n1,200,1905,6,,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n"+
		"2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n")
	wantErr(t, err, AlliancesFile, `atop5_1a.csv:2: pact: agreement "atop-1": parties[1].actor: party "GBR" is listed twice with spells that may overlap`)
}

func TestParseErrorUnwrapsTheCause(t *testing.T) {
	err := readWith(t, PhasesFile, phaseHead+"1,0,1904\n")
	if !errors.Is(err, csv.ErrFieldCount) {
		t.Errorf("errors.Is(%v, csv.ErrFieldCount) is false", err)
	}
	err = readWith(t, PhasesFile, phaseHead+"1,0,\"1904,4,8,0,0,0\n")
	if !errors.Is(err, csv.ErrQuote) {
		t.Errorf("errors.Is(%v, csv.ErrQuote) is false", err)
	}
}

func TestReadNilIsAnError(t *testing.T) {
	if _, err := Read(nil); err == nil {
		t.Error("Read(nil) gave no error")
	}
}

// TestProblemsAreCappedPerFile: a file with 250 bad rows reports the first
// 100, then how many more.
func TestProblemsAreCappedPerFile(t *testing.T) {
	var b strings.Builder
	b.WriteString(phaseHead)
	for i := range 250 {
		b.WriteString("1," + itoa(i) + ",1904,x,8,0,0,0\n")
	}
	err := readWith(t, PhasesFile, b.String())
	n := strings.Count(err.Error(), "is not a whole number")
	if n != 100 || !strings.Contains(err.Error(), "atop5_1aph.csv: and 150 more") {
		t.Errorf("%d problems reported, want 100 and %q; error ends %q", n, "and 150 more", err.Error()[max(0, len(err.Error())-80):])
	}
}

// TestLongValueIsCut: a value quoted in an error is cut to a short prefix.
func TestLongValueIsCut(t *testing.T) {
	err := readWith(t, PhasesFile, phaseHead+"1,"+strings.Repeat("9x", 5000)+",1904,4,8,0,0,0\n")
	want := `phase: "` + strings.Repeat("9x", 20) + `"… (10000 bytes) is not a whole number`
	wantErr(t, err, PhasesFile, want)
	if len(err.Error()) > 200 {
		t.Errorf("error is %d bytes long", len(err.Error()))
	}
}

func TestAlliancesSortByID(t *testing.T) {
	fsys := tiny()
	fsys[AlliancesFile] = &fstest.MapFile{Data: []byte(allianceHead +
		"2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0,255,365\n1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0,200,220\n")}
	d, err := Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if d.Alliances[0].ID != 1 || d.Alliances[1].ID != 2 || d.Alliances[0].Line != 3 {
		t.Errorf("alliances %+v", d.Alliances)
	}
}
