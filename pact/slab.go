package pact

// slab hands out windows of large shared arrays, so that the many small
// slices an index keeps for as long as the model cost a few allocations,
// not one each.
type slab[T any] struct{ free []T }

// slabSize is how many elements a slab allocates at a time; a request of
// more than a quarter of it gets an array of its own, so that at most a
// quarter of each array is wasted.
const slabSize = 1024

// make returns a zeroed slice of n elements whose capacity is n, so that
// appending to it never writes over another.
func (s *slab[T]) make(n int) []T {
	if n > len(s.free) {
		if n > slabSize/4 {
			return make([]T, n)
		}
		s.free = make([]T, slabSize)
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}
