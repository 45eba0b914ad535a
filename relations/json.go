package relations

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/strictjson"
)

// JSONVersion is the version of the JSON schema [History.MarshalJSON]
// writes and [ParseHistoryJSON] reads.
const JSONVersion = 1

// MaxJSONSize bounds the documents [ParseHistoryJSON] reads, so that hostile
// input fails fast instead of exhausting memory.
const MaxJSONSize = 256 << 20

// jsonHistory is the document; see ParseHistoryJSON for the schema.
type jsonHistory struct {
	Version int               `json:"version"`
	Actors  []json.RawMessage `json:"actors"`
	Events  []json.RawMessage `json:"events"`
}

type jsonActor struct {
	ID      string           `json:"id"`
	Kind    string           `json:"kind"`
	Name    string           `json:"name"`
	ISO3    string           `json:"iso3,omitempty"`
	COW     int              `json:"cow,omitempty"`
	Members []jsonMembership `json:"members,omitempty"`
}

type jsonMembership struct {
	Member string `json:"member"`
	From   string `json:"from"`
	Until  string `json:"until,omitempty"`
}

type jsonEvent struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"`
	Date      string   `json:"date"`
	Actors    []string `json:"actors"`
	Toward    []string `json:"toward,omitempty"`
	Mediators []string `json:"mediators,omitempty"`
	OneWay    bool     `json:"one_way,omitempty"`
	Level     string   `json:"level,omitempty"`
	Stance    string   `json:"stance,omitempty"`
	Agreement string   `json:"agreement,omitempty"`
	Summary   string   `json:"summary,omitempty"`
	Source    string   `json:"source,omitempty"`
}

// MarshalJSON encodes the history in the documented schema (see
// [ParseHistoryJSON]): actors sorted by ID, events in fold order, indented
// by two spaces. Encoding is deterministic, so decoding then encoding gives
// back the same bytes.
func (h *History) MarshalJSON() ([]byte, error) {
	type doc struct {
		Version int         `json:"version"`
		Actors  []jsonActor `json:"actors"`
		Events  []jsonEvent `json:"events"`
	}
	d := doc{Version: JSONVersion, Actors: make([]jsonActor, len(h.actors)), Events: make([]jsonEvent, len(h.events))}
	for i, a := range h.actors {
		d.Actors[i] = actorJSON(a)
	}
	for i, e := range h.events {
		je := jsonEvent{ID: e.ID, Kind: e.Kind.String(), Date: e.Date.String(),
			Actors: idStrings(e.Actors), Toward: idStrings(e.Toward), Mediators: idStrings(e.Mediators),
			OneWay: e.OneWay, Agreement: e.Agreement, Summary: e.Summary, Source: e.Source}
		if e.Level != UnknownRepresentation {
			je.Level = e.Level.String()
		}
		if e.Stance != UnknownAlignment {
			je.Stance = e.Stance.String()
		}
		d.Events[i] = je
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// actorJSON returns the JSON form of one actor.
func actorJSON(a Actor) jsonActor {
	ja := jsonActor{ID: string(a.ID), Kind: a.Kind.String(), Name: a.Name, ISO3: a.ISO3, COW: a.COW}
	for _, m := range a.Members {
		ja.Members = append(ja.Members, jsonMembership{Member: string(m.Member), From: m.During.From.String(), Until: m.During.Until.String()})
	}
	return ja
}

// idStrings converts IDs to strings, keeping nil as nil.
func idStrings(ids []ActorID) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}

// ParseHistoryJSON decodes a history written in the schema below and
// builds it with [NewHistory]. Unknown fields are errors (they are most
// often typos), and every error names the element and field it is in, as
// in `relations: JSON: event "sa-ir-2016": date: relations: date
// "2016-02-30": day 30 does not exist in that month`. Documents larger than
// [MaxJSONSize] are refused.
//
// The schema, version 1 (fields that are empty may be left out; dates are
// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; enums take the names their String
// methods print):
//
//	{
//	  "version": 1,
//	  "actors": [
//	    {"id": "SAU", "kind": "state", "name": "Saudi Arabia", "iso3": "SAU", "cow": 670},
//	    {"id": "gcc", "kind": "organisation", "name": "Gulf Cooperation Council",
//	     "members": [{"member": "SAU", "from": "1981-05-25", "until": ""}]}
//	  ],
//	  "events": [
//	    {"id": "sa-ir-2016", "kind": "sever-ties", "date": "2016-01-03",
//	     "actors": ["SAU"], "toward": ["IRN"], "mediators": [], "one_way": false,
//	     "level": "none", "stance": "hostile", "agreement": "",
//	     "summary": "…", "source": "…"}
//	  ]
//	}
func ParseHistoryJSON(data []byte) (*History, error) {
	actors, events, err := DecodeHistoryJSON(data)
	if err != nil {
		return nil, err
	}
	return NewHistory(actors, events)
}

// DecodeHistoryJSON decodes the actors and events of a history document
// (see [ParseHistoryJSON]) without building a History, for callers that
// combine documents.
func DecodeHistoryJSON(data []byte) ([]Actor, []Event, error) {
	if len(data) > MaxJSONSize {
		return nil, nil, jsonErr("document", "", fmt.Errorf("%d bytes is more than the limit of %d", len(data), MaxJSONSize))
	}
	var doc jsonHistory
	if err := strictjson.Unmarshal(data, &doc); err != nil {
		return nil, nil, jsonErr("document", "", err)
	}
	if doc.Version != JSONVersion {
		return nil, nil, jsonErr("document", "version", fmt.Errorf("version %d, want %d", doc.Version, JSONVersion))
	}
	p := &problems{scope: "relations: JSON"}
	actors := make([]Actor, 0, len(doc.Actors))
	for i, raw := range doc.Actors {
		a, ok := decodeActorJSON(p, "actors["+strconv.Itoa(i)+"]", raw)
		if ok {
			actors = append(actors, a)
		}
	}
	events := make([]Event, 0, len(doc.Events))
	for i, raw := range doc.Events {
		el := "events[" + strconv.Itoa(i) + "]"
		var je jsonEvent
		if err := strictjson.Unmarshal(raw, &je); err != nil {
			p.add(el, "", err)
			continue
		}
		if je.ID != "" {
			el = "event " + errs.Quote(je.ID)
		}
		e := Event{ID: je.ID, Actors: parseIDs(je.Actors), Toward: parseIDs(je.Toward), Mediators: parseIDs(je.Mediators),
			OneWay: je.OneWay, Agreement: je.Agreement, Summary: je.Summary, Source: je.Source}
		n := p.count()
		decodeField(p, el, "kind", je.Kind, &e.Kind)
		decodeField(p, el, "date", je.Date, &e.Date)
		if je.Level != "" {
			decodeField(p, el, "level", je.Level, &e.Level)
		}
		if je.Stance != "" {
			decodeField(p, el, "stance", je.Stance, &e.Stance)
		}
		if p.count() == n {
			events = append(events, e)
		}
	}
	if err := p.err(); err != nil {
		return nil, nil, err
	}
	return actors, events, nil
}

// decodeActorJSON decodes one actor element, recording problems under el.
func decodeActorJSON(p *problems, el string, raw json.RawMessage) (Actor, bool) {
	var ja jsonActor
	if err := strictjson.Unmarshal(raw, &ja); err != nil {
		p.add(el, "", err)
		return Actor{}, false
	}
	if ja.ID != "" {
		el = "actor " + errs.Quote(ja.ID)
	}
	a := Actor{ID: ActorID(ja.ID), Name: ja.Name, ISO3: ja.ISO3, COW: ja.COW}
	n := p.count()
	decodeField(p, el, "kind", ja.Kind, &a.Kind)
	for j, m := range ja.Members {
		f := "members[" + strconv.Itoa(j) + "]"
		ms := Membership{Member: ActorID(m.Member)}
		decodeField(p, el, f+".from", m.From, &ms.During.From)
		decodeField(p, el, f+".until", m.Until, &ms.During.Until)
		a.Members = append(a.Members, ms)
	}
	return a, p.count() == n
}

// decodeField decodes one text field into v, recording a problem under el
// and field if it fails.
func decodeField[T interface{ UnmarshalText([]byte) error }](p *problems, el, field, text string, v T) {
	if err := v.UnmarshalText([]byte(text)); err != nil {
		p.add(el, field, err)
	}
}

func parseIDs(in []string) []ActorID {
	if in == nil {
		return nil
	}
	out := make([]ActorID, len(in))
	for i, s := range in {
		out[i] = ActorID(s)
	}
	return out
}

func jsonErr(el, field string, err error) error {
	return &FieldError{Scope: "relations: JSON", Element: el, Field: field, Err: err}
}
