// Package slab hands out small slices as windows of large shared arrays,
// so that the many small slices a model or an index keeps for as long as
// it lives cost a few allocations, not one each.
package slab

// Of hands out slices of T. The zero Of is ready to use.
type Of[T any] struct{ free []T }

// size is how many elements an Of allocates at a time; a request of more
// than a quarter of it gets an array of its own, so that at most a quarter
// of each array is wasted.
const size = 1024

// Make returns a zeroed slice of n elements whose capacity is n, so that
// appending to it never writes over another.
func (s *Of[T]) Make(n int) []T {
	if n > len(s.free) {
		if n > size/4 {
			return make([]T, n)
		}
		s.free = make([]T, size)
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
