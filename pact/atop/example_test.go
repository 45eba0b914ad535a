package atop_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"testing/fstest"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/relations"
)

func ExampleRead() {
	// A small dataset in ATOP's format, with only the required columns: a
	// mutual defense pact between the United Kingdom (200) and France (220)
	// from 1904-04-08, which Russia (365) joins on an unknown day of
	// 1907-08, and a neutrality pact between Germany (255) and Russia that
	// ended in 1890.
	fsys := fstest.MapFS{
		atop.AlliancesFile: {Data: []byte(`atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm
1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0
2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0
`)},
		atop.PhasesFile: {Data: []byte(`atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1904,4,8,0,0,0
2,0,1887,6,18,1890,6,18
`)},
		atop.MembersFile: {Data: []byte(`atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,365,1907,8,,0,0,0,0,1,0,0,0,0,0,0
2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
`)},
	}
	d, err := atop.Read(fsys) // or atop.ReadDir("path/to/atop-5.1")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(d.Alliances), "alliances")
	for _, day := range []string{"1910-01-01", "2020-01-01"} {
		p, err := d.Model.AlliancePartners("GBR", relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("British partners on", day+":", p)
	}
	// Output:
	// 2 alliances
	// British partners on 1910-01-01: [FRA RUS]
	// British partners on 2020-01-01: []; cannot tell: FRA (past-coverage: agreement "atop-1" as last observed by ATOP 5.1 on 2018-12-31), RUS (past-coverage: agreement "atop-1" as last observed by ATOP 5.1 on 2018-12-31)
}

func ExampleReadDir() {
	_, err := atop.ReadDir("no/such/dir")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	// Output: true
}

func ExamplePanel() {
	// A small dataset in ATOP's format, with only the required columns: a
	// mutual defense pact between the United Kingdom (200) and France (220)
	// from 1904-04-08, which Russia (365) joins on an unknown day of
	// 1907-08, and a neutrality pact between Germany (255) and Russia that
	// ended in 1890.
	fsys := fstest.MapFS{
		atop.AlliancesFile: {Data: []byte(`atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm
1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0
2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0
`)},
		atop.PhasesFile: {Data: []byte(`atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1904,4,8,0,0,0
2,0,1887,6,18,1890,6,18
`)},
		atop.MembersFile: {Data: []byte(`atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,365,1907,8,,0,0,0,0,1,0,0,0,0,0,0
2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
`)},
	}
	d, err := atop.Read(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	rows, err := atop.Panel(d.Model, pact.Directed, 1906, 1908)
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range rows {
		fmt.Println(r)
	}
	// Output:
	// 200-220 1906 defense
	// 200-220 1907 defense
	// 200-220 1908 defense
	// 200-365 1907 defense
	// 200-365 1908 defense
	// 220-200 1906 defense
	// 220-200 1907 defense
	// 220-200 1908 defense
	// 220-365 1907 defense
	// 220-365 1908 defense
	// 365-200 1907 defense
	// 365-200 1908 defense
	// 365-220 1907 defense
	// 365-220 1908 defense
}

func ExampleWriteCSV() {
	// A small dataset in ATOP's format, with only the required columns: a
	// mutual defense pact between the United Kingdom (200) and France (220)
	// from 1904-04-08, which Russia (365) joins on an unknown day of
	// 1907-08, and a neutrality pact between Germany (255) and Russia that
	// ended in 1890.
	fsys := fstest.MapFS{
		atop.AlliancesFile: {Data: []byte(`atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm
1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0
2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0
`)},
		atop.PhasesFile: {Data: []byte(`atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1904,4,8,0,0,0
2,0,1887,6,18,1890,6,18
`)},
		atop.MembersFile: {Data: []byte(`atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,365,1907,8,,0,0,0,0,1,0,0,0,0,0,0
2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
`)},
	}
	d, err := atop.Read(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	rows, err := atop.Panel(d.Model, pact.Directed, 1889, 1889)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := atop.WriteCSV(os.Stdout, rows); err != nil { // the count of rows written is not needed
		fmt.Println(err)
	}
	// Output:
	// ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
	// 255,365,1889,0,0,1,0,0
	// 365,255,1889,0,0,1,0,0
}

func ExampleActor() {
	fmt.Println(atop.Actor(255).ID, atop.Actor(8152).ID)
	// Output: DEU cow-8152
}

func ExampleAgreementID() {
	fmt.Println(atop.AgreementID(3180), atop.PhaseAgreementID(3433, 2))
	// Output: atop-3180 atop-3433.2
}

func ExampleRow_String() {
	fmt.Println(atop.Row{CCode1: 2, CCode2: 20, Year: 1942, Obligations: 0})
	// Output: 2-20 1942 none
}

func ExamplePhaseAgreementID() {
	fmt.Println(atop.PhaseAgreementID(3433, 3))
	// Output: atop-3433.3
}

func ExampleThreatKind_String() {
	fmt.Println(atop.StatesThreat, atop.AllianceThreat, atop.UnknownThreat, atop.ThreatKind(42))
	// Output: states alliance unknown ThreatKind(42)
}

func ExampleThreat_String() {
	fmt.Println(atop.Threat{Kind: atop.StatesThreat, States: []int{365}, StatesKnown: true})
	fmt.Println(atop.Threat{Kind: atop.NoThreat, StatesKnown: true})
	fmt.Println(atop.Threat{})
	// Output:
	// SPECTHRT 1, STATTHR 365
	// SPECTHRT 0
	// SPECTHRT missing, STATTHR missing
}

func ExampleRead_fieldCount() {
	// A small dataset in ATOP's format, with only the required columns: a
	// mutual defense pact between the United Kingdom (200) and France (220)
	// from 1904-04-08, which Russia (365) joins on an unknown day of
	// 1907-08, and a neutrality pact between Germany (255) and Russia that
	// ended in 1890.
	fsys := fstest.MapFS{
		atop.AlliancesFile: {Data: []byte(`atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm
1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0
2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0
`)},
		atop.PhasesFile: {Data: []byte(`atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1904,4,8,0,0,0
2,0,1887,6,18,1890,6,18
`)},
		atop.MembersFile: {Data: []byte(`atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,365,1907,8,,0,0,0,0,1,0,0,0,0,0,0
2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
`)},
	}
	// A phase row cut short.
	fsys[atop.PhasesFile] = &fstest.MapFile{Data: []byte("atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,1904\n")}
	_, err := atop.Read(fsys)
	fmt.Println(err)
	fmt.Println(errors.Is(err, csv.ErrFieldCount))
	// Output:
	// atop5_1aph.csv:2:1: wrong number of fields
	// true
}

// A defense obligation conditional on a specific adversary names the
// states ATOP names as the treaty's threat (SPECTHRT 1, STATTHR1/2).
func ExampleRead_namedThreat() {
	fsys := fstest.MapFS{}
	fsys[atop.AlliancesFile] = &fstest.MapFile{Data: []byte("atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm,specthrt,statthr1,statthr2\n" +
		"1,1879,10,7,1918,11,11,1,0,1,0,0,0,0,0,1,365,0\n")}
	fsys[atop.PhasesFile] = &fstest.MapFile{Data: []byte("atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,1879,10,7,1918,11,11\n")}
	fsys[atop.MembersFile] = &fstest.MapFile{Data: []byte("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary,defcoadv\n" +
		"1,255,1879,10,7,1918,11,11,0,1,0,0,0,0,0,0,1\n1,300,1879,10,7,1918,11,11,0,1,0,0,0,0,0,0,1\n")}
	d, err := atop.Read(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := d.Model.Respond(pact.Attack{Aggressors: []relations.ActorID{"RUS"}, Target: "cow-auh", On: relations.MustDate("1914-08-01")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, duty := range r.Obliged() {
		fmt.Println(duty)
	}
	// Output:
	// DEU must defend cow-auh against RUS (agreement "atop-1", clause "255-defense"; specific-adversary: held (RUS is named))
}

func ExampleRead_varying() {
	// The November Treaty of 1855: Britain (200) and France (220) pledge to
	// defend Sweden (380), and all three consult; ATOP's member file codes
	// only that Britain's and France's obligations vary by partner
	// (OBVARY). ATOP's directed dyad-year file, read beside it, says toward
	// whom.
	fsys := fstest.MapFS{
		atop.AlliancesFile: {Data: []byte(`atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm
1,1855,11,21,1857,12,31,0,0,1,0,0,0,1,1
`)},
		atop.PhasesFile: {Data: []byte(`atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1855,11,21,1857,12,31
`)},
		atop.MembersFile: {Data: []byte(`atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1855,11,21,1857,12,31,0,1,0,0,0,1,1,1
1,220,1855,11,21,1857,12,31,0,1,0,0,0,1,1,1
1,380,1855,11,21,1857,12,31,0,0,0,0,0,1,1,0
`)},
		atop.DirectedMinFile: {Data: []byte(`ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
200,220,1855,0,0,0,0,1
200,220,1856,0,0,0,0,1
200,220,1857,0,0,0,0,1
200,380,1855,1,0,0,0,1
200,380,1856,1,0,0,0,1
200,380,1857,1,0,0,0,1
220,200,1855,0,0,0,0,1
220,200,1856,0,0,0,0,1
220,200,1857,0,0,0,0,1
220,380,1855,1,0,0,0,1
220,380,1856,1,0,0,0,1
220,380,1857,1,0,0,0,1
380,200,1855,0,0,0,0,1
380,200,1856,0,0,0,0,1
380,200,1857,0,0,0,0,1
380,220,1855,0,0,0,0,1
380,220,1856,0,0,0,0,1
380,220,1857,0,0,0,0,1
`)},
	}
	d, err := atop.Read(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range d.Varying {
		if v.CCode == 200 {
			fmt.Println(v.CCode, v.Obligation, "to", v.Partner, "owed:", v.Owed)
		}
	}
	for _, x := range []relations.ActorID{"SWE", "FRA"} {
		g, err := d.Model.Guarantors(x, relations.MustDate("1856-06-01"))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(x, "guarantors:", g)
	}

	// Without the directed file, the member file cannot say.
	delete(fsys, atop.DirectedMinFile)
	d, err = atop.Read(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("directed file: %q\n", d.DirectedFile)
	g, err := d.Model.Guarantors("SWE", relations.MustDate("1856-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("SWE guarantors:", len(g.Certain), "certain,", len(g.Uncertain), "cannot tell:", g.Uncertain[0].Doubt.Reason)
	// Output:
	// 200 defense to 220 owed: no
	// 200 defense to 380 owed: yes
	// 200 consultation to 220 owed: yes
	// 200 consultation to 380 owed: yes
	// SWE guarantors: [FRA GBR]
	// FRA guarantors: []
	// directed file: ""
	// SWE guarantors: 0 certain, 2 cannot tell: varies-by-partner
}
