package relations

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/internal/readlimit"
)

// JSONVersion is the version of the JSON schema [History.MarshalJSON]
// writes. [ParseHistoryJSON] reads it and every earlier version.
const JSONVersion = 2

// MaxJSONSize bounds the documents [ParseHistoryJSON] reads by default, so
// that hostile input fails fast instead of exhausting memory;
// [WithMaxInputSize] changes it.
const MaxJSONSize = 32 << 20

// jsonHistory is the document; see ParseHistoryJSON for the schema.
type jsonHistory struct {
	Version  jsonVersion    `json:"version"`
	Coverage []jsonCoverage `json:"coverage,omitempty"`
	Actors   []jsonActor    `json:"actors"`
	Events   []jsonEvent    `json:"events"`
}

// jsonCoverage is what one dataset observes, in a history document.
type jsonCoverage struct {
	Source string `json:"source"`
	From   Date   `json:"from"`
	Until  Date   `json:"until,omitzero"`
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
		return fmt.Errorf("version %d; this release reads versions 1 to %d", n, JSONVersion)
	}
	*v = jsonVersion(n)
	return nil
}

type jsonActor struct {
	ID      string           `json:"id"`
	Kind    ActorKind        `json:"kind"`
	Name    string           `json:"name"`
	ISO3    string           `json:"iso3,omitempty"`
	COW     int              `json:"cow,omitempty"`
	Members []jsonMembership `json:"members,omitempty"`
}

type jsonMembership struct {
	Member ActorID `json:"member"`
	From   Date    `json:"from"`
	Until  Date    `json:"until,omitzero"`
}

type jsonEvent struct {
	ID        string            `json:"id"`
	Kind      EventKind         `json:"kind"`
	Date      Date              `json:"date"`
	Actors    []ActorID         `json:"actors"`
	Toward    []ActorID         `json:"toward,omitempty"`
	Mediators []ActorID         `json:"mediators,omitempty"`
	OneWay    bool              `json:"one_way,omitempty"`
	Level     optRepresentation `json:"level,omitempty"`
	Stance    optAlignment      `json:"stance,omitempty"`
	Agreement string            `json:"agreement,omitempty"`
	Summary   string            `json:"summary,omitempty"`
	Source    string            `json:"source,omitempty"`
	Dataset   string            `json:"dataset,omitempty"`
}

// optRepresentation is a Representation whose empty text means unset.
type optRepresentation Representation

// MarshalText implements [encoding.TextMarshaler].
func (r optRepresentation) MarshalText() ([]byte, error) { return Representation(r).MarshalText() }

// UnmarshalText implements [encoding.TextUnmarshaler]; the empty text is
// the unknown level.
func (r *optRepresentation) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	return (*Representation)(r).UnmarshalText(b)
}

// optAlignment is an Alignment whose empty text means unset.
type optAlignment Alignment

// MarshalText implements [encoding.TextMarshaler].
func (a optAlignment) MarshalText() ([]byte, error) { return Alignment(a).MarshalText() }

// UnmarshalText implements [encoding.TextUnmarshaler]; the empty text is
// the unknown stance.
func (a *optAlignment) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*a = 0
		return nil
	}
	return (*Alignment)(a).UnmarshalText(b)
}

// MarshalJSON encodes the history in the documented schema (see
// [ParseHistoryJSON]): actors sorted by ID, events in fold order, indented
// by two spaces. Encoding is deterministic, so decoding then encoding gives
// back the same bytes.
func (h *History) MarshalJSON() ([]byte, error) {
	type doc struct {
		Version  int            `json:"version"`
		Coverage []jsonCoverage `json:"coverage,omitempty"`
		Actors   []jsonActor    `json:"actors"`
		Events   []jsonEvent    `json:"events"`
	}
	d := doc{Version: JSONVersion, Actors: make([]jsonActor, len(h.actors)), Events: make([]jsonEvent, len(h.events))}
	for _, name := range slices.Sorted(maps.Keys(h.coverage)) {
		c := h.coverage[name]
		d.Coverage = append(d.Coverage, jsonCoverage{Source: c.Source, From: c.Observed.From, Until: c.Observed.Until})
	}
	for i, a := range h.actors {
		d.Actors[i] = actorJSON(a)
	}
	ids := h.eventIDs(len(h.order))
	for at, i := range h.order {
		e := h.event(i, &ids)
		d.Events[at] = jsonEvent{ID: e.ID, Kind: e.Kind, Date: e.Date,
			Actors: e.Actors, Toward: e.Toward, Mediators: e.Mediators, OneWay: e.OneWay,
			Level: optRepresentation(e.Level), Stance: optAlignment(e.Stance),
			Agreement: e.Agreement, Summary: e.Summary, Source: e.Source, Dataset: e.Dataset}
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// actorJSON returns the JSON form of one actor.
func actorJSON(a Actor) jsonActor {
	ja := jsonActor{ID: string(a.ID), Kind: a.Kind, Name: a.Name, ISO3: a.ISO3, COW: a.COW}
	for _, m := range a.Members {
		ja.Members = append(ja.Members, jsonMembership{Member: m.Member, From: m.During.From, Until: m.During.Until})
	}
	return ja
}

// ParseHistoryJSON decodes a history written in the schema below and
// builds it with [NewHistory]. The JSON is read strictly: unknown keys
// (they are most often typos), keys that match a field only when case is
// ignored ("ID"), a key given twice in one object, strings that are not
// valid UTF-8 or escape half a surrogate pair, and data after the document
// are errors. Every decoding error is a [*ParseError] with the line,
// column and path of the field, as in `relations: JSON: 31:15:
// events[4].date: relations: "2016-02-30" is not a date: day 30 does not
// exist in 2016-02, which has 29 days`. At most 100 problems are reported, then
// "and N more problems". Documents larger than [MaxJSONSize] bytes are
// refused, and so are those whose values would take far more memory than
// their text (the JSON expansion limit), each with an error wrapping
// [ErrLimitExceeded]; [WithMaxInputSize] changes the size limit.
//
// The schema, version 2 (fields that are empty may be left out; dates are
// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; enums take the names their String
// methods print), which schema/history.schema.json states as a JSON
// Schema:
//
//	{
//	  "version": 2,
//	  "coverage": [{"source": "Thompson & Dreyer 2012", "from": "1494-01-01", "until": "2011-01-01"}],
//	  "actors": [
//	    {"id": "SAU", "kind": "state", "name": "Saudi Arabia", "iso3": "SAU", "cow": 670},
//	    {"id": "gcc", "kind": "organisation", "name": "Gulf Cooperation Council",
//	     "members": [{"member": "SAU", "from": "1981-05-25", "until": ""}]}
//	  ],
//	  "events": [
//	    {"id": "sa-ir-2016", "kind": "sever-ties", "date": "2016-01-03",
//	     "actors": ["SAU"], "toward": ["IRN"], "mediators": [], "one_way": false,
//	     "level": "none", "stance": "hostile", "agreement": "",
//	     "summary": "…", "source": "…", "dataset": ""}
//	  ]
//	}
//
// A version-1 document is read as well: its keys are version 2's (version
// 2 renamed none of a history's keys), and internal/cmd/jsonv2 rewrites it
// as version 2.
func ParseHistoryJSON(data []byte, opts ...ReadOption) (*History, error) {
	doc, err := decodeHistoryJSON(data, opts)
	if err != nil {
		return nil, err
	}
	var with []HistoryOption
	for _, c := range doc.Coverage {
		with = append(with, WithCoverage(Coverage{Source: c.Source, Observed: Interval{From: c.From, Until: c.Until}}))
	}
	actors, events := doc.values()
	doc = nil // what NewHistory copies need not stay live beside it
	return NewHistory(actors, events, with...)
}

// UnmarshalJSON builds h from a document in the schema of
// [ParseHistoryJSON], with every check [NewHistory] makes, so that
// json.Unmarshal into a History reads what [History.MarshalJSON] writes. It
// is meant for a zero History: a History is immutable once built.
func (h *History) UnmarshalJSON(data []byte) error {
	g, err := ParseHistoryJSON(data)
	if err != nil {
		return err
	}
	*h = *g
	return nil
}

// DecodeHistoryJSON decodes the actors and events of a history document
// (see [ParseHistoryJSON], whose limits it applies) without building a
// History, for callers that combine documents.
func DecodeHistoryJSON(data []byte, opts ...ReadOption) ([]Actor, []Event, error) {
	doc, err := decodeHistoryJSON(data, opts)
	if err != nil {
		return nil, nil, err
	}
	actors, events := doc.values()
	return actors, events, nil
}

// decodeHistoryJSON decodes a history document within the limits opts
// set.
func decodeHistoryJSON(data []byte, opts []ReadOption) (*jsonHistory, error) {
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxJSONSize}, opts).MaxInputSize
	if limit > 0 && int64(len(data)) > limit {
		return nil, jsonErr("", errs.Limit(strconv.Itoa(len(data))+" bytes", limit, "bytes", "relations.MaxJSONSize"))
	}
	doc, found, more := jsonv1.Decode(jsonv1.History, data, limit, func(d *jsonHistory) int { return int(d.Version) })
	if len(found) > 0 {
		p := errs.List{Scope: "relations: JSON"}
		for _, e := range found {
			p.Add(&ParseError{Line: e.Line, Column: e.Col, Field: e.Path, Err: errs.Bare(e.Err)})
		}
		p.Skip(more)
		return nil, p.Err()
	}
	if doc.Version == 0 {
		return nil, jsonErr("version", fmt.Errorf("missing; want %d", JSONVersion))
	}
	return doc, nil
}

// values returns the actors and events of the document.
func (doc *jsonHistory) values() ([]Actor, []Event) {
	actors := make([]Actor, len(doc.Actors))
	for i, ja := range doc.Actors {
		a := Actor{ID: ActorID(ja.ID), Kind: ja.Kind, Name: ja.Name, ISO3: ja.ISO3, COW: ja.COW}
		for _, m := range ja.Members {
			a.Members = append(a.Members, Membership{Member: m.Member, During: Interval{From: m.From, Until: m.Until}})
		}
		actors[i] = a
	}
	events := make([]Event, len(doc.Events))
	for i, je := range doc.Events {
		events[i] = Event{ID: je.ID, Kind: je.Kind, Date: je.Date, Actors: je.Actors, Toward: je.Toward, Mediators: je.Mediators,
			OneWay: je.OneWay, Level: Representation(je.Level), Stance: Alignment(je.Stance),
			Agreement: je.Agreement, Summary: je.Summary, Source: je.Source, Dataset: je.Dataset}
	}
	return actors, events
}

// jsonErr is the error of a document the decoder accepts that a history
// document cannot be.
func jsonErr(field string, err error) error {
	return errs.In("relations: JSON", &ParseError{Field: field, Err: err})
}
