package nmc_test

import (
	"fmt"
	"log"
	"math"
	"strings"

	"github.com/entente-go/entente/relations/cow/nmc"
)

func ExampleCINC() {
	for _, year := range []int{1900, 1950, 2022} {
		us, okUS := nmc.CINC(2, year)
		uk, okUK := nmc.CINC(200, year)
		if !okUS || !okUK {
			log.Fatal("no CINC in ", year)
		}
		fmt.Printf("%d: USA %.3f, UK %.3f\n", year, us, uk)
	}
	cinc, ok := nmc.CINC(2, 2023)
	fmt.Println(cinc, ok)
	// Output:
	// 1900: USA 0.188, UK 0.178
	// 1950: USA 0.284, UK 0.061
	// 2022: USA 0.124, UK 0.012
	// 0 false
}

func ExampleYear() {
	// The shares sum to about 1, not exactly: COW's own figures sum to 1
	// only in 1961–1964.
	w := nmc.Year(1914)
	sum := 0.0
	for _, v := range w {
		sum += v
	}
	fmt.Printf("%d states; Germany %.3f of %.3f\n", len(w), w[255], sum)
	// Output:
	// 45 states; Germany 0.158 of 1.021
}

func ExampleLookup() {
	r, ok := nmc.Lookup(40, 1902) // Cuba's first year: no military spending figure
	if !ok {
		log.Fatal("no record of Cuba in 1902")
	}
	fmt.Println(r.Year, math.IsNaN(r.MilEx), r.MilPer, r.TPop)
	// Output:
	// 1902 true 3 1760
}

func ExampleRecords() {
	recs := nmc.Records()
	first, last := recs[0], recs[len(recs)-1]
	fmt.Println(len(recs), first.CCode, first.Year, last.CCode, last.Year)
	// Output:
	// 17121 2 1816 990 2022
}

func ExampleParse() {
	in := nmc.Header + "\n" +
		"2,1816,3823,17,80,254,8659,101,0.039697491\n" +
		"20,1816,-9,,0,1,1,0,0.001\n" +
		"31,18x6,1,1,1,1,1,1,2\n"
	_, err := nmc.Parse(strings.NewReader(in), "mine.csv")
	fmt.Println(err)
	recs, err := nmc.Parse(strings.NewReader(in[:strings.Index(in, "31,")]), "mine.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(recs[1].MilEx, recs[1].MilPer, recs[1].CINC)
	// Output:
	// mine.csv:4:4: year: "18x6" is not a whole number
	// mine.csv:4:21: cinc: 2 is more than 1; a CINC is a share
	// NaN NaN 0.001
}
