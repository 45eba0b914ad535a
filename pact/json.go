package pact

import (
	"encoding/json"
	"fmt"
	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/internal/enum"
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
		Version    int           `json:"version"`
		Coverage   *jsonCoverage `json:"coverage,omitempty"`
		Agreements []Agreement   `json:"agreements"`
	}{Version: JSONVersion, Agreements: m.agreements}
	if !m.coverage.IsZero() {
		doc.Coverage = &jsonCoverage{Source: m.coverage.Source, From: m.coverage.Observed.From, Until: m.coverage.Observed.Until}
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// jsonCoverage is a model's coverage in its JSON document.
type jsonCoverage struct {
	Source string         `json:"source"`
	From   relations.Date `json:"from"`
	Until  relations.Date `json:"until,omitzero"`
}

// ParseModelJSON decodes a document of agreements and builds a [Model] over
// the given actors with [New], with the coverage the document declares
// (options given here apply after it, so [WithCoverage] overrides it). Unknown fields are errors (they are most
// often typos); a decoding error names the agreement it is in, as in
// `pact: JSON: agreement "smda": date "2025-02-30": day 30 does
// not exist in that month`. Documents larger than [MaxJSONSize] are refused.
//
// The schema, version 1 (empty fields may be left out; dates are "YYYY",
// "YYYY-MM" or "YYYY-MM-DD"; enums take the names their String methods
// print; roles are a list of role names):
//
//	{
//	  "version": 1,
//	  "coverage": {"source": "ATOP 5.1", "from": "1815-01-01", "until": "2019-01-01"},
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
//	                         "war": "", "min_adversaries": 0, "text": ""}],
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
	agreements, cov, err := decodeModelJSON(data)
	if err != nil {
		return nil, err
	}
	if !cov.IsZero() {
		opts = append([]Option{WithCoverage(cov)}, opts...)
	}
	return New(actors, agreements, opts...)
}

// DecodeAgreementsJSON decodes the agreements of a document (see
// [ParseModelJSON]) without validating them, for callers that combine
// documents or edit agreements before building a Model.
func DecodeAgreementsJSON(data []byte) ([]Agreement, error) {
	agreements, _, err := decodeModelJSON(data)
	return agreements, err
}

func decodeModelJSON(data []byte) ([]Agreement, Coverage, error) {
	fail := func(el string, err error) error {
		return &relations.FieldError{Scope: "pact: JSON", Element: el, Err: err}
	}
	var cov Coverage
	if len(data) > MaxJSONSize {
		return nil, cov, fail("document", fmt.Errorf("%d bytes is more than the limit of %d", len(data), MaxJSONSize))
	}
	var doc struct {
		Version    int               `json:"version"`
		Coverage   *jsonCoverage     `json:"coverage"`
		Agreements []json.RawMessage `json:"agreements"`
	}
	if err := strictjson.Unmarshal(data, &doc); err != nil {
		return nil, cov, fail("document", err)
	}
	if doc.Version != JSONVersion {
		return nil, cov, fail("document", fmt.Errorf(`"version" is %d; this release reads version %d`, doc.Version, JSONVersion))
	}
	if doc.Coverage != nil {
		cov = Coverage{Source: doc.Coverage.Source, Observed: relations.Interval{From: doc.Coverage.From, Until: doc.Coverage.Until}}
	}
	var problems errs.List
	out := make([]Agreement, 0, len(doc.Agreements))
	for i, raw := range doc.Agreements {
		var a Agreement
		if err := strictjson.Unmarshal(raw, &a); err != nil {
			el := idx("agreements", i)
			var peek struct {
				ID string `json:"id"`
			}
			if json.Unmarshal(raw, &peek) == nil && peek.ID != "" {
				el = "agreement " + errs.Quote(peek.ID)
			}
			problems.Add(fail(el, err))
			continue
		}
		out = append(out, a)
	}
	if err := problems.Err(); err != nil {
		return nil, cov, err
	}
	return out, cov, nil
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
			return &relations.ParseError{What: "role", Input: n, Msg: "unknown value; want " + enum.Accepted(append([]string{""}, roleNames...))}
		}
	}
	*r = out
	return nil
}
