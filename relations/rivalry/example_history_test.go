package rivalry_test

import (
	"fmt"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

func ExampleHistory() {
	actors, events := rivalry.History()
	h, err := relations.NewHistory(actors, events, relations.WithCoverage(rivalry.Observed()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2005-06-01", "2020-06-01"} {
		r, _ := h.Rivals("SAU", relations.MustDate(day))
		fmt.Println(day, r)
	}
	// Output:
	// 2005-06-01 [IRN IRQ]
	// 2020-06-01 []; cannot tell: IRN (past-coverage: event "td-170" as last observed by Thompson & Dreyer 2012 on 2010-12-31), IRQ (past-coverage: event "td-154" as last observed by Thompson & Dreyer 2012 on 2010-12-31)
}

func ExampleRivalry_Events() {
	r, _ := rivalry.Between("FRA", "GBR", 1700)
	for _, e := range r.Events() {
		fmt.Println(e.Date, e.Kind, e.Actors, e.Toward, e.Dataset)
	}
	// Output:
	// 1494 declared-rivalry [GBR] [FRA] Thompson & Dreyer 2012
	// 1716 rapprochement [GBR] [FRA] Thompson & Dreyer 2012
}

func ExampleObserved() {
	fmt.Println(rivalry.Observed())
	// Output: Thompson & Dreyer 2012 [1494-01-01, 2011-01-01)
}
