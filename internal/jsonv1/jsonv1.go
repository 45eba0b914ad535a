// Package jsonv1 is what version 1 of entente's JSON documents was, and
// how a version-1 document becomes version 2: the keys version 2 renamed,
// in one table, and Upgrade, which rewrites a document's text in place.
// The readers of history and model documents read version 1 through the
// same table, so that a version-1 document and its upgrade answer alike.
package jsonv1

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/strictjson"
)

// Kind is a kind of document.
type Kind string

// The kinds of document that have a version 1.
const (
	History Kind = "history" // relations.ParseHistoryJSON
	Model   Kind = "model"   // pact.ParseModelJSON
)

// renamed are the keys version 2 renamed, one line per key: in which kind
// of document, in which objects (as [strictjson.Rename.In] names them), how
// version 1 spelled it and how version 2 does. Version 2 spells every key
// in snake_case, as the CSV columns are.
var renamed = []struct {
	kind Kind
	strictjson.Rename
}{
	// A clause, in an agreement or in one of its amendments.
	{Model, strictjson.Rename{In: "clauses[]", Old: "variesByPartner", New: "varies_by_partner"}},
	{Model, strictjson.Rename{In: "clauses[]", Old: "pairOwed", New: "pair_owed"}},
}

// Renames returns the keys version 2 renamed in documents of kind k.
func Renames(k Kind) []strictjson.Rename {
	var out []strictjson.Rename
	for _, r := range renamed {
		if r.kind == k {
			out = append(out, r.Rename)
		}
	}
	return out
}

// ErrNotVersion1 says a document Upgrade was given is not a version-1
// document.
var ErrNotVersion1 = errors.New("not a version-1 document")

// Upgrade rewrites a version-1 document of kind k as version 2: its
// "version" becomes 2 and each renamed key takes its new spelling; every
// other byte stays as it was, so a file's layout and order survive. A key
// spelled the version-2 way in a version-1 document is an error, as the
// readers make it one.
func Upgrade(k Kind, data []byte) ([]byte, error) {
	renames := Renames(k)
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	version := false
	err := strictjson.Keys(data, func(key strictjson.Key) error {
		if key.In == "" && key.Name == "version" {
			start, end := number(data, key.End)
			if string(data[start:end]) != "1" {
				return fmt.Errorf("%w: \"version\" is %s", ErrNotVersion1, data[start:end])
			}
			edits = append(edits, edit{start, end, "2"})
			version = true
			return nil
		}
		for _, r := range renames {
			switch {
			case r.In != key.In:
			case key.Name == r.Old:
				edits = append(edits, edit{key.Start, key.End, strconv.Quote(r.New)})
			case key.Name == r.New:
				return fmt.Errorf("byte %d: key %s is version 2's spelling; version 1 writes %s", key.Start, errs.Quote(r.New), errs.Quote(r.Old))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !version {
		return nil, fmt.Errorf("%w: it has no \"version\"", ErrNotVersion1)
	}
	var out bytes.Buffer
	out.Grow(len(data) + 8*len(edits))
	at := 0
	for _, e := range edits {
		out.Write(data[at:e.start])
		out.WriteString(e.text)
		at = e.end
	}
	out.Write(data[at:])
	return out.Bytes(), nil
}

// number returns the span of the value after the key that ends at i: past
// white space and the ':', up to the next separator.
func number(data []byte, i int) (start, end int) {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n' || data[i] == ':') {
		i++
	}
	start = i
	for i < len(data) && !bytes.ContainsRune([]byte(" \t\r\n,}"), rune(data[i])) {
		i++
	}
	return start, i
}
