package atop

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/entente-go/entente/pact"
)

// TestWriteCSVFormatsAnyRow: rows with codes and years inside and outside
// the texts WriteCSV keeps (negative, 0, 9999, 10000, large) and every
// obligation set are written as fmt would write them, across the buffer's
// flushes.
func TestWriteCSVFormatsAnyRow(t *testing.T) {
	ints := []int{-12345, -1, 0, 1, 9, 10, 99, 100, 2, 365, 999, 1815, 2018, 9999, 10000, 123456789}
	var rows []Row
	for i := range 20000 {
		rows = append(rows, Row{CCode1: ints[i%len(ints)], CCode2: ints[(i/3)%len(ints)], Year: ints[(i/7)%len(ints)],
			Obligations: pact.ObligationSet(i % 256)})
	}
	var want bytes.Buffer
	want.WriteString(CSVHeader + "\n")
	for _, r := range rows {
		fmt.Fprintf(&want, "%d,%d,%d", r.CCode1, r.CCode2, r.Year)
		for _, o := range []pact.Obligation{pact.Defense, pact.Offense, pact.Neutrality, pact.NonAggression, pact.Consultation} {
			if r.Obligations.Has(o) {
				want.WriteString(",1")
			} else {
				want.WriteString(",0")
			}
		}
		want.WriteString("\n")
	}
	var got bytes.Buffer
	n, err := WriteCSV(&got, slices.Values(rows))
	if err != nil || n != len(rows) {
		t.Fatalf("WriteCSV = %d, %v; want %d rows", n, err, len(rows))
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("WriteCSV wrote %d bytes that differ from fmt's %d", got.Len(), want.Len())
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

// TestWriteCSVReportsWriteErrors: a writer's error is returned, with the
// rows formatted before it.
func TestWriteCSVReportsWriteErrors(t *testing.T) {
	rows := make([]Row, 10000)
	n, err := WriteCSV(failingWriter{}, slices.Values(rows))
	if err == nil || err.Error() != "disk full" {
		t.Fatalf("WriteCSV to a failing writer: %d, %v", n, err)
	}
	if n == 0 || n >= len(rows) {
		t.Errorf("WriteCSV reported %d rows before the failed write, want some and not all", n)
	}
}
