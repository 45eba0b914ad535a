package jsonv1

import (
	"bytes"
	"strconv"

	"github.com/entente-go/entente/internal/strictjson"
)

// Decode decodes a document of kind k, version 1 or later, with
// strictjson, within the size limit: with version 1's keys when the
// document is version 1, and otherwise with today's, telling of a key
// spelled the other version's way which spelling the document's version
// takes. version returns the version a decoded document gives. The
// version is read first when the document begins with it, as the
// module's documents do; otherwise the document is decoded as the latest
// version first and again when it turns out to be version 1.
func Decode[T any](k Kind, data []byte, limit int64, version func(*T) int) (*T, []*strictjson.Error, int) {
	renames := Renames(k)
	keys := strictjson.NewKeys(renames)
	v, leading := leadingVersion(data)
	if leading && v == 1 {
		keys = strictjson.OldKeys(renames)
	}
	doc := new(T)
	found, more := strictjson.Decode(data, doc, limit, keys)
	if !leading && version(doc) == 1 && len(renames) > 0 {
		doc = new(T)
		found, more = strictjson.Decode(data, doc, limit, strictjson.OldKeys(renames))
	}
	return doc, found, more
}

// leadingVersion returns the version of a document whose first key is
// "version" with a number for its value.
func leadingVersion(data []byte) (int, bool) {
	rest := bytes.TrimLeft(data, " \t\r\n")
	rest, ok := bytes.CutPrefix(rest, []byte("{"))
	if !ok {
		return 0, false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(`"version"`))
	if !ok {
		return 0, false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(":"))
	if !ok {
		return 0, false
	}
	rest = bytes.TrimLeft(rest, " \t\r\n")
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' && n < 9 {
		n++
	}
	if n == 0 || n < len(rest) && !bytes.ContainsAny(rest[n:n+1], " \t\r\n,}") {
		return 0, false
	}
	v, err := strconv.Atoi(string(rest[:n]))
	return v, err == nil
}
