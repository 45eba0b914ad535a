package atop

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
	"testing/fstest"

	"github.com/entente-go/entente/pact"
)

// panelHashes are the SHA-256 of the panels WriteCSV writes over 1815–2018
// from the embedded ATOP 5.1, recorded before the panel was rebuilt for
// speed (issue 13): the output must stay byte-identical.
var panelHashes = []struct {
	dyads pact.Dyads
	rows  int
	hash  string
}{
	{pact.Directed, 273296, "d508796b1e58535dbfc61f76a55651182d502aae9425fa8d6e52be29dd939351"},
	{pact.Undirected, 136648, "1d748ad77fc9fd441c833a457c10550bd2f442c3045724a5783d5f586d171a5c"},
}

func TestPanelBytesUnchanged(t *testing.T) {
	d := readATOP(t)
	for _, tc := range panelHashes {
		t.Run(tc.dyads.String(), func(t *testing.T) {
			h := sha256.New()
			n, err := WriteCSV(h, mustPanel(d.Model, tc.dyads, First, Last))
			if err != nil {
				t.Fatal(err)
			}
			if got := hex.EncodeToString(h.Sum(nil)); n != tc.rows || got != tc.hash {
				t.Errorf("%d rows, sha256 %s; want %d rows, sha256 %s", n, got, tc.rows, tc.hash)
			}
		})
	}
}

// modelHashes are the SHA-256 of the model's JSON built from the embedded
// ATOP 5.1 files, first recorded before the reader and New were rebuilt for
// speed (issue 13): every agreement, party, clause and condition must stay
// as it was. A deliberate change to what the reader builds re-records
// them; issue 22 did, when the clauses of members coded OBVARY came to be
// settled from ATOP's directed dyad-year file, and to say why they cannot
// be without it.
var modelHashes = []struct {
	name string
	fsys func(testing.TB) fstest.MapFS
	hash string
}{
	{"three files", embeddedFS, "97d2c6548d2c49a0abef0a752193362aeb6c1aabfbd955b2e8a291cd92ea8ef6"},
	{"with the directed file", withDirected, "cacdd7666bed98427874eef0b44a85c0397bf86e0091cd6edd0164cdce05c8f7"},
}

func TestModelBytesUnchanged(t *testing.T) {
	for _, tc := range modelHashes {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read(tc.fsys(t))
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(d.Model)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(b)
			if got := hex.EncodeToString(sum[:]); got != tc.hash {
				t.Errorf("the model's JSON (%d bytes) has sha256 %s; want %s", len(b), got, tc.hash)
			}
		})
	}
}
