// Package csvfile reads the CSV files of the dataset readers (ATOP, the COW
// wars and capabilities, the strategic rivalries) and collects their
// problems: each a [relations.ParseError] at its file, line and column, the
// first [errs.MaxProblems] kept and the rest counted in a last "and N
// more". The records come from [csvscan], so a file is read as
// encoding/csv reads it.
package csvfile
