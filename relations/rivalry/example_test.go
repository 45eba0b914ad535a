package rivalry_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

func ExampleAll() {
	for _, r := range rivalry.All()[:3] {
		fmt.Println(r.Number, r.Name, r.A, r.B, r.Start, r.End, r.Types)
	}
	// Output:
	// 1 Austria-France FRA cow-auh 1494 1918 spatial+positional
	// 2 Austria-Ottoman Empire cow-auh TUR 1494 1908 spatial+positional
	// 3 Britain-France 1 GBR FRA 1494 1716 spatial+positional
}

func ExampleBetween() {
	for _, year := range []int{1960, 2000, 2010, 2020} {
		r, t := rivalry.Between("USA", "RUS", year)
		fmt.Printf("%d %v %q\n", year, t, r.Name)
	}
	// Output:
	// 1960 yes "Russia-United States 1"
	// 2000 no ""
	// 2010 yes "Russia-United States 2"
	// 2020 cannot tell "Russia-United States 2"
}

func ExampleParse() {
	in := rivalry.Header + "\n" +
		"1,Ruritania-Syldavia,2,20,1900,1910,Imaginary,spatial,,\n" +
		"2,Syldavia-Borduria,20,31,1905,1895,Imaginary,ideologcal,,\n"
	_, err := rivalry.Parse(strings.NewReader(in), "mine.csv")
	fmt.Println(err)
	// Output:
	// mine.csv:3:32: endyear: 1895 is before the start year 1905
	// mine.csv:3:47: type1: "ideologcal" is not a type (spatial, positional, ideological, interventionary)
}

func ExampleRivalry_Ongoing() {
	for _, r := range rivalry.All() {
		if r.A == "IND" || r.B == "IND" {
			fmt.Println(r.Name, r.Start, r.Ongoing())
		}
	}
	// Output:
	// India-Pakistan 1947 true
	// China-India 1948 true
}

func ExampleRivalry_Active() {
	r := rivalry.All()[0] // Austria-France, 1494–1918
	fmt.Println(r.Active(1400), r.Active(1800), r.Active(1919))
	// Output:
	// cannot tell yes no
}

func ExampleTypes_Has() {
	r, active := rivalry.Between("USA", "CUB", 1980)
	if active != relations.Yes {
		log.Fatal("no rivalry of the USA and Cuba in 1980")
	}
	fmt.Println(r.Types, r.Types.Has(rivalry.Ideological), r.Types.Has(rivalry.Ideological|rivalry.Spatial))
	// Output:
	// positional+ideological true false
}

func ExampleTypes_String() {
	fmt.Println(rivalry.Spatial|rivalry.Positional, rivalry.Types(0))
	// Output:
	// spatial+positional none
}
