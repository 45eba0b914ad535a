package slab

import "testing"

func TestSlicesDoNotOverlap(t *testing.T) {
	var s Of[int]
	var all [][]int
	for n := range 300 {
		sl := s.Make(n % 40)
		for i := range sl {
			if sl[i] != 0 {
				t.Fatalf("slice %d is not zeroed", n)
			}
			sl[i] = n
		}
		if cap(sl) != len(sl) {
			t.Fatalf("slice %d has capacity %d, length %d", n, cap(sl), len(sl))
		}
		all = append(all, sl)
	}
	for n, sl := range all {
		for _, v := range sl {
			if v != n {
				t.Fatalf("slice %d was written over by slice %d", n, v)
			}
		}
	}
	big := s.Make(maxSize)
	if len(big) != maxSize {
		t.Errorf("a request of %d elements got %d", maxSize, len(big))
	}
}

func TestArraysGrowFromSmall(t *testing.T) {
	var s Of[int]
	s.Make(1)
	if got := cap(s.free) + 1; got != minSize {
		t.Errorf("the first array holds %d elements, want %d", got, minSize)
	}
}
