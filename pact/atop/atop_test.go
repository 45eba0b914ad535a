package atop

import (
	"testing"
)

const dataDir = "../../../shared/data/atop-5.1"

func readATOP(t testing.TB) *Dataset {
	t.Helper()
	d, err := ReadDir(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadSmoke(t *testing.T) {
	d := readATOP(t)
	t.Log(len(d.Alliances), len(d.Phases), len(d.Members), d.Model.Len())
}
