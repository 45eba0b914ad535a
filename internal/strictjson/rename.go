package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/entente-go/entente/internal/errs"
)

// Rename says that a key of the objects In was spelled Old in an earlier
// version of a document and is spelled New now. In names the objects by
// where they are: "clauses[]" for each element of an array at the key
// "clauses" (wherever that array is), "coverage" for the object at the key
// "coverage", "" for the document itself.
type Rename struct {
	In, Old, New string
}

// Option changes what Decode reads.
type Option func(*decoder)

// OldKeys has Decode read the Old spelling of each rename, as an earlier
// version's document writes it; the New spelling is then an error that
// says which spelling this document's version takes.
func OldKeys(renames []Rename) Option {
	return func(d *decoder) { d.renames, d.old = renames, true }
}

// NewKeys has Decode say, of an Old spelling it meets, which spelling
// replaced it, where it would report only an unknown key.
func NewKeys(renames []Rename) Option {
	return func(d *decoder) { d.renames, d.old = renames, false }
}

// in names the objects at path as Rename.In does: the key they are at,
// with "[]" for each array on the way from it.
func in(path []step) string {
	n := len(path)
	for n > 0 && path[n-1].key == "" {
		n--
	}
	name := ""
	if n > 0 {
		name = path[n-1].key
	}
	return name + strings.Repeat("[]", len(path)-n)
}

// typeIn is a struct type in one place of a document: what its keys are
// may depend on both.
type typeIn struct {
	t  reflect.Type
	in string
}

// renamedFields returns the keys of struct type t at path: its own, with
// the Old spelling of each rename for the place when the decoder reads
// old keys.
func (d *decoder) renamedFields(t reflect.Type, path []step) fields {
	if len(d.renames) == 0 {
		return d.fieldsOf(t)
	}
	at := typeIn{t, in(path)}
	if f, ok := d.renamed[at]; ok {
		return f
	}
	f := d.fieldsOf(t)
	if d.old {
		var to fields
		for _, r := range d.renames {
			i, ok := f.index[r.New]
			if r.In != at.in || !ok {
				continue
			}
			if to.index == nil {
				to = fields{index: make(map[string]int, len(f.index)), names: append([]string(nil), f.names...), place: f.place}
				for k, v := range f.index {
					to.index[k] = v
				}
			}
			delete(to.index, r.New)
			to.index[r.Old] = i
			to.names[f.place[i]] = r.Old
		}
		if to.index != nil {
			f = to
		}
	}
	if d.renamed == nil {
		d.renamed = map[typeIn]fields{}
	}
	d.renamed[at] = f
	return f
}

// respelled says, of an unknown key at path, which spelling the renames
// give it in the version the decoder reads.
func (d *decoder) respelled(key string, path []step) (string, bool) {
	if len(d.renames) == 0 {
		return "", false
	}
	at := in(path)
	for _, r := range d.renames {
		switch {
		case r.In != at:
		case d.old && key == r.New:
			return fmt.Sprintf("key %s is a later version's spelling; this document's version writes %s", errs.Quote(key), errs.Quote(r.Old)), true
		case !d.old && key == r.Old:
			return fmt.Sprintf("key %s is an earlier version's spelling; this document's version writes %s", errs.Quote(key), errs.Quote(r.New)), true
		}
	}
	return "", false
}

// Key is one key of an object in a document, as [Keys] finds it.
type Key struct {
	// In names the object the key is in, as Rename.In does.
	In string
	// Name is the key; Start and End are the offsets of its literal,
	// quotes included.
	Name       string
	Start, End int
}

// keyFrame is an object or array Keys is in: the name of an object's
// place (Rename.In), or the key an array is at; and for an object, the key
// whose value comes next, or wantKey when a key comes next.
type keyFrame struct {
	object    bool
	name, key string
	wantKey   bool
}

// Keys calls visit with every key of the JSON document in data, in
// document order, and stops at the first error visit returns or the
// first syntax error.
func Keys(data []byte, visit func(Key) error) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*keyFrame
	// valueDone marks the end of a value: in an object, a key comes next.
	valueDone := func() {
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].wantKey = true
		}
	}
	for {
		start := skipSeparators(data, int(dec.InputOffset()))
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if len(stack) > 0 {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}
		var top *keyFrame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		d, isDelim := tok.(json.Delim)
		switch {
		case isDelim && (d == '}' || d == ']'):
			stack = stack[:len(stack)-1]
			valueDone()
		case top != nil && top.object && top.wantKey:
			name, _ := tok.(string)
			if err := visit(Key{In: top.name, Name: name, Start: start, End: int(dec.InputOffset())}); err != nil {
				return err
			}
			top.key, top.wantKey = name, false
		case isDelim: // '{' or '['
			f := &keyFrame{object: d == '{', wantKey: d == '{'}
			switch {
			case top == nil:
			case top.object:
				f.name = top.key
			default:
				f.name = top.name + "[]"
			}
			stack = append(stack, f)
		default:
			valueDone()
		}
	}
}

// skipSeparators returns the offset of the next byte at or after i that
// is not white space or a separator (',' or ':').
func skipSeparators(data []byte, i int) int {
	for i < len(data) && (isSpace(data[i]) || data[i] == ',' || data[i] == ':') {
		i++
	}
	return i
}
