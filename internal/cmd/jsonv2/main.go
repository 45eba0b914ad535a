package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"

	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command; it returns the exit code.
func run(files []string, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		fmt.Fprintln(stderr, "usage: jsonv2 FILE...")
		return 2
	}
	code := 0
	for _, name := range files {
		msg, err := convert(name)
		if err != nil {
			fmt.Fprintf(stderr, "jsonv2: %s: %v\n", name, err)
			code = 1
			continue
		}
		fmt.Fprintf(stdout, "%s: %s\n", name, msg)
	}
	return code
}

// convert rewrites the file name as version 2 and says what it did.
func convert(name string) (string, error) {
	v1, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	kind, version, err := kindOf(v1)
	if err != nil {
		return "", err
	}
	if version == pact.JSONVersion {
		return "already version 2, left as it is", nil
	}
	v2, err := jsonv1.Upgrade(kind, v1)
	if err != nil {
		return "", err
	}
	if err := same(kind, v1, v2); err != nil {
		return "", err
	}
	if err := outfile.Write(name, func(w io.Writer) error { _, err := w.Write(v2); return err }); err != nil {
		return "", err
	}
	return "rewritten as version 2 (" + string(kind) + " document)", nil
}

// kindOf tells a history document from a model document by its keys, and
// returns its version.
func kindOf(data []byte) (jsonv1.Kind, int, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return "", 0, err
	}
	var version int
	if err := json.Unmarshal(top["version"], &version); err != nil {
		return "", 0, errors.New(`no "version" number`)
	}
	switch {
	case top["agreements"] != nil:
		return jsonv1.Model, version, nil
	case top["actors"] != nil || top["events"] != nil:
		return jsonv1.History, version, nil
	}
	return "", 0, errors.New(`neither a model document ("agreements") nor a history document ("actors", "events")`)
}

// same checks that v1 and v2 decode to the same values.
func same(kind jsonv1.Kind, v1, v2 []byte) error {
	var a, b [2]any
	for i, doc := range [][]byte{v1, v2} {
		var err error
		switch kind {
		case jsonv1.History:
			a[i], b[i], err = relations.DecodeHistoryJSON(doc)
		case jsonv1.Model:
			a[i], err = pact.DecodeAgreementsJSON(doc)
		}
		if err != nil {
			return fmt.Errorf("version %d: %w", i+1, err)
		}
	}
	if !reflect.DeepEqual(a[0], a[1]) || !reflect.DeepEqual(b[0], b[1]) {
		return errors.New("the version-2 rewrite does not decode to what the version-1 document does; the file is left as it was")
	}
	return nil
}
