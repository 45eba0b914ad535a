package atop

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

var day = relations.MustDate

func TestReadTiny(t *testing.T) {
	d, err := Read(tiny())
	if err != nil {
		t.Fatal(err)
	}
	m := d.Model
	ids := func(s ...relations.ActorID) []relations.ActorID { return s }
	tests := []struct {
		actor     relations.ActorID
		day       string
		want      []relations.ActorID
		uncertain []relations.Doubtful[relations.ActorID]
	}{
		{"GBR", "1904-04-07", nil, nil},
		{"GBR", "1904-04-08", ids("FRA"), nil},
		{"GBR", "1907-08-15", ids("FRA"), []relations.Doubtful[relations.ActorID]{{Item: "RUS", // Russia's day is unknown
			Doubt: relations.Doubt{Reason: relations.PartialDate, Detail: `the dates of agreement "atop-1" cannot settle 1907-08-15`}}}},
		{"GBR", "1907-09-01", ids("FRA", "RUS"), nil},
		{"RUS", "1889-01-01", ids("DEU"), nil},
		{"RUS", "1890-06-18", nil, nil},
		{"GBR", "2019-01-01", nil, []relations.Doubtful[relations.ActorID]{ // past ATOP's coverage
			{Item: "FRA", Doubt: relations.Doubt{Reason: relations.PastCoverage, Detail: `agreement "atop-1" as last observed by ATOP 5.1 on 2018-12-31`}},
			{Item: "RUS", Doubt: relations.Doubt{Reason: relations.PastCoverage, Detail: `agreement "atop-1" as last observed by ATOP 5.1 on 2018-12-31`}}}},
	}
	for _, tc := range tests {
		got, err := m.AlliancePartners(tc.actor, day(tc.day))
		if err != nil {
			t.Fatal(err)
		}
		want := relations.Answer[relations.ActorID]{Certain: tc.want, Uncertain: tc.uncertain}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("partners of %s on %s (-want +got):\n%s", tc.actor, tc.day, diff)
		}
	}
	ru, _ := m.Agreement("atop-1")
	if p, _ := ru.Party("RUS"); p.Joined.String() != "1907-08" {
		t.Errorf("Russia joined %q, want the month 1907-08", p.Joined)
	}
	if _, err := m.AlliancePartners("GBR", day("1814-12-31")); !errors.Is(err, pact.ErrOutsideCoverage) {
		t.Errorf("a day before 1815: %v, want outside coverage", err)
	}
	var rows []string
	for r := range mustPanel(m, pact.Undirected, 1889, 1905) {
		rows = append(rows, r.String())
	}
	want := []string{"200-220 1904 defense", "200-220 1905 defense", "255-365 1889 neutrality", "255-365 1890 neutrality"}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("undirected panel (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file, content, want string
	}{
		{"bad year", MembersFile, "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary\n1,200,19x9,4,8,0,0,0,0,1,0,0,0,0,0,0\n",
			`atop5_1m.csv:2:7: yrent: "19x9" is not a whole number`},
		// A date's problem is reported at the column at fault.
		{"bad day of entry", MembersFile, memberHead + "1,200,1904,2,30,0,0,0,0,1,0,0,0,0,0,0\n",
			`atop5_1m.csv:2:14: dayent: "1904-02-30": day 30 does not exist in 1904-02, which has 29 days`},
		{"bad month of entry", MembersFile, memberHead + "1,200,1904,13,1,0,0,0,0,1,0,0,0,0,0,0\n",
			`atop5_1m.csv:2:12: moent: "1904-13-01": month 13 does not exist; want 01–12`},
		{"bad month of exit", MembersFile, memberHead + "1,200,1904,4,8,1910,14,,0,1,0,0,0,0,0,0\n",
			`atop5_1m.csv:2:21: moexit: "1910-14": month 14 does not exist; want 01–12`},
		{"bad day of exit", MembersFile, memberHead + "1,200,1904,4,8,1910,4,31,0,1,0,0,0,0,0,0\n",
			`atop5_1m.csv:2:23: dayexit: "1910-04-31": day 31 does not exist in 1910-04, which has 30 days`},
		{"bad year of entry", MembersFile, memberHead + "1,200,19040,4,8,0,0,0,0,1,0,0,0,0,0,0\n",
			`atop5_1m.csv:2:7: yrent: "19040-04-08": year 19040 is out of range; want 1–9999`},
		{"bad day of an alliance", AlliancesFile, allianceHead + "1,1904,4,31,0,0,0,0,0,1,0,0,0,0,0,200,220\n",
			`atop5_1a.csv:2:10: begday: "1904-04-31": day 31 does not exist in 1904-04, which has 30 days`},
		// The model's own checks, located at the alliance's line.
		{"an entry before the alliance", MembersFile, memberHead + "1,200,1903,4,8,0,0,0,0,1,0,0,0,0,0,0\n1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0\n" +
			"2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0\n",
			`atop5_1a.csv:2: pact: agreement "atop-1": parties[0].joined: 1903-04-08 comes before the agreement's first date, 1904-04-08 (in-force)`},
		{"missing column", MembersFile, "atopid,member,yrent\n1,200,1904\n",
			`atop5_1m.csv:1: missing required column "moent", "dayent", "yrexit", "moexit", "dayexit", "phase", "defense", "offense", "neutral", "nonagg", "consul", "asymm", "obvary"`},
		{"bad flag", AlliancesFile, "atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm\n1,1904,4,8,0,0,0,yes,0,1,0,0,0,0,0\n",
			`atop5_1a.csv:2:18: bilat: "yes" is not a code (0, 1, 2, …)`},
		{"quote", PhasesFile, "atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,\"1904,4,8,0,0,0\n",
			`atop5_1aph.csv:2:21: extraneous or missing " in quoted-field`},
		{"short row", PhasesFile, "atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,1904\n",
			`atop5_1aph.csv:2:1: wrong number of fields`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := tiny()
			fsys[tc.file] = &fstest.MapFile{Data: []byte(tc.content)}
			_, err := Read(fsys)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error\n got: %v\nwant: %s", err, tc.want)
			}
			var pe *relations.ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(tc.want, pe.File+":") {
				t.Errorf("not a *relations.ParseError for %s: %#v", tc.file, err)
			}
		})
	}
	if _, err := Read(fstest.MapFS{}); err == nil {
		t.Error("an empty directory gave no error")
	}
	if _, err := ReadDir("no/such/dir"); err == nil {
		t.Error("a missing directory gave no error")
	}
}

// TestHugeFieldIsRefused: a 100 MB field is refused once the file passes
// MaxFileSize, without reading the rest.
func TestHugeFieldIsRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	fsys := tiny()
	fsys[PhasesFile] = &fstest.MapFile{Data: []byte("atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,\"" + strings.Repeat("x", 100<<20) + "\"\n")}
	_, err := Read(fsys)
	if !errors.Is(err, relations.ErrLimitExceeded) || !strings.Contains(err.Error(), "more than the limit of 33554432 bytes (atop.MaxFileSize)") {
		t.Errorf("a file over the limit: %v", err)
	}
	if _, err := Read(fsys, relations.WithMaxInputSize(200<<20)); errors.Is(err, relations.ErrLimitExceeded) {
		t.Errorf("a larger limit: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	base := tiny()
	f.Add(base[AlliancesFile].Data, base[PhasesFile].Data, base[MembersFile].Data)
	f.Add([]byte("atopid\n1\n"), []byte(""), []byte("\"\n"))
	f.Fuzz(func(t *testing.T, a, p, m []byte) {
		fsys := fstest.MapFS{AlliancesFile: {Data: a}, PhasesFile: {Data: p}, MembersFile: {Data: m}}
		d, err := Read(fsys)
		if err != nil {
			return
		}
		// Whatever reads must answer queries and build panels.
		for r := range mustPanel(d.Model, pact.Directed, First, Last) {
			_ = r
		}
		for _, a := range d.Model.Actors() {
			_, _ = d.Model.AlliancePartners(a.ID, relations.MustDate("1900-01-01"))
		}
	})
}
