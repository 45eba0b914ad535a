package atop

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

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
