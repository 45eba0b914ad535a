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
//   - data after the value.
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

// Decode decodes the JSON value in data into v, which must be a non-nil
// pointer. It returns the problems found, in document order: at most
// MaxProblems of them, with the number of further problems it left out.
// A syntax error ends decoding; other problems (an unknown key, a value of
// the wrong type, a value its type's UnmarshalText refuses) are reported
// and decoding goes on with the next value, so that one pass reports them
// all.
func Decode(data []byte, v any) (problems []*Error, more int) {
	d := &decoder{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	d.dec.DisallowUnknownFields()
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("strictjson: Decode needs a non-nil pointer")
	}
	if err := d.value(rv.Elem(), nil); err == nil {
		if end := d.skipSpace(int(d.dec.InputOffset())); end < len(data) {
			d.report(end, nil, errors.New("unexpected data after the JSON value"))
		}
	}
	return d.problems, d.more
}

// Unmarshal is Decode for callers that want one error: the problems
// joined, or nil.
func Unmarshal(data []byte, v any) error {
	problems, more := Decode(data, v)
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
}

// step is one element of a path: a key, or an index when key is empty.
type step struct {
	key   string
	index int
}

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
		b.WriteString(s.key)
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
		var whole *json.SyntaxError
		var v any
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
	fields := fieldsOf(v.Type())
	seen := map[string]int{}
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
		switch first, dup := seen[key]; {
		case dup:
			d.report(keyStart, here, fmt.Errorf("key %s given twice (first at %s)", strconv.Quote(key), d.position(first)))
			known = false
		case !known:
			if name, ok := fields.fold(key); ok {
				d.report(keyStart, here, fmt.Errorf("key %s must be written %s", strconv.Quote(key), strconv.Quote(name)))
			} else {
				d.report(keyStart, here, fmt.Errorf("unknown key %s", strconv.Quote(key)))
			}
		}
		seen[key] = keyStart
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
	s := reflect.MakeSlice(v.Type(), 0, 0)
	for i := 0; d.another(); i++ {
		s = reflect.Append(s, reflect.Zero(v.Type().Elem()))
		if err := d.value(s.Index(i), append(path[:len(path):len(path)], step{index: i})); err != nil {
			v.Set(s)
			return err
		}
	}
	v.Set(s)
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

// lineCol turns a byte offset into a line and a column, both from 1.
func (d *decoder) lineCol(offset int) (line, col int) {
	line = 1 + bytes.Count(d.data[:offset], []byte{'\n'})
	col = offset - bytes.LastIndexByte(d.data[:offset], '\n')
	return line, col
}

// position formats an offset as line:col.
func (d *decoder) position(offset int) string {
	line, col := d.lineCol(offset)
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// fields is what a struct's JSON keys are: the field index of each.
type fields struct {
	index map[string]int
	names []string
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

func fieldsOf(t reflect.Type) fields {
	f := fields{index: map[string]int{}}
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
