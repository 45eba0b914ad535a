package universe

import (
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// WriteCSV writes the universe as CSV: a header of the columns, then the
// rows in key order, NA for a value that is missing or cannot be told. It
// returns how many rows it wrote. The rows are formatted in blocks on
// every core and written in order, so that memory stays bounded however
// many rows there are.
func (u *StateYears) WriteCSV(w io.Writer) (int, error) { return u.c.writeCSV(w) }

// WriteCSV writes the universe as CSV: a header of the columns, then the
// rows in key order, NA for a value that is missing or cannot be told. It
// returns how many rows it wrote. The rows are formatted in blocks on
// every core and written in order, so that memory stays bounded however
// many rows there are.
func (u *DyadYears) WriteCSV(w io.Writer) (int, error) { return u.c.writeCSV(w) }

// Blocks of units (pairs or states) each goroutine formats at a time: a
// block of pairs is some 3,000 rows.
const (
	pairsPerBlock  = 64
	statesPerBlock = 16
)

// block is the text of one block of units.
type block struct {
	index int
	text  []byte
	rows  int
}

func (c *core) header() []byte {
	names := make([]string, 0, 3+len(c.prepared)*6)
	for _, col := range c.columns() {
		names = append(names, csvField(col.Name))
	}
	return []byte(strings.Join(names, ",") + "\n")
}

func (c *core) writeCSV(w io.Writer) (int, error) {
	if _, err := w.Write(c.header()); err != nil {
		return 0, err
	}
	per := statesPerBlock
	if c.dyadic {
		per = pairsPerBlock
	}
	units := c.units()
	blocks := (units + per - 1) / per
	workers := max(1, min(runtime.GOMAXPROCS(0), blocks))
	// tokens bounds the blocks made and not yet written; a goroutine takes
	// one before it takes a block, so the next block to write is always
	// made or being made.
	inFlight := 4 * workers
	tokens := make(chan struct{}, inFlight)
	done := make(chan block, inFlight)
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	free := make(chan []byte, inFlight) // the texts of written blocks, to reuse
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var k key
			for {
				select {
				case <-stop:
					return
				case tokens <- struct{}{}:
				}
				i := int(next.Add(1) - 1)
				if i >= blocks {
					<-tokens
					return
				}
				b := block{index: i}
				select {
				case b.text = <-free:
				default:
					b.text = make([]byte, 0, 1<<20)
				}
				c.each(i*per, min((i+1)*per, units), &k, func(k *key) bool {
					b.text = c.rowText(b.text, k)
					b.rows++
					return true
				})
				done <- b // never blocks: done holds as many as there are tokens
			}
		}()
	}
	rows, err := 0, error(nil)
	pending := map[int]block{}
	for want := 0; want < blocks && err == nil; {
		b := <-done
		pending[b.index] = b
		for {
			b, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			if err == nil {
				_, err = w.Write(b.text)
				rows += b.rows
			}
			free <- b.text[:0]
			<-tokens
			want++
		}
	}
	close(stop)
	wg.Wait()
	return rows, err
}

// rowText appends a row's CSV line.
func (c *core) rowText(b []byte, k *key) []byte {
	b = appendInt(b, k.c1)
	b = append(b, ',')
	if c.dyadic {
		b = appendInt(b, k.c2)
	} else {
		b = append(b, c.sys.csvNames[k.i1]...)
	}
	b = append(b, ',')
	b = appendInt(b, k.year)
	for _, p := range c.prepared {
		b = p.text(b, k)
	}
	return append(b, '\n')
}
