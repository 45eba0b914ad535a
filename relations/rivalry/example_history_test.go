package rivalry_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

func ExampleHistory() {
	actors, events := rivalry.History()
	h, err := relations.NewHistory(actors, events, relations.WithCoverage(rivalry.Observed()))
	if err != nil {
		log.Fatal(err)
	}
	for _, day := range []string{"2005-06-01", "2020-06-01"} {
		r, err := h.Rivals("SAU", relations.MustDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(day, r)
	}
	// Output:
	// 2005-06-01 [IRN IRQ]
	// 2020-06-01 []; cannot tell: IRN (past-coverage: event "td-170" as last observed by Thompson & Dreyer 2012 on 2010-12-31), IRQ (past-coverage: event "td-154" as last observed by Thompson & Dreyer 2012 on 2010-12-31)
}

func ExampleRivalry_Events() {
	r, active := rivalry.Between("FRA", "GBR", 1700)
	fmt.Println(r.Name, active)
	for _, e := range r.Events() {
		fmt.Println(e.Date, e.Kind, e.Actors, e.Toward, e.Dataset)
	}
	// Output:
	// Britain-France 1 yes
	// 1494 declared-rivalry [GBR] [FRA] Thompson & Dreyer 2012
	// 1716 rapprochement [GBR] [FRA] Thompson & Dreyer 2012
}

func ExampleObserved() {
	fmt.Println(rivalry.Observed())
	// Output: Thompson & Dreyer 2012 [1494-01-01, 2011-01-01)
}
