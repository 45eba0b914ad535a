package main

import (
	"io"
	"reflect"
	"strconv"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/compress/snappy"
	"github.com/parquet-go/parquet-go/encoding"

	"github.com/entente-go/entente/pact/universe"
)

// writeParquet writes the universe as Parquet, its columns in order: the
// keys required, every other column optional, null where CSV has NA;
// integers as INT64, reals as DOUBLE, texts as UTF-8 strings; compressed
// with Snappy. It returns how many rows it wrote.
func writeParquet(f io.Writer, t table, p *progress) (int, error) {
	cols := t.Columns()
	keys := 3
	g := make(orderedGroup, len(cols))
	for i, c := range cols {
		var n parquet.Node
		switch c.Kind {
		case universe.Integer:
			n = parquet.Int(64)
		case universe.Real:
			n = parquet.Leaf(parquet.DoubleType)
		default:
			n = parquet.String()
		}
		if i >= keys {
			n = parquet.Optional(n)
		}
		g[i] = field{Node: n, name: c.Name, index: i}
	}
	// Row groups of 256Ki rows keep what the writer buffers to some 60 MiB
	// for the widest universe.
	w := parquet.NewWriter(f, parquet.NewSchema("universe", g), parquet.Compression(&snappy.Codec{}),
		parquet.MaxRowsPerRowGroup(256<<10))
	const batch = 4096
	rows := make([]parquet.Row, 0, batch)
	pool := make([]parquet.Value, 0, batch*len(cols))
	n := 0
	flush := func() error {
		if _, err := w.WriteRows(rows); err != nil {
			return err
		}
		p.add(len(rows))
		n += len(rows)
		rows, pool = rows[:0], pool[:0]
		return nil
	}
	for cells := range t.Cells() {
		start := len(pool)
		for i, c := range cells {
			var v parquet.Value
			switch {
			case !c.Valid:
				v = parquet.NullValue().Level(0, 0, i)
			case cols[i].Kind == universe.Integer:
				v = parquet.Int64Value(c.Int).Level(0, def(i, keys), i)
			case cols[i].Kind == universe.Real:
				v = parquet.DoubleValue(c.Real).Level(0, def(i, keys), i)
			default:
				v = parquet.ByteArrayValue([]byte(c.Text)).Level(0, def(i, keys), i)
			}
			pool = append(pool, v)
		}
		rows = append(rows, pool[start:len(pool):len(pool)])
		if len(rows) == batch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := flush(); err != nil {
		return n, err
	}
	return n, w.Close()
}

// def is a column's definition level for a value present: 1 for an
// optional column, 0 for a required key.
func def(i, keys int) int {
	if i < keys {
		return 0
	}
	return 1
}

// orderedGroup is a Parquet group whose fields keep the universe's order
// of columns (parquet.Group, a map, sorts them by name).
type orderedGroup []field

type field struct {
	parquet.Node
	name  string
	index int
}

func (f field) Name() string                           { return f.name }
func (f field) Value(base reflect.Value) reflect.Value { return base.Field(f.index) }

func (g orderedGroup) ID() int                     { return 0 }
func (g orderedGroup) String() string              { return "universe(" + strconv.Itoa(len(g)) + " columns)" }
func (g orderedGroup) Type() parquet.Type          { return parquet.Group{}.Type() }
func (g orderedGroup) Optional() bool              { return false }
func (g orderedGroup) Repeated() bool              { return false }
func (g orderedGroup) Required() bool              { return true }
func (g orderedGroup) Leaf() bool                  { return false }
func (g orderedGroup) Encoding() encoding.Encoding { return nil }
func (g orderedGroup) Compression() compress.Codec { return nil }
func (g orderedGroup) Fields() []parquet.Field {
	out := make([]parquet.Field, len(g))
	for i := range g {
		out[i] = g[i]
	}
	return out
}

// GoType is a struct of the columns' Go types, fields named F0, F1, …:
// the writer takes rows, not Go values, but a Node must say.
func (g orderedGroup) GoType() reflect.Type {
	fields := make([]reflect.StructField, len(g))
	for i, f := range g {
		fields[i] = reflect.StructField{Name: "F" + strconv.Itoa(i), Type: f.GoType()}
	}
	return reflect.StructOf(fields)
}
