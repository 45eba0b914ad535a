package slab

// Of hands out slices of T. The zero Of is ready to use.
type Of[T any] struct {
	free []T
	next int // the size of the next array
}

// The arrays start small, so that a few slices cost little, and double up
// to maxSize elements. A request of more than a quarter of that gets an
// array of its own, so that little of each array is wasted.
const (
	minSize = 16
	maxSize = 1024
)

// Make returns a zeroed slice of n elements whose capacity is n, so that
// appending to it never writes over another.
func (s *Of[T]) Make(n int) []T {
	if n > len(s.free) {
		if n > maxSize/4 {
			return make([]T, n)
		}
		s.next = min(max(2*s.next, minSize), maxSize)
		s.free = make([]T, max(s.next, n))
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// One returns a slice holding v alone.
func (s *Of[T]) One(v T) []T {
	out := s.Make(1)
	out[0] = v
	return out
}
