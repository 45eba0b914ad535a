package pact

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/entente-go/entente/internal/strictjson"
	"github.com/entente-go/entente/relations"
)

// JSONVersion is the version of the JSON schema [Model.MarshalJSON] writes
// and [ParseModelJSON] reads.
const JSONVersion = 1

// MaxJSONSize bounds the documents [ParseModelJSON] reads.
const MaxJSONSize = 256 << 20

// MarshalJSON encodes the model's agreements (not its actors, which belong
// to a relations document) in the schema [ParseModelJSON] documents, sorted
// by ID and indented by two spaces. Encoding is deterministic, so decoding
// then encoding gives back the same bytes.
func (m *Model) MarshalJSON() ([]byte, error) {
	doc := struct {
		Version    int         `json:"version"`
		Agreements []Agreement `json:"agreements"`
	}{JSONVersion, m.agreements}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// ParseModelJSON decodes a document of agreements and builds a [Model] over
// the given actors with [New]. Unknown fields are errors (they are most
// often typos); a decoding error names the agreement it is in, as in
// `pact: JSON: agreement "smda": relations: date "2025-02-30": day 30 does
// not exist in that month`. Documents larger than [MaxJSONSize] are refused.
//
// The schema, version 1 (empty fields may be left out; dates are "YYYY",
// "YYYY-MM" or "YYYY-MM-DD"; enums take the names their String methods
// print; roles are a list of role names):
//
//	{
//	  "version": 1,
//	  "agreements": [
//	    {
//	      "id": "smda", "name": "Strategic Mutual Defense Agreement",
//	      "parties": [
//	        {"actor": "SAU", "roles": ["member"], "signed": "2025-09-17"},
//	        {"actor": "PAK", "roles": ["member"], "joined": "2025-09-17", "withdrew": ""}
//	      ],
//	      "lifecycle": [{"status": "signed", "date": "2025-09-17"}, {"status": "in-force", "date": "2025-09-17"}],
//	      "clauses": [
//	        {"id": "art1", "obligation": "defense", "by": [], "to": [],
//	         "conditions": [{"kind": "specific-adversary", "adversaries": ["IND"], "locations": [],
//	                         "conflict": "", "min_adversaries": 0, "text": ""}],
//	         "text": "any aggression against either country shall be considered an aggression against both"}
//	      ],
//	      "provisions": [{"kind": "force-contribution", "by": ["EGY"], "to": [], "troops": 20000,
//	                      "commander": "EGY", "cadence": "", "level": "", "text": ""}],
//	      "amendments": [{"date": "2030", "clauses": [], "provisions": [], "summary": ""}],
//	      "sources": ["…"], "summary": "…"
//	    }
//	  ]
//	}
func ParseModelJSON(actors []relations.Actor, data []byte, opts ...Option) (*Model, error) {
	agreements, err := DecodeAgreementsJSON(data)
	if err != nil {
		return nil, err
	}
	return New(actors, agreements, opts...)
}

// DecodeAgreementsJSON decodes the agreements of a document (see
// [ParseModelJSON]) without validating them, for callers that combine
// documents or edit agreements before building a Model.
func DecodeAgreementsJSON(data []byte) ([]Agreement, error) {
	fail := func(el string, err error) error {
		return &relations.FieldError{Scope: "pact: JSON", Element: el, Err: err}
	}
	if len(data) > MaxJSONSize {
		return nil, fail("document", fmt.Errorf("%d bytes is more than the limit of %d", len(data), MaxJSONSize))
	}
	var doc struct {
		Version    int               `json:"version"`
		Agreements []json.RawMessage `json:"agreements"`
	}
	if err := strictjson.Unmarshal(data, &doc); err != nil {
		return nil, fail("document", err)
	}
	if doc.Version != JSONVersion {
		return nil, fail("document", fmt.Errorf("version %d, want %d", doc.Version, JSONVersion))
	}
	var errs []error
	out := make([]Agreement, 0, len(doc.Agreements))
	for i, raw := range doc.Agreements {
		var a Agreement
		if err := strictjson.Unmarshal(raw, &a); err != nil {
			el := idx("agreements", i)
			var peek struct {
				ID string `json:"id"`
			}
			if json.Unmarshal(raw, &peek) == nil && peek.ID != "" {
				el = "agreement " + strconv.Quote(peek.ID)
			}
			errs = append(errs, fail(el, err))
			continue
		}
		out = append(out, a)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// MarshalJSON encodes the roles as a list of role names.
func (r Roles) MarshalJSON() ([]byte, error) {
	names := []string{}
	for i, n := range roleNames {
		if r&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if r>>len(roleNames) != 0 {
		return nil, fmt.Errorf("pact: roles %s: unknown role bits", r)
	}
	return json.Marshal(names)
}

// UnmarshalJSON decodes a list of role names.
func (r *Roles) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	var out Roles
	for _, n := range names {
		found := false
		for i, rn := range roleNames {
			if rn == n {
				out |= 1 << i
				found = true
			}
		}
		if !found {
			return fmt.Errorf("pact: role %q: unknown value", n)
		}
	}
	*r = out
	return nil
}
