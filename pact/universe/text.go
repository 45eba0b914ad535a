package universe

import (
	"math"
	"strconv"
	"strings"
)

// na is how CSV writes a value that is missing or cannot be told.
const na = "NA"

// smallInts bounds the integers whose text is made once: every COW code,
// year and count a row holds.
const smallInts = 10000

// intTexts holds the decimal text of 0 ≤ i < smallInts: small[ends[i-1]:
// ends[i]] (from 0 for i = 0).
type intTexts struct {
	small string
	ends  [smallInts]uint32
}

// ints is made when the package starts (some 100 µs): a sync.Once in
// appendInt, called a dozen times a row, cost a tenth of WriteCSV.
var ints = func() *intTexts {
	t := &intTexts{}
	var b []byte
	for i := range smallInts {
		b = strconv.AppendInt(b, int64(i), 10)
		t.ends[i] = uint32(len(b))
	}
	t.small = string(b)
	return t
}()

// appendInt appends the decimal text of i.
func appendInt(b []byte, i int) []byte {
	if i < 0 || i >= smallInts {
		return strconv.AppendInt(b, int64(i), 10)
	}
	t := ints
	from := uint32(0)
	if i > 0 {
		from = t.ends[i-1]
	}
	return append(b, t.small[from:t.ends[i]]...)
}

// appendReal appends a number as the sources write theirs (NMC's CSV):
// a whole number without a decimal point, a number below 1e-4 in
// exponent form ("5.9248596e-05"), any other in decimal form, each with
// the fewest digits that read back as the same float64; NaN is NA.
func appendReal(b []byte, f float64) []byte {
	switch a := math.Abs(f); {
	case math.IsNaN(f):
		return append(b, na...)
	case f == math.Trunc(f) && a < 1e15:
		return strconv.AppendInt(b, int64(f), 10)
	case a < 1e-4:
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// csvField returns s as a CSV field, quoted if it holds a comma, a quote
// or a line break.
func csvField(s string) string {
	if !strings.ContainsAny(s, ",\"\r\n") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// nas returns n fields of NA, each after a comma.
func nas(n int) string { return strings.Repeat(","+na, n) }

func itoa(i int) string { return strconv.Itoa(i) }
