package rivalry

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/readlimit"
	"github.com/entente-go/entente/relations"
)

// Header is the header row Parse requires, the columns of the data.
const Header = "rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,type1,type2,type3"

var columns = strings.Split(Header, ",")

// Column positions in a record.
const (
	colNumber = iota
	colName
	colCCode1
	colCCode2
	colStart
	colEnd
	colRegion
	colType1
)

// MaxFileSize is how many bytes of a rivalries file [Parse] reads by
// default (the file is 14 KB); [relations.WithMaxInputSize] changes it.
const MaxFileSize = 8 << 20

// Parse reads a copy of the rivalries file from r; name is the file's name
// for error messages. It is strict: the header must be [Header], every
// number a whole number, every code positive with ccode1 < ccode2, every
// year within [Coverage] with the end no earlier than the start, every
// type word one of the four (type1 required), and every rivalryno
// distinct. Every problem is reported (at most 100, then how many more),
// each a [*relations.ParseError] with line and column, joined. An end year of 2010,
// the data's last, reads as a rivalry still running (see
// [Rivalry.Ongoing]). The rivalries are returned sorted by Number. Past
// [MaxFileSize] bytes it stops with an error wrapping
// [relations.ErrLimitExceeded].
func Parse(r io.Reader, name string, opts ...relations.ReadOption) ([]Rivalry, error) {
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxFileSize}, opts)
	cr, err := csvfile.ReadHeader(r, name, Header, csvfile.Limit{Bytes: limit.MaxInputSize, Name: "rivalry.MaxFileSize"})
	if err != nil {
		return nil, err
	}
	var out []Rivalry
	seen := map[int]int{} // rivalryno → line
	for cr.Next() {
		rec := cr.Record()
		line := cr.Line()
		at := func(i int, msg string) { cr.Fail(i, columns[i], msg, nil) }
		number := func(i int) (int, bool) {
			n, err := strconv.Atoi(rec[i])
			if err != nil || rec[i][0] == '+' {
				at(i, errs.Quote(rec[i])+" is not a whole number")
				return 0, false
			}
			return n, true
		}
		positive := func(i int, what string) int {
			n, ok := number(i)
			if ok && n <= 0 {
				at(i, errs.Cut(rec[i])+" is not "+what)
				return 0
			}
			return n
		}
		year := func(i int) int {
			y, ok := number(i)
			if ok && (y < FirstYear || y > LastYear) {
				at(i, errs.Cut(rec[i])+" is outside the data's years, "+strconv.Itoa(FirstYear)+"–"+strconv.Itoa(LastYear))
				return 0
			}
			return y
		}

		riv := Rivalry{Number: positive(colNumber, "a rivalry number (1, 2, …)"), Name: rec[colName], Region: rec[colRegion]}
		if riv.Number > 0 {
			if l, dup := seen[riv.Number]; dup {
				at(colNumber, "rivalry "+errs.Cut(rec[colNumber])+" is on line "+strconv.Itoa(l)+" too")
			} else {
				seen[riv.Number] = line
			}
		}
		if riv.Name == "" {
			at(colName, "a rivalry needs a name")
		}
		if riv.Region == "" {
			at(colRegion, "a rivalry needs a region")
		}
		riv.CCode1, riv.CCode2 = positive(colCCode1, "a COW code"), positive(colCCode2, "a COW code")
		if riv.CCode1 > 0 && riv.CCode2 > 0 && riv.CCode1 >= riv.CCode2 {
			at(colCCode2, errs.Cut(rec[colCCode2])+" is not greater than ccode1 "+errs.Cut(rec[colCCode1]))
		}
		riv.A, riv.B = actorID(riv.CCode1), actorID(riv.CCode2)
		first, last := year(colStart), year(colEnd)
		if first > 0 && last > 0 && last < first {
			at(colEnd, errs.Cut(rec[colEnd])+" is before the start year "+errs.Cut(rec[colStart]))
		}
		riv.Start, _ = relations.YearDate(first)
		if last != LastYear {
			riv.End, _ = relations.YearDate(last)
		}
		for i := colType1; i < len(columns); i++ {
			w := rec[i]
			if w == "" {
				if i == colType1 {
					at(i, "a rivalry needs a type")
				}
				continue
			}
			t, ok := parseType(w)
			switch {
			case !ok:
				at(i, errs.Quote(w)+" is not a type (spatial, positional, ideological, interventionary)")
			case riv.Types.Has(t):
				at(i, w+" is listed twice")
			}
			riv.Types |= t
		}
		out = append(out, riv)
	}
	if err := cr.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b Rivalry) int { return a.Number - b.Number })
	return out, nil
}
