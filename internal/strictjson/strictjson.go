// Package strictjson decodes the JSON documents of entente's packages the
// strict way. encoding/json forgives a great deal that, in a data file,
// is most often a mistake; this decoder refuses it:
//
//   - unknown keys (most often typos), and keys that match a field only
//     when case is ignored ("ID" for "id");
//   - a key given twice in one object (encoding/json keeps the last, so a
//     second "events": [] would throw every event away);
//   - strings that are not valid UTF-8, or that escape half of a UTF-16
//     surrogate pair ("\ud800"): encoding/json turns both into U+FFFD;
//   - data after the value, even a lone ',' or ':';
//   - a document that decodes to values far larger than its text (a
//     flood of empty elements): see [Decode]'s budget.
//
// Every problem carries the line and column where it is and the path of
// the field, as in `agreements[3].parties[1].joined`, so that an error
// points at its place in a document of any size.
//
// The decoder walks the Go value's type alongside the document: structs,
// slices and pointers it decodes itself, field by field; any other value
// (numbers, strings, booleans, and types with their own UnmarshalJSON or
// UnmarshalText) it hands to encoding/json, one value at a time.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/entente-go/entente/internal/errs"
)

// Error is one problem at one place in a document.
type Error struct {
	// Path is the field the problem is in, as in
	// `agreements[3].parties[1].joined`; empty for the document itself.
	Path string
	// Offset is the byte offset of the problem; Line and Col (both from 1,
	// Col in bytes) say the same for people.
	Offset    int
	Line, Col int
	Err       error
}

// Error reads "line:col: what is wrong".
func (e *Error) Error() string {
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// MaxProblems is how many problems Decode keeps; it counts the rest.
const MaxProblems = 100

// Expansion bounds, per byte of a document's text, the bytes of the
// elements and values Decode makes of it: entente's own documents take
// one or less (ATOP 5.1's agreements 0.66, a synthetic history 0.96); a
// flood of empty elements ("{},{},…", 3 bytes each for a struct of 200)
// would take about seventy.
const Expansion = 8

// Decode decodes the JSON value in data into v, which must be a non-nil
// pointer. It returns the problems found, in document order: at most
// MaxProblems of them, with the number of further problems it left out.
// A syntax error ends decoding; other problems (an unknown key, a value of
// the wrong type, a value its type's UnmarshalText refuses) are reported
// and decoding goes on with the next value, so that one pass reports them
// all. The elements of the lists and objects it makes may take at most
// Expansion bytes per byte of data (and 64 KiB more, for tiny documents),
// and when maxSize, the largest document the caller reads, is positive, at
// most four times maxSize: past that, a problem wrapping errs.ErrLimit ends
// decoding. Options say how keys were renamed between versions of a
// document (see [OldKeys]).
func Decode(data []byte, v any, maxSize int64, opts ...Option) (problems []*Error, more int) {
	d := &decoder{data: data, dec: json.NewDecoder(bytes.NewReader(data)), fields: map[reflect.Type]fields{}}
	for _, o := range opts {
		o(d)
	}
	d.budget = Expansion*int64(len(data)) + 64<<10
	if maxSize > 0 {
		d.budget = min(d.budget, 4*maxSize+64<<10)
	}
	d.initial = d.budget
	d.dec.DisallowUnknownFields()
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("strictjson: Decode needs a non-nil pointer")
	}
	if err := d.value(rv.Elem(), nil); err == nil {
		// After the value only white space: a ',' or ':' that skipSpace
		// passes over between elements ends no document.
		end := int(d.dec.InputOffset())
		for end < len(data) && isSpace(data[end]) {
			end++
		}
		if end < len(data) {
			d.report(end, nil, errors.New("unexpected data after the JSON value"))
		}
	}
	return d.problems, d.more
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// Unmarshal is Decode for callers that want one error: the problems
// joined, or nil.
func Unmarshal(data []byte, v any) error {
	problems, more := Decode(data, v, 0)
	errs := make([]error, 0, len(problems)+1)
	for _, p := range problems {
		errs = append(errs, p)
	}
	if more > 0 {
		errs = append(errs, fmt.Errorf("and %d more problems", more))
	}
	return errors.Join(errs...)
}

type decoder struct {
	data     []byte
	dec      *json.Decoder
	problems []*Error
	more     int
	// budget is what is left of the bytes the decoded elements may take,
	// of initial.
	budget, initial int64
	// fields caches each struct type's keys.
	fields map[reflect.Type]fields
	// renames are the keys renamed between versions; old says the
	// document spells them the old way. renamed caches each struct
	// type's keys by place.
	renames []Rename
	old     bool
	renamed map[typeIn]fields
	// line and lineStart are the line of the last offset lineCol turned
	// into a line and column, and where that line begins: problems come
	// in document order, so each is found from the one before.
	lineAt, line, lineStart int
}

// spend takes n bytes from the budget, and reports a problem that ends
// decoding when it runs out.
func (d *decoder) spend(n int64, path []step) error {
	d.budget -= n
	if d.budget >= 0 {
		return nil
	}
	err := errs.Limit("what the document decodes to", d.initial, "bytes",
		"the JSON expansion limit: "+strconv.Itoa(Expansion)+" bytes of values per byte of text, four times the size limit at most")
	d.report(int(d.dec.InputOffset()), path, err)
	return err
}

// step is one element of a path: a key, or an index when key is empty.
type step struct {
	key   string
	index int
}

// pathString spells a path, each key cut to a short prefix: a hostile
// document's megabyte key must not make every problem under it as long.
func pathString(path []step) string {
	var b strings.Builder
	for _, s := range path {
		if s.key == "" {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(errs.Cut(s.key))
	}
	return b.String()
}

func (d *decoder) report(offset int, path []step, err error) {
	if len(d.problems) >= MaxProblems {
		d.more++
		return
	}
	offset = min(max(offset, 0), len(d.data))
	line, col := d.lineCol(offset)
	d.problems = append(d.problems, &Error{Path: pathString(path), Offset: offset, Line: line, Col: col, Err: err})
}

// fatal reports a syntax error and returns it, to end decoding.
func (d *decoder) fatal(path []step, err error) error {
	offset := len(d.data)
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		// Where a Decoder's tokens put a syntax error differs between
		// releases of encoding/json; decoding the whole document puts it
		// one byte past the offending byte in every release.
		// A RawMessage: the check runs over the whole document, and no
		// tree of values is built from it.
		var whole *json.SyntaxError
		var v json.RawMessage
		if errors.As(json.Unmarshal(d.data, &v), &whole) {
			se = whole
		}
		offset = int(se.Offset) - 1
		err = errors.New(strings.TrimPrefix(se.Error(), "json: "))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		err = errors.New("unexpected end of the document")
	}
	d.report(offset, path, err)
	return err
}

// skipSpace returns the offset of the next byte at or after i that is not
// white space or a separator (',' or ':').
func (d *decoder) skipSpace(i int) int {
	for i < len(d.data) {
		switch d.data[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
			continue
		}
		break
	}
	return i
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// leaf reports whether values of type t are decoded by encoding/json
// whole rather than walked.
func leaf(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	if pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Pointer:
		return false
	case reflect.Slice:
		return t.Elem().Kind() == reflect.Uint8 // []byte is a base64 string
	}
	return true
}

// value decodes the next value into v; it returns an error only for a
// syntax error, which ends decoding.
func (d *decoder) value(v reflect.Value, path []step) error {
	start := d.skipSpace(int(d.dec.InputOffset()))
	t := v.Type()
	if leaf(t) {
		return d.leaf(v, path, start)
	}
	if start >= len(d.data) {
		return d.fatal(path, io.ErrUnexpectedEOF)
	}
	c := d.data[start]
	if c == 'n' { // null leaves v as it is, as encoding/json does
		_, err := d.dec.Token()
		if err != nil {
			return d.fatal(path, err)
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			if err := d.spend(int64(t.Elem().Size()), path); err != nil {
				return err
			}
			v.Set(reflect.New(t.Elem()))
		}
		return d.value(v.Elem(), path)
	case reflect.Struct:
		if c != '{' {
			return d.mismatch(v, path, start, c)
		}
		return d.object(v, path)
	case reflect.Slice:
		if c != '[' {
			return d.mismatch(v, path, start, c)
		}
		return d.array(v, path)
	}
	panic("strictjson: unreachable")
}

// mismatch reports a value of the wrong kind and skips it.
func (d *decoder) mismatch(v reflect.Value, path []step, start int, c byte) error {
	if err := d.skip(path); err != nil {
		return err
	}
	d.report(start, path, fmt.Errorf("want %s, have %s", want(v.Type()), have(c)))
	return nil
}

// leaf hands one value to encoding/json, then checks its strings: a
// string that is not valid UTF-8 is the problem to report, rather than
// what its type made of the U+FFFD encoding/json put in its place.
func (d *decoder) leaf(v reflect.Value, path []step, start int) error {
	err := d.dec.Decode(v.Addr().Interface())
	var se *json.SyntaxError
	if errors.As(err, &se) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return d.fatal(path, err)
	}
	if d.checkStrings(start, int(d.dec.InputOffset()), path) || err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		err = fmt.Errorf("want %s, have %s", want(te.Type), article(te.Value))
	}
	d.report(start, path, err)
	return nil
}

// checkStrings checks every string literal in data[start:end], a span of
// valid JSON, and reports whether it found a problem.
func (d *decoder) checkStrings(start, end int, path []step) bool {
	bad := false
	for i := start; i < end; i++ {
		if d.data[i] != '"' {
			continue
		}
		j := literalEnd(d.data, i)
		if at, err := checkLiteral(d.data[i:j]); err != nil {
			d.report(i+at, path, err)
			bad = true
		}
		i = j - 1
	}
	return bad
}

// literalEnd returns the offset just past the string literal that starts
// at data[i].
func literalEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(data)
}

// checkLiteral checks a string literal, quotes included, for invalid UTF-8
// and for escapes of half a surrogate pair, returning the offset of the
// first problem within it.
func checkLiteral(lit []byte) (int, error) {
	for i := 1; i < len(lit)-1; {
		c := lit[i]
		switch {
		case c == '\\' && lit[i+1] == 'u':
			r := hex4(lit[i+2:])
			switch {
			case utf16.IsSurrogate(r) && r < 0xDC00:
				if i+11 < len(lit) && lit[i+6] == '\\' && lit[i+7] == 'u' {
					if r2 := hex4(lit[i+8:]); r2 >= 0xDC00 && r2 <= 0xDFFF {
						i += 12
						continue
					}
				}
				return i, fmt.Errorf("string escapes half a surrogate pair (%s)", lit[i:i+6])
			case utf16.IsSurrogate(r):
				return i, fmt.Errorf("string escapes half a surrogate pair (%s)", lit[i:i+6])
			}
			i += 6
		case c == '\\':
			i += 2
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(lit[i:])
			if r == utf8.RuneError && size == 1 {
				return i, fmt.Errorf("string is not valid UTF-8 (byte %#x)", c)
			}
			i += size
		}
	}
	return 0, nil
}

// hex4 decodes the four hex digits of a \u escape (valid JSON has them).
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	n, err := strconv.ParseUint(string(b[:4]), 16, 32)
	if err != nil {
		return -1
	}
	return rune(n)
}

// object decodes a JSON object into the struct v, key by key.
func (d *decoder) object(v reflect.Value, path []step) error {
	if _, err := d.dec.Token(); err != nil { // {
		return d.fatal(path, err)
	}
	fields := d.renamedFields(v.Type(), path)
	// Where each field's key was given, to find a key given twice; other
	// keys, rarer, in a map made only for them.
	var seenField [64]int
	var seenAt []int
	if len(fields.names) <= len(seenField) {
		seenAt = seenField[:len(fields.names)]
	} else {
		seenAt = make([]int, len(fields.names))
	}
	var seenOther map[string]int
	for d.another() {
		keyStart := d.skipSpace(int(d.dec.InputOffset()))
		tok, err := d.dec.Token()
		if err != nil {
			return d.fatal(path, err)
		}
		key, _ := tok.(string)
		keyEnd := int(d.dec.InputOffset())
		here := append(path[:len(path):len(path)], step{key: key})
		if at, err := checkLiteral(d.data[keyStart:keyEnd]); err != nil {
			d.report(keyStart+at, here, err)
			if err := d.skip(here); err != nil {
				return err
			}
			continue
		}
		fi, known := fields.index[key]
		var first int
		var dup bool
		if known {
			first, dup = seenAt[fields.place[fi]]-1, seenAt[fields.place[fi]] > 0
			seenAt[fields.place[fi]] = keyStart + 1
		} else {
			if seenOther == nil {
				seenOther = map[string]int{}
			}
			first, dup = seenOther[key]
			seenOther[key] = keyStart
		}
		switch {
		case dup:
			d.report(keyStart, here, fmt.Errorf("key %s given twice (first at %s)", errs.Quote(key), d.position(first)))
			known = false
		case !known:
			if msg, ok := d.respelled(key, path); ok {
				d.report(keyStart, here, errors.New(msg))
			} else if name, ok := fields.fold(key); ok {
				d.report(keyStart, here, fmt.Errorf("key %s must be written %s", errs.Quote(key), strconv.Quote(name)))
			} else {
				d.report(keyStart, here, fmt.Errorf("unknown key %s", errs.Quote(key)))
			}
		}
		if !known {
			if err := d.skip(here); err != nil {
				return err
			}
			continue
		}
		if err := d.value(v.Field(fi), here); err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil { // }
		return d.fatal(path, err)
	}
	return nil
}

// skip reads the next value and drops it.
func (d *decoder) skip(path []step) error {
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		return d.fatal(path, err)
	}
	return nil
}

// array decodes a JSON array into the slice v, element by element.
func (d *decoder) array(v reflect.Value, path []step) error {
	if _, err := d.dec.Token(); err != nil { // [
		return d.fatal(path, err)
	}
	// The elements are counted first, so that the slice is made once at
	// its size: growing it by appending copies every element again and
	// again, which for a large document was most of the time it took.
	elem := v.Type().Elem()
	n := d.countElements(int(d.dec.InputOffset()))
	if err := d.spend(int64(n)*int64(elem.Size()), path); err != nil {
		return err
	}
	v.Set(reflect.MakeSlice(v.Type(), 0, n))
	for i := 0; d.another(); i++ {
		if i >= v.Cap() { // the count was short: not valid JSON
			v.Set(reflect.Append(v, reflect.Zero(elem)))
		} else {
			v.SetLen(i + 1)
		}
		if err := d.value(v.Index(i), append(path[:len(path):len(path)], step{index: i})); err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil { // ]
		return d.fatal(path, err)
	}
	return nil
}

// another reports whether the array or object being decoded has another
// element. At the end of the input it reports false, in every release of
// encoding/json, so that the end is reported where the element was due.
func (d *decoder) another() bool {
	return d.skipSpace(int(d.dec.InputOffset())) < len(d.data) && d.dec.More()
}

// countElements counts the elements of the array whose '[' is the last
// byte before offset i: its commas at its own depth, outside strings, plus
// one unless it is empty. On an array that is not valid JSON the count may
// be off; decoding then reports the syntax.
func (d *decoder) countElements(i int) int {
	depth, n, empty := 0, 0, true
	for ; i < len(d.data); i++ {
		switch c := d.data[i]; c {
		case '"':
			i = literalEnd(d.data, i) - 1
			empty = false
		case '[', '{':
			depth++
			empty = false
		case ']', '}':
			if depth == 0 {
				if empty {
					return 0
				}
				return n + 1
			}
			depth--
		case ',':
			if depth == 0 {
				n++
			}
		case ' ', '\t', '\r', '\n':
		default:
			empty = false
		}
	}
	return n + 1
}

// lineCol turns a byte offset into a line and a column, both from 1,
// counting lines on from the offset it was last asked for when that is no
// further on.
func (d *decoder) lineCol(offset int) (line, col int) {
	if offset < d.lineAt || d.line == 0 {
		d.lineAt, d.line, d.lineStart = 0, 1, 0
	}
	for i := d.lineAt; i < offset; i++ {
		if d.data[i] == '\n' {
			d.line++
			d.lineStart = i + 1
		}
	}
	d.lineAt = offset
	return d.line, offset - d.lineStart + 1
}

// position formats an offset as line:col.
func (d *decoder) position(offset int) string {
	line, col := d.lineCol(offset)
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// fields is what a struct's JSON keys are: the field index of each, and
// each field's place among the keys.
type fields struct {
	index map[string]int
	names []string
	place []int // by field index
}

// fold returns the key that matches k when case is ignored.
func (f fields) fold(k string) (string, bool) {
	for _, n := range f.names {
		if strings.EqualFold(n, k) {
			return n, true
		}
	}
	return "", false
}

// fieldsOf returns the keys of struct type t, made once per decoder.
func (d *decoder) fieldsOf(t reflect.Type) fields {
	f, ok := d.fields[t]
	if !ok {
		f = fieldsOf(t)
		d.fields[t] = f
	}
	return f
}

func fieldsOf(t reflect.Type) fields {
	f := fields{index: map[string]int{}, place: make([]int, t.NumField())}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = sf.Name
		}
		f.index[name] = i
		f.place[i] = len(f.names)
		f.names = append(f.names, name)
	}
	return f
}

// want names the JSON a Go type takes.
func want(t reflect.Type) string {
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(textUnmarshaler) && !pt.Implements(jsonUnmarshaler):
		return "a string"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return want(t.Elem())
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return t.String()
}

// article reads encoding/json's name of a JSON value ("string", "number
// 1e400") as have does.
func article(value string) string {
	switch value {
	case "string", "number":
		return "a " + value
	case "array", "object":
		return "an " + value
	case "bool":
		return "a boolean"
	}
	return value
}

// have names the JSON value that starts with c.
func have(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// Index returns i when path is in element i of the array at key, as
// `agreements[3].parties[1].joined` is in element 3 of "agreements".
func Index(path, key string) (int, bool) {
	rest, ok := strings.CutPrefix(path, key+"[")
	if !ok {
		return 0, false
	}
	n, _, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(n)
	return i, err == nil && i >= 0
}
