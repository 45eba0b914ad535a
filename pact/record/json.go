package record

import (
	"errors"
	"fmt"

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
// line:column, as in `record: JSON: responses[3].grade: 41:16: grade
// "strong": unknown value; want one of "none", …`; at most 100 problems
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
	if len(data) > MaxJSONSize {
		return Feed{}, fmt.Errorf("record: JSON: %d bytes, more than %d: %w", len(data), MaxJSONSize, relations.ErrLimitExceeded)
	}
	var doc feedJSON
	problems, more := strictjson.Decode(data, &doc, MaxJSONSize)
	var errs []error
	for _, p := range problems {
		where := p.Path
		if where != "" {
			where += ": "
		}
		errs = append(errs, fmt.Errorf("record: JSON: %s%w", where, p))
	}
	if more > 0 {
		errs = append(errs, fmt.Errorf("record: JSON: and %d more problems", more))
	}
	if len(errs) == 0 && doc.Version != 1 {
		errs = append(errs, fmt.Errorf("record: JSON: version %d; want 1", doc.Version))
	}
	if len(errs) > 0 {
		return Feed{}, errors.Join(errs...)
	}
	return Feed{Tests: doc.Tests, Responses: doc.Responses}, nil
}
