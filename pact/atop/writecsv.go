package atop

import (
	"errors"
	"io"
	"iter"
	"strconv"
	"sync"

	"github.com/entente-go/entente/pact"
)

// CSVHeader is the header WriteCSV writes: peacesciencer's columns.
const CSVHeader = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul"

// WriteCSV writes rows as CSV with peacesciencer's columns (see
// [CSVHeader]), each obligation 1 or 0, and returns how many rows it wrote.
// Nil rows are no rows: the header alone. A nil w is an error.
func WriteCSV(w io.Writer, rows iter.Seq[Row]) (int, error) {
	if w == nil {
		return 0, errors.New("atop: WriteCSV: no output (a nil writer)")
	}
	if rows == nil {
		rows = func(func(Row) bool) {}
	}
	t := csvTexts()
	// Rows are formatted into a buffer written out whenever it nears full:
	// a panel's 273,296 rows cost 6 MB of text and some 100 writes.
	const size = 64 << 10
	buf := make([]byte, 0, size)
	buf = append(buf, CSVHeader+"\n"...)
	n := 0
	for r := range rows {
		buf = t.appendInt(buf, r.CCode1)
		buf = append(buf, ',')
		buf = t.appendInt(buf, r.CCode2)
		buf = append(buf, ',')
		buf = t.appendInt(buf, r.Year)
		buf = append(buf, t.flags[r.Obligations]...)
		if len(buf) > size-128 {
			if _, err := w.Write(buf); err != nil {
				return n, err
			}
			buf = buf[:0]
		}
		n++
	}
	if _, err := w.Write(buf); err != nil {
		return n, err
	}
	return n, nil
}

// texts holds what WriteCSV copies rather than formats each time.
type texts struct {
	// The decimal text of i, for 0 ≤ i < smallInts, is
	// small[ends[i-1]:ends[i]] (from 0 for i = 0): every COW code and
	// every year ATOP observes.
	small string
	ends  [smallInts]uint16
	// flags[s] is the tail of a row with obligations s: the five 1-or-0
	// columns and the line's end.
	flags [256]string
}

// smallInts bounds the integers texts holds.
const smallInts = 10000

// csvTexts returns the texts, made once.
var csvTexts = sync.OnceValue(func() *texts {
	t := &texts{}
	var b []byte
	for i := range smallInts {
		b = strconv.AppendInt(b, int64(i), 10)
		t.ends[i] = uint16(len(b))
	}
	t.small = string(b)
	for s := range t.flags {
		var f []byte
		for _, oc := range obligationColumns {
			if pact.ObligationSet(s).Has(oc.o) {
				f = append(f, ",1"...)
			} else {
				f = append(f, ",0"...)
			}
		}
		t.flags[s] = string(append(f, '\n'))
	}
	return t
})

// appendInt appends the decimal text of i to b.
func (t *texts) appendInt(b []byte, i int) []byte {
	if i < 0 || i >= smallInts {
		return strconv.AppendInt(b, int64(i), 10)
	}
	from := uint16(0)
	if i > 0 {
		from = t.ends[i-1]
	}
	return append(b, t.small[from:t.ends[i]]...)
}
