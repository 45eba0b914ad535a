package jsonv1_test

import (
	"testing"

	"github.com/entente-go/entente/pact"
)

// TestDecodeFindsTheVersionAnywhere reads a clause's renamed keys with
// the version first (read before decoding), last (learnt by decoding), and
// with the other version's spelling.
func TestDecodeFindsTheVersionAnywhere(t *testing.T) {
	const clauses = `"agreements": [{"id": "x", "clauses": [{"obligation": "defense", `
	tests := []struct {
		name, doc string
		varies    bool
		err       string
	}{
		{"version 1 first", `{"version": 1, ` + clauses + `"variesByPartner": true, "pairOwed": true}]}]}`, true, ""},
		{"version 1 last", `{` + clauses + `"variesByPartner": true, "pairOwed": true}]}], "version": 1}`, true, ""},
		{"version 1 first, no space", `{"version":1,` + clauses + `"variesByPartner": true}]}]}`, true, ""},
		{"version 2 first", `{"version": 2, ` + clauses + `"varies_by_partner": true}]}]}`, true, ""},
		{"version 2 last", `{` + clauses + `"varies_by_partner": true}]}], "version": 2}`, true, ""},
		{"version 1 last, version 2 key", `{` + clauses + `"varies_by_partner": true}]}], "version": 1}`, false,
			`pact: JSON: 1:67: agreements[0].clauses[0].varies_by_partner: key "varies_by_partner" is a later version's spelling; this document's version writes "variesByPartner"`},
		{"version 2 last, version 1 key", `{` + clauses + `"variesByPartner": true}]}], "version": 2}`, false,
			`pact: JSON: 1:67: agreements[0].clauses[0].variesByPartner: key "variesByPartner" is an earlier version's spelling; this document's version writes "varies_by_partner"`},
		{"version 1.0", `{"version": 1.0, ` + clauses + `"variesByPartner": true}]}]}`, false,
			"pact: JSON: 1:13: version: want a number from 1 to 2\n" +
				`pact: JSON: 1:83: agreements[0].clauses[0].variesByPartner: key "variesByPartner" is an earlier version's spelling; this document's version writes "varies_by_partner"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ags, err := pact.DecodeAgreementsJSON([]byte(tc.doc))
			switch {
			case tc.err != "":
				if err == nil || err.Error() != tc.err {
					t.Errorf("error %v\nwant %s", err, tc.err)
				}
			case err != nil:
				t.Fatal(err)
			case len(ags) != 1 || len(ags[0].Clauses) != 1 || ags[0].Clauses[0].VariesByPartner != tc.varies:
				t.Errorf("agreements %+v, want one clause that varies by partner", ags)
			}
		})
	}
}
