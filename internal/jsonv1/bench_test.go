package jsonv1_test

import (
	"bytes"
	"testing"

	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
)

// BenchmarkReadATOP reads ATOP 5.1's model document (825 KB) as version 2
// and as version 1, which the reader decodes twice when it has renamed
// keys (once to learn the version), and times the upgrade.
func BenchmarkReadATOP(b *testing.B) {
	d, err := atop51.Read()
	if err != nil {
		b.Fatal(err)
	}
	v2, err := d.Model.MarshalJSON()
	if err != nil {
		b.Fatal(err)
	}
	v1 := bytes.Replace(v2, []byte(`"version": 2`), []byte(`"version": 1`), 1)
	for _, r := range jsonv1.Renames(jsonv1.Model) {
		v1 = bytes.ReplaceAll(v1, []byte(`"`+r.New+`"`), []byte(`"`+r.Old+`"`))
	}
	actors := d.Model.Actors()
	for _, doc := range []struct {
		name string
		data []byte
	}{{"v2", v2}, {"v1", v1}} {
		b.Run(doc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := pact.ParseModelJSON(actors, doc.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("upgrade", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := jsonv1.Upgrade(jsonv1.Model, v1); err != nil {
				b.Fatal(err)
			}
		}
	})
}
