package record

import (
	"fmt"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/strictjson"
	"github.com/entente-go/entente/relations"
)

// MaxJSONSize is the largest document [ParseJSON] reads: 8 MiB.
const MaxJSONSize = 8 << 20

// Feed is one document of tests and the responses to them.
type Feed struct {
	Tests     []Test
	Responses []Response
}

type feedJSON struct {
	Version   int        `json:"version"`
	Tests     []Test     `json:"tests"`
	Responses []Response `json:"responses"`
}

// ParseJSON decodes a document of tests and responses. The JSON is read
// strictly, as every entente document is: unknown keys, keys that match
// only when case is ignored, a key given twice, invalid UTF-8 and data
// after the document are errors, each with the field's path and
// line:column, as in `record: JSON: 41:16: responses[3].grade: "strong"
// is not a grade: unknown value; want one of "none", …`, each a
// [relations.ParseError]; at most 100 problems
// are reported. Documents larger than [MaxJSONSize] are refused with an
// error wrapping [relations.ErrLimitExceeded]. It checks the document, not
// the actors: [New] checks those against a model.
//
// The schema, version 1 (dates "YYYY", "YYYY-MM" or "YYYY-MM-DD"; kinds
// and grades the words their String methods print):
//
//	{
//	  "version": 1,
//	  "tests": [
//	    {"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU",
//	     "aggressors": ["houthis"], "hosted": "", "summary": "…", "sources": ["…"]}
//	  ],
//	  "responses": [
//	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-20", "grade": "reinforcement",
//	     "as": "", "description": "…", "sources": ["…"]}
//	  ]
//	}
func ParseJSON(data []byte) (Feed, error) {
	const scope = "record: JSON"
	if len(data) > MaxJSONSize {
		return Feed{}, errs.In(scope, &relations.ParseError{Err: errs.Limit(strconv.Itoa(len(data))+" bytes", MaxJSONSize, "bytes", "record.MaxJSONSize")})
	}
	var doc feedJSON
	found, more := strictjson.Decode(data, &doc, MaxJSONSize)
	if len(found) > 0 {
		p := errs.List{Scope: scope}
		for _, e := range found {
			p.Add(&relations.ParseError{Line: e.Line, Column: e.Col, Field: e.Path, Err: errs.Bare(e.Err)})
		}
		p.Skip(more)
		return Feed{}, p.Err()
	}
	if doc.Version != 1 {
		return Feed{}, errs.In(scope, &relations.ParseError{Field: "version", Err: fmt.Errorf("version %d; want 1", doc.Version)})
	}
	return Feed{Tests: doc.Tests, Responses: doc.Responses}, nil
}
