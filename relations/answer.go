package relations

import (
	"fmt"
	"strings"

	"github.com/entente-go/entente/internal/enum"
)

// Answer is the answer to a question whose result is a list on a day: the
// items that certainly belong in it and, apart, the items the data cannot
// settle, each with its doubt. Every list query of entente returns one, so
// that no caller can read "cannot tell" as "no" by accident: the uncertain
// part is a field to read, not a list that was quietly shortened.
type Answer[T any] struct {
	// Certain holds the items that certainly belong in the list, in the
	// query's documented order.
	Certain []T
	// Uncertain holds the items that may belong in it, each with why the
	// data cannot tell, in the same order.
	Uncertain []Doubtful[T]
}

// Doubtful is an item of an [Answer] that the data cannot settle, with the
// doubt that keeps it from being certain.
type Doubtful[T any] struct {
	Item  T
	Doubt Doubt
}

// Has answers whether x is in a: [Yes] if it is among the certain items,
// [CannotTell] if it is among the uncertain ones ([DoubtOf] says why), [No]
// otherwise — so that a caller asks "is Pakistan a partner?" without
// looping over both halves, and cannot read the uncertain part as "no".
//
// Has is a function, not a method, because it needs items that compare
// with ==: an ID, a pair, an agreement's name. Some answers hold records
// that do not (a pact.Bond carries its conditions, a [Change] its two
// standings), and for them "is this exact record in it?" is not the
// question a caller asks: [Answer.HasFunc] asks for any item that matches.
func Has[T comparable](a Answer[T], x T) Truth {
	return a.HasFunc(func(y T) bool { return y == x })
}

// DoubtOf returns why a cannot tell whether x is in it, and true, when x
// is among its uncertain items and not among its certain ones; the zero
// Doubt and false otherwise, where [Has] is [Yes] or [No].
func DoubtOf[T comparable](a Answer[T], x T) (Doubt, bool) {
	if Has(a, x) != CannotTell {
		return Doubt{}, false
	}
	for _, u := range a.Uncertain {
		if u.Item == x {
			return u.Doubt, true
		}
	}
	return Doubt{}, false // not reached: Has found x among the uncertain
}

// HasFunc answers whether an item of a satisfies match: [Yes] if a
// certain item does, [CannotTell] if only uncertain ones do, [No] if none
// does. It is [Has] for items that do not compare with ==, such as the
// bonds of pact's Expectations.
func (a Answer[T]) HasFunc(match func(T) bool) Truth {
	for _, x := range a.Certain {
		if match(x) {
			return Yes
		}
	}
	for _, u := range a.Uncertain {
		if match(u.Item) {
			return CannotTell
		}
	}
	return No
}

// Settled reports whether the answer has no uncertain part.
func (a Answer[T]) Settled() bool { return len(a.Uncertain) == 0 }

// Len returns the number of items, certain and uncertain.
func (a Answer[T]) Len() int { return len(a.Certain) + len(a.Uncertain) }

// Reason says why an answer cannot be told.
type Reason uint8

const (
	// UnknownReason is the zero Reason.
	UnknownReason Reason = iota
	// PartialDate: a date known only to its year or month leaves it open
	// whether the fact held on the day asked.
	PartialDate
	// PastCoverage: the day falls after the end of the coverage of the
	// source that records the fact; the fact held when the source last
	// observed it, and nothing later settles it.
	PastCoverage
	// VariesByPartner: the source records that an obligation varies by
	// partner without saying toward whom (ATOP's OBVARY).
	VariesByPartner
	// UnnamedAdversary: a condition limits an obligation to an adversary
	// that the source does not name.
	UnnamedAdversary
	// UndisclosedText: the agreement is known to be in force, but its text
	// is not public, so whether it holds an obligation cannot be told.
	UndisclosedText
)

var reasonNames = []string{"unknown", "partial-date", "past-coverage", "varies-by-partner", "unnamed-adversary", "undisclosed-text"}

// String returns the reason's name, such as "partial-date", or "Reason(N)".
func (r Reason) String() string { return enum.Text("Reason", reasonNames, r) }

// Doubt is why one answer cannot be told: the reason, and a detail that
// names the fact and the source, such as `agreement "atop-1220" ends in
// 1861-07` or `as last observed by ATOP 5.1 on 2018-12-31`.
type Doubt struct {
	Reason Reason
	Detail string
}

// String reads "reason: detail", or the reason alone.
func (d Doubt) String() string {
	if d.Detail == "" {
		return d.Reason.String()
	}
	return d.Reason.String() + ": " + d.Detail
}

// String formats the answer as the certain items in brackets, then the
// uncertain ones with their doubts, as in
// `[PAK]; cannot tell: IRN (partial-date: …)`.
func (a Answer[T]) String() string {
	var b strings.Builder
	fmt.Fprint(&b, a.Certain)
	if len(a.Uncertain) > 0 {
		b.WriteString("; cannot tell: ")
		for i, u := range a.Uncertain {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprint(&b, u.Item)
			b.WriteString(" (" + u.Doubt.String() + ")")
		}
	}
	return b.String()
}

// Format writes the answer as String does, with name giving each item's
// text, so that a report can print names where the answer holds IDs; a
// nil name prints each item as fmt's %v does.
func (a Answer[T]) Format(name func(T) string) string {
	if name == nil {
		name = func(x T) string { return fmt.Sprint(x) }
	}
	var b strings.Builder
	for i, x := range a.Certain {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(name(x))
	}
	if len(a.Certain) == 0 {
		b.WriteString("none certain")
	}
	for i, u := range a.Uncertain {
		if i == 0 {
			b.WriteString("; cannot tell: ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(name(u.Item) + " (" + u.Doubt.String() + ")")
	}
	return b.String()
}
