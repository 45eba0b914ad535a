package universe_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

func ExampleDyadYears_Join() {
	u, err := universe.NewDyadYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	// Joins compose in any order; the columns follow it.
	a, err := u.Join(universe.AddMajors(), universe.AddRivalries(rivalry.All()))
	if err != nil {
		log.Fatal(err)
	}
	b, err := u.Join(universe.AddRivalries(rivalry.All()), universe.AddMajors())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(a.Columns()), a.Columns()[3].Name, b.Columns()[3].Name)
	_, err = a.Join(universe.AddMajors())
	fmt.Println(err)
	// Output:
	// 11 cowmaj1 rivalryno
	// universe: join majors: already joined
}

func ExampleStateYears_Join() {
	u, err := universe.NewStateYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	_, err = u.Join(universe.AddWars(war.All()))
	fmt.Println(err)
	// Output:
	// universe: join wars: COW's inter-state wars are fought by pairs of states: join them to dyad-years (peacesciencer, too, refuses them on state-years)
}

func ExampleDyadYears_Joins() {
	u, err := universe.NewDyadYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddNMC(nmc.Records()), universe.AddRivalries(rivalry.All()), universe.AddWars(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	for _, j := range u.Joins() {
		fmt.Println(j.Name(), j.Coverage())
	}
	// Output:
	// nmc COW National Material Capabilities [1816-01-01, 2023-01-01)
	// rivalries Thompson & Dreyer 2012 [1494-01-01, 2011-01-01)
	// wars COW Inter-State War v4.0 [1816-01-01, 2008-01-01)
}

func ExampleStateYears_Joins() {
	u, err := universe.NewStateYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddMajors())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Joins()[0].Name(), u.Joins()[0].Coverage())
	// Output:
	// majors COW State System Membership v2016 (major powers) [1816-01-01, 2017-01-01)
}

func ExampleDyadYears_Years() {
	u, err := universe.NewDyadYears(1900, 1950)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Years())
	// Output:
	// 1900 1950
}

func ExampleStateYears_Years() {
	u, err := universe.NewStateYears(1816, 2024, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Years())
	// Output:
	// 1816 2024
}

func ExampleDyadYears_Undirected() {
	u, err := universe.NewDyadYears(1816, 1816)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Undirected())
	// Output:
	// false
}

func ExampleDyadYears_Columns() {
	u, err := universe.NewDyadYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddNMC(nmc.Records()))
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range u.Columns()[:5] {
		fmt.Println(c.Name, c.Kind)
	}
	// Output:
	// ccode1 integer
	// ccode2 integer
	// year integer
	// milex1 real
	// milper1 real
}

func ExampleStateYears_Columns() {
	u, err := universe.NewStateYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range u.Columns() {
		fmt.Println(c.Name, c.Kind)
	}
	// Output:
	// ccode integer
	// statenme text
	// year integer
}

func ExampleDyadYears_Len() {
	u, err := universe.NewDyadYears(1816, 2024, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Len())
	// Output:
	// 2214930
}

func ExampleStateYears_Len() {
	u, err := universe.NewStateYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Len())
	// Output:
	// 15951
}

func ExampleDyadYears_Rows() {
	u, err := universe.NewDyadYears(1975, 1975)
	if err != nil {
		log.Fatal(err)
	}
	// Suriname (115) entered the system on 1975-11-25, after the Republic
	// of Vietnam (817) left it on 1975-04-30: no dyad-year.
	found := false
	for r := range u.Rows() {
		if r.CCode1 == 115 && r.CCode2 == 817 {
			found = true
		}
	}
	fmt.Println(found)
	// Output:
	// false
}

func ExampleStateYears_Rows() {
	u, err := universe.NewStateYears(1990, 1990)
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode >= 255 && r.CCode <= 265 { // Germany reunified on 1990-10-03
			fmt.Println(r.CCode, r.Name)
		}
	}
	// Output:
	// 255 Germany
	// 260 German Federal Republic
	// 265 German Democratic Republic
}

func ExampleDyadYears_Cells() {
	u, err := universe.NewDyadYears(2022, 2023, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddNMC(nmc.Records()))
	if err != nil {
		log.Fatal(err)
	}
	cols := u.Columns()
	for cells := range u.Cells() {
		if cells[0].Int == 2 && cells[1].Int == 20 {
			c := cells[9] // cinc1
			fmt.Println(cells[2].Int, cols[9].Name, c.Valid, c.Real)
		}
	}
	// Output:
	// 2022 cinc1 true 0.12356574
	// 2023 cinc1 false NaN
}

func ExampleStateYears_Cells() {
	u, err := universe.NewStateYears(1816, 1816)
	if err != nil {
		log.Fatal(err)
	}
	for cells := range u.Cells() {
		fmt.Println(cells[0].Int, cells[1].Text, cells[2].Int)
		break
	}
	// Output:
	// 2 United States of America 1816
}

func ExampleATOP_Has() {
	a := universe.ATOP{Alliance: relations.Yes, Obligations: pact.ObligationSet(0).With(pact.Defense)}
	fmt.Println(a.Has(pact.Defense), a.Has(pact.Offense), universe.ATOP{}.Has(pact.Defense))
	// Output:
	// yes no cannot tell
}

func ExampleRivalry_Is() {
	r := universe.Rivalry{Ongoing: relations.Yes, Number: 99, Types: rivalry.Positional | rivalry.Ideological}
	fmt.Println(r.Is(rivalry.Ideological), r.Is(rivalry.Spatial), universe.Rivalry{}.Is(rivalry.Spatial))
	// Output:
	// yes no cannot tell
}

func ExampleWar_Numbers() {
	u, err := universe.NewDyadYears(1864, 1864)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddWars(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 255 && r.CCode2 == 390 { // war 46, paused and resumed in 1864: one war
			fmt.Println(r.War.Numbers(), r.War.Wars, r.War.Resumed)
		}
	}
	// Output:
	// [46] 1 false
}

func ExampleKind_String() {
	fmt.Println(universe.Integer, universe.Real, universe.Text, universe.Kind(9))
	// Output:
	// integer real text Kind(9)
}

func ExampleTable_Keys() {
	t, err := universe.ReadTable(strings.NewReader("year,ccode2,ccode1,trade\n1990,20,2,1.5\n"), "trade.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Name(), t.Keys(), t.Columns(), t.Len())
	// Output:
	// trade.csv [ccode1 ccode2 year] [trade] 1
}

func ExampleTable_Name() {
	t, err := universe.ReadTable(strings.NewReader("ccode,year,x\n2,1990,1\n"), "mine.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Name())
	// Output:
	// mine.csv
}

func ExampleTable_Columns() {
	t, err := universe.ReadTable(strings.NewReader("gdp,ccode,pop,year\n1,2,2,1990\n"), "mine.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Columns())
	// Output:
	// [gdp pop]
}

func ExampleTable_Len() {
	t, err := universe.ReadTable(strings.NewReader("ccode,year,x\n2,1990,1\n2,1991,2\n"), "mine.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Len())
	// Output:
	// 2
}

func ExampleTable_Coverage() {
	t, err := universe.ReadTable(strings.NewReader("ccode,year,x\n2,1990,1\n20,1995,2\n"), "mine.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Coverage())
	// Output:
	// mine.csv [1990-01-01, 1996-01-01)
}

func ExampleTableRow_Value() {
	t, err := universe.ReadTable(strings.NewReader("ccode,year,gdp,pop\n2,1990,,250\n"), "mine.csv")
	if err != nil {
		log.Fatal(err)
	}
	u, err := universe.NewStateYears(1990, 1990)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(t)
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode == 2 {
			gdp, okGDP := r.Table.Value(0)
			pop, okPop := r.Table.Value(1)
			fmt.Printf("%q %v, %q %v\n", gdp, okGDP, pop, okPop)
		}
	}
	// Output:
	// "" false, "250" true
}

func ExampleTableRow_Found() {
	var r universe.TableRow // a row of no table
	fmt.Println(r.Found())
	// Output:
	// false
}
