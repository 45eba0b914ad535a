package network

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// signedFrom builds a signed network from edge lists of the two layers over
// the same nodes.
func signedFrom(t *testing.T, positive *Undirected, rivals [][2]int64) *Signed {
	t.Helper()
	neg := &Undirected{base: newBase(positive.actors)}
	for _, r := range rivals {
		i, ok := neg.index[r[0]]
		j, ok2 := neg.index[r[1]]
		if !ok || !ok2 {
			continue
		}
		neg.add(i, j, Edge{F: neg.nodes[i], T: neg.nodes[j], W: 1})
		neg.add(j, i, Edge{F: neg.nodes[j], T: neg.nodes[i], W: 1})
		neg.edges++
	}
	neg.sortAdjacency()
	return &Signed{positive: positive, negative: neg}
}

func TestStructuralBalanceHandChecked(t *testing.T) {
	// Nodes 2 (USA), 200 (GBR), 220 (FRA), 365 (RUS), 640 (TUR).
	// Positive: 2–200, 2–220, 200–220 (+++), 2–640, 220–640, 200–640
	// Negative: 2–365, 220–365 (with 2–220 positive: +−− balanced), and
	// 2–640 also negative (ambivalent).
	pos, err := ReadEdgeList(strings.NewReader("source,target,weight,obligations\n" +
		"2,200,3,defense\n2,220,3,defense\n200,220,3,defense\n2,640,3,defense\n220,640,3,defense\n200,640,3,defense\n365,isolate,,\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := signedFrom(t, pos, [][2]int64{{2, 365}, {220, 365}, {2, 640}})
	// Triangles by hand:
	//   2-200-220 +++ balanced
	//   2-200-640: 2–640 is + and −: one +++ (balanced), one ++− (not)
	//   2-220-640: likewise, one balanced, one not
	//   200-220-640 +++ balanced
	//   2-220-365: + − − balanced
	// 7 triangles, 5 balanced.
	got := StructuralBalance(s)
	if got.Triangles != 7 || got.Balanced != 5 || got.Score != 5.0/7 {
		t.Errorf("StructuralBalance = %+v, want 7 triangles, 5 balanced, 5/7", got)
	}
	if b := StructuralBalance(signedFrom(t, pos, nil)); b.Triangles != 4 || b.Score != 1 {
		t.Errorf("all-positive: %+v, want 4 triangles, score 1", b)
	}
	empty, _ := ReadEdgeList(strings.NewReader("source,target,weight,obligations\n2,isolate,,\n"))
	if b := StructuralBalance(signedFrom(t, empty, nil)); b.Triangles != 0 || !math.IsNaN(b.Score) {
		t.Errorf("no triangles: %+v, want 0 and NaN", b)
	}
}

// TestStructuralBalanceCounts checks the balance of the any-obligation
// network with the rivalries of each golden year against a count over
// every triple of nodes, and against signnet's formula
// (tr(A³) + tr(|A|³)) / (2 tr(|A|³)).
func TestStructuralBalanceCounts(t *testing.T) {
	for _, y := range []int{1914, 1939, 1962, 1990} {
		f, err := os.Open(filepath.Join("testdata", "edges-any-"+strconv.Itoa(y)+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		g, err := ReadEdgeList(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var rivals [][2]int64
		for _, r := range rivalry.All() {
			if r.Active(y) == relations.Yes {
				rivals = append(rivals, [2]int64{int64(r.CCode1), int64(r.CCode2)})
			}
		}
		s := signedFrom(t, g, rivals)
		got := StructuralBalance(s)

		n := g.Len()
		sign := func(i, j int) [2]bool { p, q := s.signs(int32(i), int32(j)); return [2]bool{p, q} }
		var tri, bal int
		a := make([][]float64, n)   // A = A⁺ − A⁻
		abs := make([][]float64, n) // |A| = A⁺ + A⁻
		for i := range n {
			a[i], abs[i] = make([]float64, n), make([]float64, n)
			for j := range n {
				if i == j {
					continue
				}
				pq := sign(i, j)
				p, q := pq[0], pq[1]
				if p {
					a[i][j]++
					abs[i][j]++
				}
				if q {
					a[i][j]--
					abs[i][j]++
				}
			}
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				for k := j + 1; k < n; k++ {
					for _, x := range []float64{1, -1} {
						for _, y := range []float64{1, -1} {
							for _, z := range []float64{1, -1} {
								if has(sign(i, j), x) && has(sign(j, k), y) && has(sign(i, k), z) {
									tri++
									if x*y*z > 0 {
										bal++
									}
								}
							}
						}
					}
				}
			}
		}
		if got.Triangles != tri || got.Balanced != bal {
			t.Errorf("%d: %d of %d triangles balanced, a count over all triples says %d of %d", y, got.Balanced, got.Triangles, bal, tri)
		}
		if tri > 0 {
			tr3 := func(m [][]float64) float64 {
				var s float64
				for i := range n {
					for j := range n {
						if m[i][j] == 0 {
							continue
						}
						for k := range n {
							s += m[i][j] * m[j][k] * m[k][i]
						}
					}
				}
				return s
			}
			want := (tr3(a) + tr3(abs)) / (2 * tr3(abs))
			if math.Abs(want-got.Score) > 1e-12 {
				t.Errorf("%d: score %v, signnet's formula %v", y, got.Score, want)
			}
		}
		t.Logf("%d: %d rivalries, %d of %d triangles balanced", y, len(rivals), got.Balanced, got.Triangles)
	}
}

func has(signs [2]bool, s float64) bool {
	if s > 0 {
		return signs[0]
	}
	return signs[1]
}
