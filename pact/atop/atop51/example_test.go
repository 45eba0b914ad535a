package atop51_test

import (
	"fmt"
	"io/fs"

	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/relations"
)

func ExampleFS() {
	entries, err := fs.ReadDir(atop51.FS(), ".")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(e.Name(), info.Size())
	}
	// Output:
	// atop5_1a.csv 183543
	// atop5_1aph.csv 202256
	// atop5_1ddyr_obvary.csv 29432
	// atop5_1m.csv 568197
}

func ExampleRead() {
	d, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	nato, ok := d.Model.Agreement("atop-3180")
	if !ok {
		fmt.Println("no alliance atop-3180")
		return
	}
	fmt.Println(len(d.Alliances), "alliances;", nato.Name, "began", nato.Lifecycle[0].Date)
	p, err := d.Model.AlliancePartners("ISL", relations.MustDate("2018-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Iceland's partners on 2018-12-31:", len(p.Certain), "certain,", len(p.Uncertain), "cannot tell")
	// Output:
	// 789 alliances; ATOP 3180 began 1949-04-04
	// Iceland's partners on 2018-12-31: 55 certain, 0 cannot tell
}
