package nmc

import (
	"cmp"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/readlimit"
	"github.com/entente-go/entente/relations"
)

// Header is the header row Parse requires, the columns of the data.
const Header = "ccode,year,milex,milper,irst,pec,tpop,upop,cinc"

var columns = strings.Split(Header, ",")

// missingCode is COW's code for a missing value.
const missingCode = "-9"

// MaxFileSize is how many bytes of an NMC file [Parse] reads by default
// (the file is 0.8 MB); [relations.WithMaxInputSize] changes it.
const MaxFileSize = 32 << 20

// Parse reads a copy of the NMC file from r; name is the file's name for
// error messages. It is strict: the header must be [Header]; ccode is a
// positive whole number and year a whole number from 1816 on; each other
// value is a decimal number, not negative, with cinc at most 1, or
// missing — an empty cell or COW's -9, either read as NaN; and no
// state-year comes twice. Every problem is reported (at most 100, then how
// many more), each a [*relations.ParseError] with line and column, joined. The
// records are returned sorted by COW code and then year. Past
// [MaxFileSize] bytes it stops with an error wrapping
// [relations.ErrLimitExceeded].
func Parse(r io.Reader, name string, opts ...relations.ReadOption) ([]Record, error) {
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxFileSize}, opts)
	cr, err := csvfile.ReadHeader(r, name, Header, csvfile.Limit{Bytes: limit.MaxInputSize, Name: "nmc.MaxFileSize"})
	if err != nil {
		return nil, err
	}
	var out []Record
	seen := map[key]int{} // state-year → line
	for cr.Next() {
		rec := cr.Record()
		line := cr.Line()
		at := func(i int, msg string) { cr.Fail(i, columns[i], msg, nil) }
		whole := func(i, least int, what string) int {
			n, err := strconv.Atoi(rec[i])
			switch {
			case err != nil || rec[i][0] == '+':
				at(i, errs.Quote(rec[i])+" is not a whole number")
			case n < least:
				at(i, errs.Cut(rec[i])+" is not "+what)
			default:
				return n
			}
			return 0
		}
		value := func(i int) float64 {
			s := rec[i]
			if s == "" || s == missingCode {
				return math.NaN()
			}
			v, err := strconv.ParseFloat(s, 64)
			switch {
			case err != nil || strings.Trim(s, "0123456789.eE+-") != "" || !strings.ContainsAny(s, "0123456789"):
				at(i, errs.Quote(s)+" is not a decimal number")
			case v < 0:
				at(i, errs.Cut(s)+" is negative; a missing value is empty or "+missingCode)
			case i == len(columns)-1 && v > 1:
				at(i, errs.Cut(s)+" is more than 1; a CINC is a share")
			default:
				return v
			}
			return math.NaN()
		}
		r := Record{CCode: whole(0, 1, "a COW code"), Year: whole(1, FirstYear, "a year of the COW system (1816 on)"),
			MilEx: value(2), MilPer: value(3), IrSt: value(4), PEC: value(5), TPop: value(6), UPop: value(7), CINC: value(8)}
		if r.CCode > 0 && r.Year > 0 {
			k := key{r.CCode, r.Year}
			if l, dup := seen[k]; dup {
				at(1, "state "+errs.Cut(rec[0])+" has year "+errs.Cut(rec[1])+" on line "+strconv.Itoa(l)+" too")
			} else {
				seen[k] = line
			}
		}
		out = append(out, r)
	}
	if err := cr.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b Record) int { return cmp.Or(cmp.Compare(a.CCode, b.CCode), cmp.Compare(a.Year, b.Year)) })
	return out, nil
}
