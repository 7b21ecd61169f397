package errata

import (
	"errors"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The JSON values this package reads and writes, as JavaScript's JSON.parse and JSON.stringify
// see them, so that a body is read and written exactly as the TypeScript packages do:
//
//   - nil: null
//   - bool
//   - float64: every number (a JavaScript number; 35.0 and 3.5e1 are the integer 35)
//   - string: text; a lone UTF-16 surrogate (a "\ud800" escape) is kept as its 3-byte WTF-8 form
//   - []any: an array
//   - Object: an object, members in the order JavaScript keeps them
//
// A member named __proto__ is dropped at every depth when a body is read.

// Member is one member of a JSON object.
type Member struct {
	Name  string
	Value any
}

// Object is a JSON object: its members in order. A name appears at most once.
type Object []Member

// Get returns the value of the member named name.
func (o Object) Get(name string) (any, bool) {
	for i := range o {
		if o[i].Name == name {
			return o[i].Value, true
		}
	}
	return nil, false
}

var errSyntax = errors.New("errata: not JSON")

// jsonParser reads JSON text strictly, as ECMAScript's JSON.parse does.
type jsonParser struct {
	data     string
	pos      int
	maxDepth int
	tooDeep  bool
}

// parseJSON reads text as one JSON value. tooDeep reports an array or object nested at a depth
// over maxDepth (the top-level value is at depth 0); the text is still read to its end, so that a
// syntax error anywhere wins over depth.
func parseJSON(text string, maxDepth int) (value any, tooDeep bool, err error) {
	p := jsonParser{data: text, maxDepth: maxDepth}
	p.space()
	value, err = p.value(0)
	if err != nil {
		return nil, false, err
	}
	p.space()
	if p.pos != len(p.data) {
		return nil, false, errSyntax
	}
	return value, p.tooDeep, nil
}

func (p *jsonParser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonParser) value(depth int) (any, error) {
	if p.pos >= len(p.data) {
		return nil, errSyntax
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		if depth > p.maxDepth {
			p.tooDeep = true
			return nil, p.skip()
		}
		return p.object(depth)
	case c == '[':
		if depth > p.maxDepth {
			p.tooDeep = true
			return nil, p.skip()
		}
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	return nil, errSyntax
}

func (p *jsonParser) literal(word string) error {
	if !strings.HasPrefix(p.data[p.pos:], word) {
		return errSyntax
	}
	p.pos += len(word)
	return nil
}

func (p *jsonParser) object(depth int) (any, error) {
	p.pos++ // {
	p.space()
	var members Object
	var index map[string]int
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return Object{}, nil
	}
	for {
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, errSyntax
		}
		name, err := p.str()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, errSyntax
		}
		p.pos++
		p.space()
		value, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		if name != "__proto__" {
			// A repeated name keeps its first place and takes the last value, as in JSON.parse.
			at := -1
			if index != nil {
				if i, ok := index[name]; ok {
					at = i
				}
			} else {
				for i := range members {
					if members[i].Name == name {
						at = i
						break
					}
				}
			}
			if at >= 0 {
				members[at].Value = value
			} else {
				if members == nil {
					members = make(Object, 0, 8)
				}
				members = append(members, Member{name, value})
				if index == nil && len(members) > 16 {
					index = make(map[string]int, 32)
					for i := range members {
						index[members[i].Name] = i
					}
				} else if index != nil {
					index[name] = len(members) - 1
				}
			}
		}
		p.space()
		if p.pos >= len(p.data) {
			return nil, errSyntax
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case '}':
			p.pos++
			if members == nil {
				members = Object{}
			}
			return members, nil
		default:
			return nil, errSyntax
		}
	}
}

func (p *jsonParser) array(depth int) (any, error) {
	p.pos++ // [
	p.space()
	items := []any{}
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return items, nil
	}
	for {
		value, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		items = append(items, value)
		p.space()
		if p.pos >= len(p.data) {
			return nil, errSyntax
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case ']':
			p.pos++
			return items, nil
		default:
			return nil, errSyntax
		}
	}
}

// skip checks the syntax of the array or object at pos without building it or recursing.
func (p *jsonParser) skip() error {
	var stack []byte
	for {
		p.space()
		if p.pos >= len(p.data) {
			return errSyntax
		}
		c := p.data[p.pos]
		switch {
		case c == '{' || c == '[':
			p.pos++
			p.space()
			if c == '{' {
				stack = append(stack, '}')
				if p.pos < len(p.data) && p.data[p.pos] == '}' {
					p.pos++
					stack = stack[:len(stack)-1]
					break
				}
				if err := p.key(); err != nil {
					return err
				}
				continue
			}
			stack = append(stack, ']')
			if p.pos < len(p.data) && p.data[p.pos] == ']' {
				p.pos++
				stack = stack[:len(stack)-1]
				break
			}
			continue
		case c == '"':
			if _, err := p.str(); err != nil {
				return err
			}
		default:
			if c == '}' || c == ']' || c == ',' || c == ':' {
				return errSyntax
			}
			if _, err := p.value(0); err != nil {
				return err
			}
		}
		// After a value: a comma, or the end of containers.
		for {
			if len(stack) == 0 {
				return nil
			}
			p.space()
			if p.pos >= len(p.data) {
				return errSyntax
			}
			c := p.data[p.pos]
			if c == stack[len(stack)-1] {
				p.pos++
				stack = stack[:len(stack)-1]
				continue
			}
			if c != ',' {
				return errSyntax
			}
			p.pos++
			if stack[len(stack)-1] == '}' {
				p.space()
				if err := p.key(); err != nil {
					return err
				}
			}
			break
		}
	}
}

// key reads `"name":` inside skip.
func (p *jsonParser) key() error {
	if p.pos >= len(p.data) || p.data[p.pos] != '"' {
		return errSyntax
	}
	if _, err := p.str(); err != nil {
		return err
	}
	p.space()
	if p.pos >= len(p.data) || p.data[p.pos] != ':' {
		return errSyntax
	}
	p.pos++
	return nil
}

func (p *jsonParser) number() (any, error) {
	start := p.pos
	d := p.data
	if d[p.pos] == '-' {
		p.pos++
	}
	if p.pos >= len(d) {
		return nil, errSyntax
	}
	if d[p.pos] == '0' {
		p.pos++
	} else if d[p.pos] >= '1' && d[p.pos] <= '9' {
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	} else {
		return nil, errSyntax
	}
	simple := true
	if p.pos < len(d) && d[p.pos] == '.' {
		simple = false
		p.pos++
		digits := p.pos
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
		if p.pos == digits {
			return nil, errSyntax
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		simple = false
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		digits := p.pos
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
		if p.pos == digits {
			return nil, errSyntax
		}
	}
	text := d[start:p.pos]
	if simple && len(text) < 16 {
		// Exact in a float64: no need for the general conversion.
		var n int64
		neg := text[0] == '-'
		digits := text
		if neg {
			digits = text[1:]
		}
		for i := 0; i < len(digits); i++ {
			n = n*10 + int64(digits[i]-'0')
		}
		if neg {
			if n == 0 {
				return math.Copysign(0, -1), nil
			}
			n = -n
		}
		return float64(n), nil
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return nil, errSyntax
	}
	return f, nil
}

func (p *jsonParser) str() (string, error) {
	p.pos++ // "
	start := p.pos
	d := p.data
	for p.pos < len(d) {
		c := d[p.pos]
		if c == '"' {
			// A part of the text read: no copy (the text is the reader's own).
			s := d[start:p.pos]
			p.pos++
			return s, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", errSyntax
		}
		p.pos++
	}
	var b strings.Builder
	b.Grow(p.pos - start + 16)
	b.WriteString(d[start:p.pos])
	for p.pos < len(d) {
		c := d[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c < 0x20:
			return "", errSyntax
		case c != '\\':
			b.WriteByte(c)
			p.pos++
			continue
		}
		p.pos++
		if p.pos >= len(d) {
			return "", errSyntax
		}
		e := d[p.pos]
		p.pos++
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", errSyntax
			}
			if r >= 0xD800 && r < 0xDC00 && p.pos+1 < len(d) && d[p.pos] == '\\' && d[p.pos+1] == 'u' {
				save := p.pos
				p.pos += 2
				low, ok := p.hex4()
				if ok && low >= 0xDC00 && low < 0xE000 {
					b.WriteRune(0x10000 + (r-0xD800)<<10 + (low - 0xDC00))
					continue
				}
				p.pos = save
			}
			writeWTF8(&b, r)
		default:
			return "", errSyntax
		}
	}
	return "", errSyntax
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.pos+4 > len(p.data) {
		return 0, false
	}
	var r rune
	for i := 0; i < 4; i++ {
		c := p.data[p.pos+i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	p.pos += 4
	return r, true
}

// writeWTF8 writes a code point, a lone surrogate as its 3-byte generalized UTF-8 form.
func writeWTF8(b *strings.Builder, r rune) {
	if r >= 0xD800 && r < 0xE000 {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// decodeUTF8 turns bytes into text as the WHATWG decoder (TextDecoder) does: a leading byte-order
// mark dropped, and each maximal ill-formed subsequence replaced by U+FFFD.
func decodeUTF8(data []byte) string {
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		data = data[3:]
	}
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + 8)
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lower = 0xA0
			} else if c == 0xED {
				upper = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lower = 0x90
			} else if c == 0xF4 {
				upper = 0x8F
			}
		default:
			b.WriteString("\uFFFD")
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(data) || data[j] < lower || data[j] > upper {
				ok = false
				break
			}
			lower, upper = 0x80, 0xBF
			j++
		}
		if !ok {
			b.WriteString("\uFFFD")
			i = j
			continue
		}
		b.Write(data[i:j])
		i = j
	}
	return b.String()
}

// appendJSON writes a value as JSON.stringify writes it.
func appendJSON(dst []byte, value any) []byte {
	switch v := value.(type) {
	case nil:
		return append(dst, "null"...)
	case bool:
		if v {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case float64:
		return appendNumber(dst, v)
	case int:
		return strconv.AppendInt(dst, int64(v), 10)
	case int64:
		return strconv.AppendInt(dst, v, 10)
	case string:
		return appendString(dst, v)
	case []any:
		dst = append(dst, '[')
		for i, item := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSON(dst, item)
		}
		return append(dst, ']')
	case Object:
		dst = append(dst, '{')
		first := true
		for _, m := range jsOrder(v) {
			if m.Name == "__proto__" {
				continue
			}
			if !first {
				dst = append(dst, ',')
			}
			first = false
			dst = appendString(dst, m.Name)
			dst = append(dst, ':')
			dst = appendJSON(dst, m.Value)
		}
		return append(dst, '}')
	case []Detail:
		dst = append(dst, '[')
		for i, item := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"field":`...)
			dst = appendString(dst, item.Field)
			dst = append(dst, `,"message":`...)
			dst = appendString(dst, item.Message)
			dst = append(dst, '}')
		}
		return append(dst, ']')
	}
	return append(dst, "null"...)
}

// arrayIndex reports whether name is a canonical array index, which JavaScript orders first.
func arrayIndex(name string) (uint64, bool) {
	if name == "" || len(name) > 10 || (len(name) > 1 && name[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(name, 10, 64)
	if err != nil || n >= 4294967295 {
		return 0, false
	}
	return n, true
}

// jsOrder returns members in JavaScript's own-key order: array indexes ascending, then the others
// in insertion order.
func jsOrder(o Object) Object {
	indexes := 0
	for i := range o {
		if c := o[i].Name; c != "" && c[0] >= '0' && c[0] <= '9' {
			if _, ok := arrayIndex(c); ok {
				indexes++
			}
		}
	}
	if indexes == 0 {
		return o
	}
	type indexed struct {
		n uint64
		m Member
	}
	first := make([]indexed, 0, indexes)
	for i := range o {
		if n, ok := arrayIndex(o[i].Name); ok {
			first = append(first, indexed{n, o[i]})
		}
	}
	sort.Slice(first, func(a, b int) bool { return first[a].n < first[b].n })
	out := make(Object, 0, len(o))
	for _, f := range first {
		out = append(out, f.m)
	}
	for i := range o {
		if _, ok := arrayIndex(o[i].Name); !ok {
			out = append(out, o[i])
		}
	}
	return out
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string the way JSON.stringify does: only `"`, `\`, control
// characters and lone surrogates escaped; everything else as itself.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x80 {
			i++
			continue
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				continue
			}
			dst = append(dst, s[start:i]...)
			// A lone surrogate in its WTF-8 form, escaped as JSON.stringify does; other bytes that
			// are not UTF-8 cannot come from JavaScript text, and are written as U+FFFD.
			if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
				r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				dst = append(dst, '\\', 'u', hexDigits[r>>12], hexDigits[(r>>8)&0xF], hexDigits[(r>>4)&0xF], hexDigits[r&0xF])
				i += 3
			} else {
				dst = append(dst, "\uFFFD"...)
				i++
			}
			start = i
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"':
			dst = append(dst, '\\', '"')
		case '\\':
			dst = append(dst, '\\', '\\')
		case '\b':
			dst = append(dst, '\\', 'b')
		case '\f':
			dst = append(dst, '\\', 'f')
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		i++
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendNumber writes a number as JavaScript's Number.prototype.toString does (null for NaN and
// the infinities, as JSON.stringify writes them).
func appendNumber(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, "null"...)
	}
	if f == 0 {
		return append(dst, '0')
	}
	if f == math.Trunc(f) && math.Abs(f) <= 1<<53 {
		// Exact, and so its shortest digits too.
		return strconv.AppendInt(dst, int64(f), 10)
	}
	if f < 0 {
		dst = append(dst, '-')
		f = -f
	}
	// Shortest round-trip digits and the decimal exponent.
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	mant, exp := e, 0
	for i := range e {
		if e[i] == 'e' {
			mant = e[:i]
			exp, _ = strconv.Atoi(string(e[i+1:]))
			break
		}
	}
	digits := make([]byte, 0, len(mant))
	for _, c := range mant {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	k := len(digits)
	n := exp + 1
	switch {
	case k <= n && n <= 21:
		dst = append(dst, digits...)
		for i := 0; i < n-k; i++ {
			dst = append(dst, '0')
		}
	case 0 < n && n <= 21:
		dst = append(dst, digits[:n]...)
		dst = append(dst, '.')
		dst = append(dst, digits[n:]...)
	case -6 < n && n <= 0:
		dst = append(dst, '0', '.')
		for i := 0; i < -n; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits...)
	default:
		dst = append(dst, digits[0])
		if k > 1 {
			dst = append(dst, '.')
			dst = append(dst, digits[1:]...)
		}
		dst = append(dst, 'e')
		if n-1 >= 0 {
			dst = append(dst, '+')
		}
		dst = strconv.AppendInt(dst, int64(n-1), 10)
	}
	return dst
}

// isSafeInteger is JavaScript's Number.isSafeInteger.
func isSafeInteger(value any) bool {
	f, ok := value.(float64)
	return ok && f == math.Trunc(f) && math.Abs(f) <= 9007199254740991
}

// DecodeJSON reads JSON text as JavaScript's JSON.parse does, into the values Result.Members
// holds (nil, bool, float64, string, []any, Object); a member named __proto__ is dropped.
func DecodeJSON(text string) (any, error) {
	v, _, err := parseJSON(strings.Clone(text), math.MaxInt)
	return v, err
}

// AppendJSON appends value as JSON.stringify writes it: no white space, only `"`, `\` and control
// characters escaped, everything else (`<`, `>`, `&`, U+2028, non-ASCII) as itself.
func AppendJSON(dst []byte, value any) []byte { return appendJSON(dst, value) }
