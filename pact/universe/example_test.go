package universe_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

func Example() {
	// peacesciencer's create_dyadyears() |> add_atop_alliance() |> add_nmc() |>
	// add_strategic_rivalries() |> add_cow_majors() |> add_cow_wars("inter"), for 1970.
	u, err := universe.NewDyadYears(1970, 1970)
	if err != nil {
		log.Fatal(err)
	}
	ds, err := atop51.Read()
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddATOP(ds.Model), universe.AddNMC(nmc.Records()), universe.AddRivalries(rivalry.All()),
		universe.AddMajors(), universe.AddWars(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 2 && (r.CCode2 == 20 || r.CCode2 == 816) {
			fmt.Printf("%d-%d %d: defense %v, CINC %.3f vs %.3f, rivals %v, major %v/%v, at war %v (war %d of %v)\n",
				r.CCode1, r.CCode2, r.Year, r.ATOP.Has(pact.Defense), r.NMC1.CINC, r.NMC2.CINC, r.Rivalry.Ongoing,
				r.Major1, r.Major2, r.War.Ongoing, r.War.Number, r.War.Numbers())
		}
	}
	// Output:
	// 2-20 1970: defense yes, CINC 0.181 vs 0.011, rivals no, major yes/no, at war no (war 0 of [])
	// 2-816 1970: defense no, CINC 0.181 vs 0.005, rivals no, major yes/no, at war yes (war 176 of [163 170 176])
}

func ExampleNewDyadYears() {
	u, err := universe.NewDyadYears(1816, 2016)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Len())
	_, err = universe.NewDyadYears(1816, 2024)
	fmt.Println(err)
	// Output:
	// 1912290
	// universe: NewDyadYears: to: 2024: the COW state system v2016 ends in 2016; later years only WithCarryForward
}

func ExampleNewStateYears() {
	u, err := universe.NewStateYears(1816, 1816)
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode < 220 {
			fmt.Println(r.CCode, r.Name, r.Year)
		}
	}
	// Output:
	// 2 United States of America 1816
	// 200 United Kingdom 1816
	// 210 Netherlands 1816
}

func ExampleWithUndirected() {
	u, err := universe.NewDyadYears(1816, 2016, universe.WithUndirected())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u.Undirected(), u.Len())
	// Output:
	// true 956145
}

func ExampleWithCarryForward() {
	u, err := universe.NewStateYears(2016, 2017, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode == 2 {
			fmt.Println(r.Year, "assumed:", r.Assumed)
		}
	}
	// Output:
	// 2016 assumed: false
	// 2017 assumed: true
}

func ExampleWithEveryWar() {
	u, err := universe.NewDyadYears(1970, 1970)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddWars(war.All(), universe.WithEveryWar()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 2 && r.CCode2 == 816 {
			fmt.Println(r.War.Number, r.War.Onset, r.War.BattleDeaths1)
		}
	}
	// Output:
	// 163 no 58153
	// 170 no 375
	// 176 yes 125
}

func ExampleWithOngoingWars() {
	u, err := universe.NewDyadYears(1953, 1955)
	if err != nil {
		log.Fatal(err)
	}
	onset, err := u.Join(universe.AddPeaceYears(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	ongoing, err := u.Join(universe.AddPeaceYears(war.All(), universe.WithOngoingWars()))
	if err != nil {
		log.Fatal(err)
	}
	for _, v := range []*universe.DyadYears{onset, ongoing} {
		var years []string
		for r := range v.Rows() {
			if r.CCode1 == 2 && r.CCode2 == 731 { // the USA and North Korea: the Korean War, 1950–1953
				years = append(years, fmt.Sprint(r.Year, ":", r.PeaceYears.Years))
			}
		}
		fmt.Println(strings.Join(years, " "))
	}
	// Output:
	// 1953:2 1954:3 1955:4
	// 1953:0 1954:0 1955:1
}

func ExampleAddATOP() {
	ds, err := atop51.Read()
	if err != nil {
		log.Fatal(err)
	}
	u, err := universe.NewDyadYears(2018, 2019, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddATOP(ds.Model))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 2 && r.CCode2 == 740 { // the USA pledges to defend Japan
			fmt.Println(r.Year, r.ATOP.Alliance, r.ATOP.Has(pact.Defense))
		}
		if r.CCode1 == 740 && r.CCode2 == 2 && r.Year == 2018 { // and not the reverse
			fmt.Println(r.Year, r.ATOP.Alliance, r.ATOP.Has(pact.Defense))
		}
	}
	fmt.Println(u.Joins()[0].Coverage())
	// Output:
	// 2018 yes yes
	// 2019 cannot tell cannot tell
	// 2018 yes no
	// ATOP 5.1 [1815-01-01, 2019-01-01)
}

func ExampleAddNMC() {
	u, err := universe.NewStateYears(2022, 2023, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddNMC(nmc.Records()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode == 2 {
			fmt.Println(r.Year, r.NMC.CINC, r.NMC.MilPer)
		}
	}
	// Output:
	// 2022 0.12356574 1360
	// 2023 NaN NaN
}

func ExampleAddRivalries() {
	u, err := universe.NewDyadYears(2010, 2011, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddRivalries(rivalry.All()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 2 && r.CCode2 == 710 { // the USA and China
			fmt.Println(r.Year, r.Rivalry.Number, r.Rivalry.Ongoing, r.Rivalry.Is(rivalry.Positional))
		}
	}
	// Output:
	// 2010 190 yes yes
	// 2011 0 cannot tell cannot tell
}

func ExampleAddMajors() {
	u, err := universe.NewStateYears(1945, 1945)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddMajors())
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode == 255 || r.CCode == 740 || r.CCode == 710 {
			fmt.Println(r.CCode, r.Name, r.Major) // Germany and Japan were major powers until 1945
		}
	}
	// Output:
	// 255 Germany yes
	// 710 China no
	// 740 Japan yes
}

func ExampleAddWars() {
	u, err := universe.NewDyadYears(1970, 1970)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddWars(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 2 && r.CCode2 == 816 {
			w := r.War
			fmt.Println(w.Ongoing, w.Number, w.Wars, w.Numbers(), w.Side1, w.Initiator1, w.Outcome1)
		}
	}
	// Output:
	// yes 176 3 [163 170 176] B false transformed
}

func ExampleAddPeaceYears() {
	u, err := universe.NewDyadYears(2005, 2009, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddPeaceYears(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode1 == 2 && r.CCode2 == 645 { // the USA and Iraq: a war began in 2003
			fmt.Println(r.Year, r.PeaceYears)
		}
	}
	// Output:
	// 2005 {1 true}
	// 2006 {2 true}
	// 2007 {3 true}
	// 2008 {0 false}
	// 2009 {0 false}
}

func ExampleReadTable() {
	in := "ccode,year,gdp\n2,1816,NA\n200,1816,31.5\n"
	t, err := universe.ReadTable(strings.NewReader(in), "gdp.csv")
	if err != nil {
		log.Fatal(err)
	}
	u, err := universe.NewStateYears(1816, 1816)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(t)
	if err != nil {
		log.Fatal(err)
	}
	for r := range u.Rows() {
		if r.CCode <= 210 {
			v, ok := r.Table.Value(0)
			fmt.Printf("%d %q %v %v\n", r.CCode, v, ok, r.Table.Found())
		}
	}
	_, err = universe.ReadTable(strings.NewReader("ccode,year,gdp\n2,18x6,1\n"), "gdp.csv")
	fmt.Println(err)
	// Output:
	// 2 "NA" false true
	// 200 "31.5" true true
	// 210 "" false false
	// gdp.csv:2:3: year: "18x6" is not a whole number
}

func ExampleDyadYears_WriteCSV() {
	u, err := universe.NewDyadYears(2007, 2008, universe.WithCarryForward())
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddMajors(), universe.AddWars(war.All()))
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	if _, err := u.WriteCSV(&b); err != nil {
		log.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(lines[0])
	for _, l := range lines {
		if strings.HasPrefix(l, "2,20,") || strings.HasPrefix(l, "2,645,") {
			fmt.Println(l)
		}
	}
	// Output:
	// ccode1,ccode2,year,cowmaj1,cowmaj2,cowinterongoing,cowinteronset,sidea1,sidea2,initiator1,initiator2,outcome1,outcome2,batdeath1,batdeath2,resume,warnum,cowinterwars,cowinterwarnums
	// 2,20,2007,1,0,0,0,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,0,
	// 2,20,2008,1,0,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA
	// 2,645,2007,1,0,0,0,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,0,
	// 2,645,2008,1,0,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA
}

func ExampleStateYears_WriteCSV() {
	u, err := universe.NewStateYears(1816, 1816)
	if err != nil {
		log.Fatal(err)
	}
	u, err = u.Join(universe.AddMajors(), universe.AddRivalries(rivalry.All()))
	if err != nil {
		log.Fatal(err)
	}
	n, err := u.WriteCSV(os.Stdout)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n, "rows")
	// Output:
	// ccode,statenme,year,cowmaj,n_ideological,n_interventionary,n_positional,n_spatial
	// 2,United States of America,1816,0,0,0,2,2
	// 200,United Kingdom,1816,1,0,0,4,3
	// 210,Netherlands,1816,0,0,0,0,0
	// 220,France,1816,1,0,0,4,3
	// 225,Switzerland,1816,0,0,0,0,0
	// 230,Spain,1816,0,0,0,1,1
	// 235,Portugal,1816,0,0,0,0,0
	// 245,Bavaria,1816,0,0,0,0,0
	// 255,Germany,1816,1,0,0,2,2
	// 267,Baden,1816,0,0,0,0,0
	// 269,Saxony,1816,0,0,0,0,0
	// 271,Wuerttemburg,1816,0,0,0,0,0
	// 273,Hesse Electoral,1816,0,0,0,0,0
	// 275,Hesse Grand Ducal,1816,0,0,0,0,0
	// 300,Austria-Hungary,1816,1,0,0,4,4
	// 325,Italy,1816,0,0,0,0,0
	// 327,Papal States,1816,0,0,0,0,0
	// 329,Two Sicilies,1816,0,0,0,0,0
	// 337,Tuscany,1816,0,0,0,0,0
	// 365,Russia,1816,1,0,0,5,4
	// 380,Sweden,1816,0,0,0,0,0
	// 390,Denmark,1816,0,0,0,0,0
	// 640,Turkey,1816,0,0,0,2,3
	// 23 rows
}
