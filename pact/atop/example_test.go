package atop

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"testing/fstest"

	"github.com/entente-go/entente/pact"

	"github.com/entente-go/entente/relations"
)

func ExampleRead() {
	d, err := Read(tiny()) // or ReadDir("../shared/data/atop-5.1")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := d.Model.AlliancePartners("GBR", relations.MustDate("1910-01-01"))
	fmt.Println(len(d.Alliances), "alliances;", "British partners in 1910:", p)
	p, _ = d.Model.AlliancePartners("GBR", relations.MustDate("2020-01-01"))
	fmt.Println("in 2020:", p)
	// Output:
	// 2 alliances; British partners in 1910: [FRA RUS]
	// in 2020: []; cannot tell: FRA (past-coverage: agreement "atop-1" as last observed by ATOP 5.1 on 2018-12-31), RUS (past-coverage: agreement "atop-1" as last observed by ATOP 5.1 on 2018-12-31)
}

func ExampleReadDir() {
	_, err := ReadDir("no/such/dir")
	fmt.Println(err != nil)
	// Output: true
}

func ExamplePanel() {
	d, _ := Read(tiny())
	rows, _ := Panel(d.Model, pact.Directed, 1906, 1908)
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
	d, _ := Read(tiny())
	rows, _ := Panel(d.Model, pact.Directed, 1889, 1889)
	WriteCSV(os.Stdout, rows)
	// Output:
	// ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
	// 255,365,1889,0,0,1,0,0
	// 365,255,1889,0,0,1,0,0
}

func ExampleActor() {
	fmt.Println(Actor(255).ID, Actor(8152).ID)
	// Output: DEU cow-8152
}

func ExampleAgreementID() {
	fmt.Println(AgreementID(3180), PhaseAgreementID(3433, 2))
	// Output: atop-3180 atop-3433.2
}

func ExampleRow_String() {
	fmt.Println(Row{CCode1: 2, CCode2: 20, Year: 1942, Obligations: 0})
	// Output: 2-20 1942 none
}

func ExamplePhaseAgreementID() {
	fmt.Println(PhaseAgreementID(3433, 3))
	// Output: atop-3433.3
}

func ExampleThreatKind_String() {
	fmt.Println(StatesThreat, AllianceThreat, UnknownThreat, ThreatKind(42))
	// Output: states alliance unknown ThreatKind(42)
}

func ExampleThreat_String() {
	fmt.Println(Threat{Kind: StatesThreat, States: []int{365}, StatesKnown: true})
	fmt.Println(Threat{Kind: NoThreat, StatesKnown: true})
	fmt.Println(Threat{})
	// Output:
	// SPECTHRT 1, STATTHR 365
	// SPECTHRT 0
	// SPECTHRT missing, STATTHR missing
}

func ExampleRead_fieldCount() {
	fsys := tiny()
	fsys[PhasesFile] = &fstest.MapFile{Data: []byte("atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,1904\n")}
	_, err := Read(fsys)
	fmt.Println(err)
	fmt.Println(errors.Is(err, csv.ErrFieldCount))
	// Output:
	// atop5_1aph.csv:2:1: wrong number of fields
	// true
}

// A defense obligation conditional on a specific adversary names the
// states ATOP names as the treaty's threat (SPECTHRT 1, STATTHR1/2).
func ExampleRead_namedThreat() {
	fsys := tiny()
	fsys[AlliancesFile] = &fstest.MapFile{Data: []byte("atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm,specthrt,statthr1,statthr2\n" +
		"1,1879,10,7,1918,11,11,1,0,1,0,0,0,0,0,1,365,0\n")}
	fsys[PhasesFile] = &fstest.MapFile{Data: []byte("atopid,phase,begyr,begmo,begday,endyr,endmo,endday\n1,0,1879,10,7,1918,11,11\n")}
	fsys[MembersFile] = &fstest.MapFile{Data: []byte("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary,defcoadv\n" +
		"1,255,1879,10,7,1918,11,11,0,1,0,0,0,0,0,0,1\n1,300,1879,10,7,1918,11,11,0,1,0,0,0,0,0,0,1\n")}
	d, err := Read(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := d.Model.Respond(pact.Attack{Aggressors: []relations.ActorID{"RUS"}, Target: "cow-auh", On: relations.MustDate("1914-08-01")})
	for _, duty := range r.Obliged() {
		fmt.Println(duty)
	}
	// Output:
	// DEU must defend cow-auh against RUS (agreement "atop-1", clause "255-defense"; specific-adversary: held (RUS is named))
}

func ExampleRead_varying() {
	// The November Treaty of 1855: Britain and France pledge to defend
	// Sweden, and ATOP's member file codes only that their obligations vary
	// by partner (OBVARY). ATOP's directed dyad-year file, read beside it,
	// says toward whom.
	d, err := Read(november1855())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range d.Varying {
		if v.CCode == 200 {
			fmt.Println(v.CCode, v.Obligation, "to", v.Partner, "owed:", v.Owed)
		}
	}
	g, _ := d.Model.Guarantors("SWE", relations.MustDate("1856-06-01"))
	fmt.Println("Sweden's guarantors:", g)
	g, _ = d.Model.Guarantors("FRA", relations.MustDate("1856-06-01"))
	fmt.Println("France's guarantors:", g)

	// Without the directed file, the member file cannot say.
	fsys := november1855()
	delete(fsys, DirectedMinFile)
	d, _ = Read(fsys)
	fmt.Printf("directed file: %q\n", d.DirectedFile)
	g, _ = d.Model.Guarantors("SWE", relations.MustDate("1856-06-01"))
	fmt.Println("Sweden's guarantors:", len(g.Certain), "certain,", len(g.Uncertain), "cannot tell:", g.Uncertain[0].Doubt.Reason)
	// Output:
	// 200 defense to 220 owed: no
	// 200 defense to 380 owed: yes
	// 200 consultation to 220 owed: yes
	// 200 consultation to 380 owed: yes
	// Sweden's guarantors: [FRA GBR]
	// France's guarantors: []
	// directed file: ""
	// Sweden's guarantors: 0 certain, 2 cannot tell: varies-by-partner
}
