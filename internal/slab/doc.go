// Package slab hands out small slices as windows of large shared arrays,
// so that the many small slices a model or an index keeps for as long as
// it lives cost a few allocations, not one each.
package slab
