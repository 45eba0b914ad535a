package network

import "math"

// Balance counts the triangles of a signed network by their balance.
type Balance struct {
	// Triangles is the number of signed triangles, Balanced those whose
	// product of signs is positive (+++ or +−−).
	Triangles, Balanced int
	// Score is Balanced/Triangles, NaN without triangles.
	Score float64
}

// signs returns, for each pair of nodes joined in either layer, which signs
// join them: bit 1 positive, bit 2 negative.
func (s *Signed) signs(i, j int32) (pos, neg bool) {
	a, b := s.positive.nodes[i].ID(), s.positive.nodes[j].ID()
	_, pos = s.positive.find(a, b)
	_, neg = s.negative.find(a, b)
	return pos, neg
}

// StructuralBalance counts the balanced triangles of the signed network
// (Heider 1946; Cartwright and Harary 1956, Psychological Review 63:
// 277–293): a triangle is balanced when the product of its three signs is
// positive — the friend of a friend is a friend, the enemy of an enemy a
// friend. Score is the share of balanced triangles, signnet's
// balance_score(method = "triangles") (Schoch 2020),
//
//	score = (tr(A³) + tr(|A|³)) / (2 tr(|A|³)),  A = A⁺ − A⁻, |A| = A⁺ + A⁻.
//
// A pair both allied and rivals keeps both signs: the network is a signed
// multigraph and each choice of one edge per side is a triangle of its own,
// so a triangle through such a pair counts twice, once balanced and once not
// — exactly what the formula gives for that pair's A = 0 and |A| = 2.
func StructuralBalance(s *Signed) Balance {
	pos, neg := s.parts()
	s = &Signed{positive: pos, negative: neg}
	n := s.positive.Len()
	// union adjacency, sorted
	adj := make([][]int32, n)
	for i := range n {
		a, b := s.positive.out[i], s.negative.out[i]
		for p, q := 0, 0; p < len(a) || q < len(b); {
			switch {
			case q == len(b) || p < len(a) && a[p] < b[q]:
				adj[i] = append(adj[i], a[p])
				p++
			case p == len(a) || b[q] < a[p]:
				adj[i] = append(adj[i], b[q])
				q++
			default:
				adj[i] = append(adj[i], a[p])
				p++
				q++
			}
		}
	}
	var bal Balance
	for i := range n {
		for _, j := range adj[i] {
			if int(j) <= i {
				continue
			}
			a, b := adj[i], adj[j]
			for p, q := 0, 0; p < len(a) && q < len(b); {
				switch {
				case a[p] < b[q]:
					p++
				case a[p] > b[q]:
					q++
				default:
					if k := a[p]; k > j {
						// even[x] = number of ways the three sides have an
						// even (x=0) or odd (x=1) count of negatives
						even, odd := 1, 0
						for _, side := range [3][2]int32{{int32(i), j}, {j, k}, {int32(i), k}} {
							pos, neg := s.signs(side[0], side[1])
							e, o := 0, 0
							if pos {
								e, o = e+even, o+odd
							}
							if neg {
								e, o = e+odd, o+even
							}
							even, odd = e, o
						}
						bal.Triangles += even + odd
						bal.Balanced += even
					}
					p++
					q++
				}
			}
		}
	}
	bal.Score = math.NaN()
	if bal.Triangles > 0 {
		bal.Score = float64(bal.Balanced) / float64(bal.Triangles)
	}
	return bal
}

// Polarization returns how well the blocs of p divide the signed network
// into camps: the share of its ties consistent with them,
//
//	P = 1 − (N⁻_in + N⁺_out) / (N⁺ + N⁻),
//
// with N⁻_in the rivalries inside a bloc and N⁺_out the alliances between
// blocs: one minus the line index of imbalance of Doreian and Mrvar (1996,
// "A partitioning approach to structural balance", Social Networks 18:
// 149–168) with equal weight on both errors, scaled by the number of ties.
// 1 means allies all inside the blocs and rivals all across them. A pair
// both allied and rivals counts as one tie of each sign, so it always costs
// one error. NaN for a network without ties.
func Polarization(s *Signed, p Partition) float64 {
	pos, neg := s.parts()
	s = &Signed{positive: pos, negative: neg}
	n := s.positive.Len()
	of := make([]int, n)
	for i := range of {
		of[i] = -1 - i // alone unless in a community
	}
	for c, grp := range p.Communities {
		for _, id := range grp {
			if i, ok := s.positive.index[id]; ok {
				of[i] = c
			}
		}
	}
	var errs, ties int
	for _, layer := range []struct {
		g    *Undirected
		sign int
	}{{s.positive, 1}, {s.negative, -1}} {
		for i, nb := range layer.g.out {
			for _, j := range nb {
				if int(j) <= i {
					continue
				}
				ties++
				if same := of[i] == of[j]; same != (layer.sign > 0) {
					errs++
				}
			}
		}
	}
	if ties == 0 {
		return math.NaN()
	}
	return 1 - float64(errs)/float64(ties)
}
