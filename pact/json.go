package pact

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/option"
	"github.com/entente-go/entente/internal/readlimit"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/relations"
)

// JSONVersion is the version of the JSON schema [Model.MarshalJSON]
// writes. [ParseModelJSON] reads it and every earlier version.
const JSONVersion = 2

// MaxJSONSize bounds the documents [ParseModelJSON] and
// [DecodeAgreementsJSON] read by default; [relations.WithMaxInputSize]
// changes it.
const MaxJSONSize = 32 << 20

// MarshalJSON encodes the model's agreements (not its actors, which belong
// to a relations document) in the schema [ParseModelJSON] documents, sorted
// by ID and indented by two spaces, with the model's coverage and, for a
// world built in layers ([Model.With]), each layer's coverage and
// agreements and the layers' observations. Encoding is deterministic, so
// decoding then encoding gives back the same bytes, and the model decoded
// answers every question as the model encoded.
func (m *Model) MarshalJSON() ([]byte, error) {
	doc := struct {
		Version      int           `json:"version"`
		Coverage     *jsonCoverage `json:"coverage,omitempty"`
		Agreements   []Agreement   `json:"agreements"`
		Layers       []jsonLayer   `json:"layers,omitempty"`
		Observations []Observation `json:"observations,omitempty"`
	}{Version: JSONVersion, Agreements: m.agreements, Coverage: coverageJSON(m.coverage), Observations: m.observations}
	if m.layerSources != nil {
		doc.Layers = make([]jsonLayer, len(m.layerSources)-1)
		for i, c := range m.layerSources[1:] {
			doc.Layers[i].Coverage = coverageJSON(c)
		}
		for ai := range m.agreements {
			if src := m.sourceIndex(int32(ai)); src > 0 {
				l := &doc.Layers[src-1]
				l.Agreements = append(l.Agreements, m.agreements[ai].ID)
			}
		}
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// UnmarshalJSON refuses to fill a Model from JSON: a model's document
// holds its agreements and coverage, not its actors, so it is built with
// [ParseModelJSON] and the actors. The error says so, where json.Unmarshal
// would otherwise leave an empty Model and no error.
func (m *Model) UnmarshalJSON([]byte) error {
	return errs.In("pact: JSON", &relations.ParseError{
		Err: errors.New("a Model's JSON holds its agreements, not its actors: build it with ParseModelJSON(actors, data)")})
}

// jsonCoverage is a model's coverage in its JSON document.
type jsonCoverage struct {
	Source string         `json:"source"`
	From   relations.Date `json:"from"`
	Until  relations.Date `json:"until,omitzero"`
}

// coverageJSON returns c as a document holds it; nil for the zero Coverage.
func coverageJSON(c relations.Coverage) *jsonCoverage {
	if c.IsZero() {
		return nil
	}
	return &jsonCoverage{Source: c.Source, From: c.Observed.From, Until: c.Observed.Until}
}

// coverage returns the Coverage c holds; the zero Coverage for nil.
func (c *jsonCoverage) coverage() relations.Coverage {
	if c == nil {
		return relations.Coverage{}
	}
	return relations.Coverage{Source: c.Source, Observed: relations.Interval{From: c.From, Until: c.Until}}
}

// jsonLayer is one layer of a world in its document: its coverage, and the
// IDs of the agreements it holds, by ID.
type jsonLayer struct {
	Coverage   *jsonCoverage `json:"coverage,omitempty"`
	Agreements []string      `json:"agreements,omitempty"`
}

// ParseModelJSON decodes a document of agreements and builds a [Model] over
// the given actors with [New], with the coverage the document declares
// (options given here apply after it, so [WithCoverage] overrides it).
// The JSON is read strictly: unknown keys (they are most often typos),
// keys that match a field only when case is ignored ("CLAUSES"), a key
// given twice in one object, strings that are not valid UTF-8 or escape
// half a surrogate pair, and data after the document are errors. Every
// decoding error is a [*relations.ParseError] with the line, column and
// path of the field, as in `pact: JSON: 12:21:
// agreements[3].parties[1].joined: relations: "2025-02-30" is not a date:
// day 30 does not exist in 2025-02, which has 28 days`. At most 100 problems are
// reported, then "and N more problems". Documents larger than
// [MaxJSONSize] bytes are refused, and so are those whose values would take
// far more memory than their text (the JSON expansion limit), each with an
// error wrapping [relations.ErrLimitExceeded]; [WithReadOptions] changes
// the size limit.
//
// The schema, version 2 (empty fields may be left out; dates are "YYYY",
// "YYYY-MM" or "YYYY-MM-DD"; enums take the names their String methods
// print; roles are a list of role names; every key is snake_case), which
// schema/model.schema.json states as a JSON Schema:
//
//	{
//	  "version": 2,
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
//	         "varies_by_partner": false, "pair_owed": false, "unsettled": "",
//	         "text": "any aggression against either country shall be considered an aggression against both"}
//	      ],
//	      "provisions": [{"kind": "force-contribution", "by": ["EGY"], "to": [], "troops": 20000,
//	                      "commander": "EGY", "cadence": "", "level": "", "text": ""}],
//	      "amendments": [{"date": "2030", "clauses": [], "provisions": [], "summary": ""}],
//	      "sources": ["…"], "summary": "…"
//	    },
//	    {
//	      "id": "eo-14353", "name": "Assuring the Security of the State of Qatar",
//	      "form": "unilateral-guarantee",
//	      "parties": [{"actor": "USA", "roles": ["guarantor"]}, {"actor": "QAT", "roles": ["beneficiary"]}],
//	      "lifecycle": [{"status": "in-force", "date": "2025-09-29"},
//	                    {"status": "revoked", "date": "2029-01-20", "by": "USA"}],
//	      "clauses": [{"obligation": "defense", "by": ["USA"], "to": ["QAT"]}]
//	    },
//	    {
//	      "id": "no-repeat", "name": "no repeat", "form": "assurance",
//	      "parties": [{"actor": "ISR", "roles": ["guarantor"]}, {"actor": "QAT", "roles": ["beneficiary"]}],
//	      "lifecycle": [{"status": "in-force", "date": "2025-09-29"}],
//	      "clauses": [{"obligation": "non-aggression", "by": ["ISR"], "to": ["QAT"]}],
//	      "breaches": [{"by": "ISR", "date": "2026-03", "summary": "…", "sources": ["…"]}]
//	    },
//	    {
//	      "id": "us-saudi-sda", "name": "U.S.–Saudi Strategic Defense Agreement",
//	      "parties": [{"actor": "USA", "roles": ["member"]}, {"actor": "SAU", "roles": ["member"]}],
//	      "lifecycle": [{"status": "in-force", "date": "2025-11-18"}],
//	      "text_not_public": "who says so"
//	    }
//	  ],
//	  "layers": [
//	    {"coverage": {"source": "GCC Supreme Council", "from": "2019-01-01", "until": "2026-01-01"},
//	     "agreements": ["smda"]}
//	  ],
//	  "observations": [{"agreement": "atop-4965", "on": "2025-09-15", "source": "GCC Supreme Council"}]
//	}
//
// "form" is left out for an accord; "text_not_public", "breaches" and a
// stage's "by" are left out when empty. The keys added after version 1
// first shipped are spelled in snake_case.
//
// A world built in layers ([Model.With]) writes them after its agreements:
// each layer's coverage (none for a curated layer) and the IDs of the
// agreements it holds, in the order the layers were added, then the
// layers' observations; an agreement no layer lists is the model's own. A
// layer may list only the document's agreements, each once.
//
// A version-1 document is read as well, with version 1's keys: a clause's
// "variesByPartner" and "pairOwed" (version 2's "varies_by_partner" and
// "pair_owed"); it answers as its version-2 rewrite does, which
// internal/cmd/jsonv2 writes.
func ParseModelJSON(actors []relations.Actor, data []byte, opts ...Option) (*Model, error) {
	takes := []string{"WithCoverage", "WithReadOptions"}
	read, err := collect("ParseModelJSON", opts, takes...) // to learn the read options
	if err != nil {
		return nil, err
	}
	doc, err := decodeModelJSON(data, read.readOptions)
	if err != nil {
		return nil, err
	}
	// The document's coverage is the default a WithCoverage replaces.
	o := options{coverage: doc.Coverage.coverage()}
	option.Apply(&o, opts)
	if doc.Layers != nil || doc.Observations != nil {
		sources := make([]relations.Coverage, 1+len(doc.Layers))
		sourceOf := make(map[string]int32, len(doc.Agreements))
		for i, l := range doc.Layers {
			sources[i+1] = l.Coverage.coverage()
			for _, id := range l.Agreements {
				sourceOf[id] = int32(i + 1)
			}
		}
		if doc.Layers == nil {
			sources = nil
		}
		o.layers = &layers{sources: sources, sourceOf: sourceOf, observations: doc.Observations}
	}
	return build(actors, doc.Agreements, o)
}

// DecodeAgreementsJSON decodes the agreements of a document (see
// [ParseModelJSON], whose limits it applies) without validating them, for
// callers that combine documents or edit agreements before building a
// Model.
func DecodeAgreementsJSON(data []byte, opts ...relations.ReadOption) ([]Agreement, error) {
	doc, err := decodeModelJSON(data, opts)
	if err != nil {
		return nil, err
	}
	return doc.Agreements, nil
}

// jsonModel is the document ParseModelJSON reads.
type jsonModel struct {
	Version      jsonVersion   `json:"version"`
	Coverage     *jsonCoverage `json:"coverage"`
	Agreements   []Agreement   `json:"agreements"`
	Layers       []jsonLayer   `json:"layers"`
	Observations []Observation `json:"observations"`
}

// jsonVersion is the schema version, checked as it is decoded so that a
// wrong one is reported at its place.
type jsonVersion int

// UnmarshalJSON accepts the versions from 1 to JSONVersion.
func (v *jsonVersion) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("want a number from 1 to %d", JSONVersion)
	}
	if n < 1 || n > JSONVersion {
		return fmt.Errorf(`"version" is %d; this release reads versions 1 to %d`, n, JSONVersion)
	}
	*v = jsonVersion(n)
	return nil
}

// decodeModelJSON decodes a model document within the limits opts set,
// and checks that its layers name its agreements, each in one layer at
// most.
func decodeModelJSON(data []byte, opts []relations.ReadOption) (*jsonModel, error) {
	const scope = "pact: JSON"
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxJSONSize}, opts).MaxInputSize
	if limit > 0 && int64(len(data)) > limit {
		return nil, errs.In(scope, &relations.ParseError{Err: errs.Limit(strconv.Itoa(len(data))+" bytes", limit, "bytes", "pact.MaxJSONSize")})
	}
	doc, found, more := jsonv1.Decode(jsonv1.Model, data, limit, func(d *jsonModel) int { return int(d.Version) })
	problems := errs.List{Scope: scope}
	if len(found) > 0 {
		for _, e := range found {
			problems.Add(&relations.ParseError{Line: e.Line, Column: e.Col, Field: e.Path, Err: errs.Bare(e.Err)})
		}
		problems.Skip(more)
		return nil, problems.Err()
	}
	if doc.Version == 0 {
		return nil, errs.In(scope, &relations.ParseError{Field: "version", Err: fmt.Errorf("missing; this release reads version %d", JSONVersion)})
	}
	// A layer's agreements are checked once the document is decoded: the
	// problem has a path, no longer a line.
	fail := func(el, field string, err error) error {
		return &relations.ValidationError{Path: el + "." + field, Err: err}
	}
	if doc.Agreements == nil {
		doc.Agreements = []Agreement{}
	}
	if len(doc.Layers) > 0 {
		ids := make(map[string]bool, len(doc.Agreements))
		for _, a := range doc.Agreements {
			ids[a.ID] = true
		}
		layerOf := map[string]int{}
		for i, l := range doc.Layers {
			for j, id := range l.Agreements {
				el, f := idx("layers", i), idx("agreements", j)
				switch k, twice := layerOf[id]; {
				case !ids[id]:
					problems.Add(fail(el, f, unknownAgreement(id)))
				case twice:
					problems.Add(fail(el, f, errors.New("agreement "+errs.Quote(id)+" is in "+idx("layers", k)+" too")))
				default:
					layerOf[id] = i
				}
			}
		}
	}
	if err := problems.Err(); err != nil {
		return nil, err
	}
	return doc, nil
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
			return parseProblem("role", n, "unknown value; want "+enum.Accepted(append([]string{""}, roleNames...)))
		}
	}
	*r = out
	return nil
}
