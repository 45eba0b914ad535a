package main

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progress reports, once a second after the first, how many of the rows
// are written, on standard error.
type progress struct {
	rows  atomic.Int64
	total int
	done  chan struct{}
	once  sync.Once
	wg    sync.WaitGroup
}

func newProgress(w io.Writer, start time.Time, total int) *progress {
	p := &progress{total: total, done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case now := <-tick.C:
				n := p.rows.Load()
				fmt.Fprintf(w, "universe: %d of %d rows (%.0f%%), %.1f s\n", n, p.total, 100*float64(n)/float64(max(p.total, 1)), now.Sub(start).Seconds())
			}
		}
	}()
	return p
}

// stop ends the reports; it may be called more than once.
func (p *progress) stop() {
	p.once.Do(func() { close(p.done) })
	p.wg.Wait()
}

// add counts rows written.
func (p *progress) add(n int) { p.rows.Add(int64(n)) }

// counting returns w, counting the lines written through it as rows (the
// header's line aside: one off, for a report).
func (p *progress) counting(w io.Writer) io.Writer { return lineCounter{w, p} }

type lineCounter struct {
	w io.Writer
	p *progress
}

func (l lineCounter) Write(b []byte) (int, error) {
	n, err := l.w.Write(b)
	l.p.add(bytes.Count(b[:n], []byte{'\n'}))
	return n, err
}
