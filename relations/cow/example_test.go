package cow_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

func ExampleByCode() {
	s, ok := cow.ByCode(260)
	if !ok {
		log.Fatal("no state 260")
	}
	fmt.Println(s.Name, s.ISO3, s.ID, s.Spells[0])
	s, ok = cow.ByCode(1)
	fmt.Printf("%q %v\n", s.Name, ok)
	// Output:
	// German Federal Republic DEU cow-gfr [1955-05-05, 1990-10-03)
	// "" false
}

func ExampleByISO() {
	for _, day := range []string{"1970-01-01", "2000-01-01"} {
		s, ok := cow.ByISO("DEU", relations.MustDate(day))
		if !ok {
			log.Fatal("no DEU on ", day)
		}
		fmt.Println(day, s.Code, s.Name)
	}
	// Output:
	// 1970-01-01 260 German Federal Republic
	// 2000-01-01 255 Germany
}

func ExampleByID() {
	s, ok := cow.ByID("SAU")
	if !ok {
		log.Fatal("no state SAU")
	}
	fmt.Println(s.Code, s.Abbrev)
	// Output:
	// 670 SAU
}

func ExampleStates() {
	fmt.Println(len(cow.States()))
	// Output:
	// 217
}

func ExampleState_InSystem() {
	s, ok := cow.ByCode(651) // Egypt left the system in 1882 and returned in 1937
	if !ok {
		log.Fatal("no state 651")
	}
	fmt.Println(s.InSystem(relations.MustDate("1900")), s.InSystem(relations.MustDate("1937")))
	// Output:
	// no cannot tell
}

func ExampleState_Actor() {
	s, ok := cow.ByCode(2)
	if !ok {
		log.Fatal("no state 2")
	}
	fmt.Printf("%+v\n", s.Actor())
	// Output:
	// {ID:USA Kind:state Name:United States of America ISO3:USA COW:2 Members:[]}
}

func ExampleMajorPowers() {
	for _, m := range cow.MajorPowers() {
		if m.Code == 255 { // Germany: major power until 1918, 1925–1945, and again from 1991
			fmt.Println(m.Abbrev, m.Spells)
		}
	}
	fmt.Println(len(cow.MajorPowers()))
	// Output:
	// GMY [[1816-01-01, 1918-11-12) [1925-01-01, 1945-05-08) [1991-12-11, …)]
	// 9
}
