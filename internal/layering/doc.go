// Package layering holds the test that keeps the module's floors in order:
// a package never imports one on a floor above it, directly or through
// another package.
//
// The floors, from the ground up:
//
//  1. relations and everything under it: actors, dates, histories, and the
//     datasets that need nothing more (the COW state system, capabilities,
//     wars, Thompson & Dreyer's rivalries);
//  2. pact: agreements, the model and its queries;
//  3. the packages that read agreements, everything under pact/ (ATOP, the
//     similarity measures, reliability, networks, universes);
//  4. examples/: programs.
//
// An internal package stands on the floor of the highest public package it
// depends on, and no package below that floor may import it: a helper that
// imports pact cannot serve relations.
package layering
