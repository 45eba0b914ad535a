package atop

import (
	"fmt"
	"os"

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
	for r := range Panel(d.Model, 1906, 1908, true) {
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
	WriteCSV(os.Stdout, Panel(d.Model, 1889, 1889, true))
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
