package pact

import (
	"strconv"
	"strings"
)

// Roles is the set of roles a party plays in an agreement.
type Roles uint8

const (
	// Member: a full party, bound by the agreement's mutual clauses.
	Member Roles = 1 << iota
	// Guarantor: guarantees others (the powers of the 1839 Treaty of London).
	Guarantor
	// Beneficiary: guaranteed or protected by others, not necessarily bound.
	Beneficiary
	// Host: hosts another party's forces or bases.
	Host
	// Broker: brokered or mediated the agreement (China in 2023).
	Broker
	// ProposedLeader: claims to lead the arrangement (a proposal's sponsor).
	ProposedLeader
)

var roleNames = []string{"member", "guarantor", "beneficiary", "host", "broker", "proposed-leader"}

// Has reports whether r includes every role in q.
func (r Roles) Has(q Roles) bool { return r&q == q && q != 0 }

// String joins the role names with "+", as in "member+host"; the empty set
// is "none".
func (r Roles) String() string {
	if r == 0 {
		return "none"
	}
	var parts []string
	for i, n := range roleNames {
		if r&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if r>>len(roleNames) != 0 {
		parts = append(parts, "Roles("+strconv.Itoa(int(r>>len(roleNames)<<len(roleNames)))+")")
	}
	return strings.Join(parts, "+")
}
