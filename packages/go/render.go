package errata

import (
	"crypto/rand"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Content types of an error response.
const (
	JSONContentType    = "application/json; charset=utf-8"
	ProblemContentType = "application/problem+json"
)

// Form is the form of an error body: FormJSON (the dialect's) or FormProblem (RFC 9457).
type Form string

// The forms.
const (
	FormJSON    Form = "json"
	FormProblem Form = "problem"
)

// RenderOptions says how to write an error response.
type RenderOptions struct {
	// Dialect is the API's shape to write; Standard when empty or not a dialect.
	Dialect Dialect
	// Accept is the request's Accept header: problem details are sent when it weighs
	// application/problem+json above application/json.
	Accept string
	// Form forces a form instead of negotiating it from Accept.
	Form Form
	// RequestID is the request's X-Request-Id: used when well formed, else a new ID is made.
	RequestID string
	// Now is the clock for a delay derived from a reset time; time.Now when nil.
	Now func() time.Time
}

// Rendered is an error response, ready to send.
type Rendered struct {
	Status int
	// ContentType is the Content-Type header.
	ContentType string
	// RequestID is the Request-Id header (and, in the standard dialect, the body's request_id).
	RequestID string
	// RetryAfter is the Retry-After header in whole seconds, when HasRetryAfter.
	RetryAfter    int64
	HasRetryAfter bool
	// Body is the body, byte for byte what the TypeScript server sends.
	Body []byte
	// Code is the code sent: internal_error when the error was not a catalogued one (Unexpected).
	Code       Code
	Unexpected bool
	Dialect    Dialect
}

// Header returns the contract's headers: Content-Type, Request-Id and, when the error has a
// delay, Retry-After.
func (r *Rendered) Header() http.Header {
	h := http.Header{"Content-Type": {r.ContentType}, "Request-Id": {r.RequestID}}
	if r.HasRetryAfter {
		h["Retry-After"] = []string{strconv.FormatInt(r.RetryAfter, 10)}
	}
	return h
}

// Render writes err as an error response. A catalogued error (a per-code type, or an *Error from
// New, anywhere in err's chain) is sent as itself; anything else, or a catalogued error whose
// fields do not fit its code, is sent as internal_error with the catalogue's message, so that its
// own message never reaches the wire. Never panics.
func Render(err error, options RenderOptions) (out Rendered) {
	defer func() {
		if recover() != nil {
			out = renderFallback(options)
		}
	}()
	requestID := options.RequestID
	if !IsRequestID(requestID) {
		requestID = NewRequestID()
	}
	dialect := options.Dialect
	if LookupDialect(dialect) == nil {
		dialect = Standard
	}
	w, unexpected := wireOf(err)
	info := &codeTable[w.index]
	message := w.message
	form := options.Form
	if form != FormJSON && form != FormProblem {
		form = PreferredForm(options.Accept)
	}
	out = Rendered{Status: info.Status, RequestID: requestID, Code: info.Code, Unexpected: unexpected, Dialect: dialect}
	out.RetryAfter, out.HasRetryAfter = retryAfterOf(info, w.fields, options.Now)
	if form == FormProblem {
		out.ContentType = ProblemContentType
		out.Body = problemBody(info, w.fields, message, requestID, out.RetryAfter, out.HasRetryAfter)
		return out
	}
	out.ContentType = JSONContentType
	if dialect == Standard {
		out.Body = standardBody(make([]byte, 0, 160+len(message)+len(info.DocURL)+32*len(w.fields)), info, w.fields, message, requestID, out.RetryAfter, out.HasRetryAfter)
	} else {
		out.Body = legacyBody(info, dialect, w.fields, message, requestID, out.RetryAfter, out.HasRetryAfter)
	}
	return out
}

var internalIndex = func() int {
	i, ok := codeIndex["internal_error"]
	if !ok {
		panic("errata: the catalogue has no internal_error")
	}
	return i
}()

// wireOf is the catalogued error to send for err, and whether it had to stand in for another.
// The message of the returned error is rendered.
func wireOf(err error) (wireError, bool) {
	c, ok := err.(Catalogued)
	if !ok {
		c, ok = As(err)
	}
	if !ok {
		return wireError{index: internalIndex, cause: err, message: codeTable[internalIndex].Message}, true
	}
	var w wireError
	if e, made := c.(*Error); made {
		w = e.wireOf()
		if e.rendered != "" {
			return w, false
		}
	} else if w, ok = typedWire(c); !ok {
		return wireError{index: internalIndex, cause: err, message: codeTable[internalIndex].Message}, true
	}
	// The per-code types hold their fields as the wire has them; their values are checked here.
	message, problem := checkFields(w.index, w.fields, w.message, w.message != "", w.trusted)
	if problem != nil {
		return wireError{index: internalIndex, cause: err, message: codeTable[internalIndex].Message}, true
	}
	w.message = message
	return w, false
}

func renderFallback(options RenderOptions) Rendered {
	info := &codeTable[internalIndex]
	id := NewRequestID()
	return Rendered{
		Status: info.Status, ContentType: JSONContentType, RequestID: id, Code: info.Code, Unexpected: true,
		Dialect: Standard, Body: standardBody(nil, info, nil, info.Message, id, 0, false),
	}
}

// retryAfterOf is the delay of an error: its retry_after field, else the seconds until the reset
// time it carries, else the code's default.
func retryAfterOf(info *CodeInfo, fields []Field, now func() time.Time) (int64, bool) {
	if v, ok := fieldValue(fields, "retry_after"); ok {
		switch n := v.(type) {
		case float64:
			return int64(n), true
		case int64:
			return n, true
		}
	}
	if info.RetryAfterFrom != "" {
		if v, ok := fieldValue(fields, info.RetryAfterFrom); ok {
			if s, ok := v.(string); ok {
				if at, err := time.Parse(time.RFC3339Nano, s); err == nil {
					t := time.Now()
					if now != nil {
						t = now()
					}
					ms := float64(at.UnixMilli() - t.UnixMilli())
					return int64(math.Max(1, math.Ceil(ms/1000))), true
				}
			}
		}
	}
	return info.RetryAfter, info.HasRetryAfter
}

// needsRetryAfter reports whether the wire fields add the default delay as retry_after.
func needsRetryAfter(info *CodeInfo, fields []Field, has bool) bool {
	if !info.hasRetryAfterField || !has {
		return false
	}
	v, ok := fieldValue(fields, "retry_after")
	return !ok || v == nil
}

func standardBody(b []byte, info *CodeInfo, fields []Field, message, requestID string, retryAfter int64, has bool) []byte {
	b = append(b, `{"error":{"type":`...)
	b = appendString(b, string(info.Type))
	b = append(b, `,"code":`...)
	b = appendString(b, string(info.Code))
	b = append(b, `,"message":`...)
	b = appendString(b, message)
	for _, f := range jsOrder(fields) {
		b = append(b, ',')
		b = appendString(b, f.Name)
		b = append(b, ':')
		b = appendJSON(b, f.Value)
	}
	if needsRetryAfter(info, fields, has) {
		b = append(b, `,"retry_after":`...)
		b = strconv.AppendInt(b, retryAfter, 10)
	}
	b = append(b, `,"doc_url":`...)
	b = appendString(b, info.DocURL)
	b = append(b, `},"request_id":`...)
	b = appendString(b, requestID)
	return append(b, '}')
}

// set gives name a value: in place when the object has it, else at the end (as JavaScript does).
func set(o Object, name string, value any) Object {
	for i := range o {
		if o[i].Name == name {
			o[i].Value = value
			return o
		}
	}
	return append(o, Member{name, value})
}

func wireFields(info *CodeInfo, fields []Field, retryAfter int64, has bool) []Field {
	if !needsRetryAfter(info, fields, has) {
		return fields
	}
	out := make([]Field, 0, len(fields)+1)
	out = append(out, fields...)
	return set(out, "retry_after", float64(retryAfter))
}

func problemBody(info *CodeInfo, fields []Field, message, requestID string, retryAfter int64, has bool) []byte {
	o := make(Object, 0, 8+len(fields))
	o = append(o,
		Member{"type", info.DocURL}, Member{"title", info.Title}, Member{"status", float64(info.Status)},
		Member{"detail", message}, Member{"instance", problemInstancePrefix + requestID},
		Member{"code", string(info.Code)}, Member{"request_id", requestID})
	for _, f := range jsOrder(wireFields(info, fields, retryAfter, has)) {
		o = set(o, f.Name, f.Value)
	}
	return appendJSON(make([]byte, 0, 256), o)
}

func legacyBody(info *CodeInfo, dialect Dialect, fields []Field, message, requestID string, retryAfter int64, has bool) []byte {
	d := LookupDialect(dialect)
	if d.RetryAfterMember {
		fields = wireFields(info, fields, retryAfter, has)
	}
	withoutCode := false
	if d.CodeOptional {
		if byMessage, ok := d.GenericCodes[info.Status]; ok && byMessage[message] == info.Code {
			withoutCode = true
		}
	}
	fields = jsOrder(fields)
	// The error as the standard dialect's error object has it: type, code, message, then the fields.
	valueOf := func(name string) (any, bool) {
		if v, ok := fieldValue(fields, name); ok {
			return v, true
		}
		switch name {
		case "type":
			return string(info.Type), true
		case "code":
			return string(info.Code), true
		case "message":
			return message, true
		}
		return nil, false
	}
	b := make([]byte, 0, 96+len(message)+32*len(fields))
	b = append(b, '{')
	var written [8]string
	n := 0
	member := func(name string) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = appendString(b, name)
		b = append(b, ':')
		if n < len(written) {
			written[n] = name
		}
		n++
	}
	wrote := func(name string) bool {
		for k := 0; k < n && k < len(written); k++ {
			if written[k] == name {
				return true
			}
		}
		return false
	}
	for i, name := range d.Members {
		if wrote(name) {
			continue
		}
		switch d.Roles[i] {
		case "constant":
			member(name)
			b = appendString(b, d.ConstantValue)
		case "code":
			if !withoutCode {
				member(name)
				b = appendString(b, string(info.Code))
			}
		case "message":
			member("message")
			b = appendString(b, message)
		case "status":
			member(name)
			b = strconv.AppendInt(b, int64(info.Status), 10)
		default:
			if v, ok := valueOf(name); ok {
				member(name)
				b = appendJSON(b, v)
			}
		}
	}
	for _, f := range fields {
		switch f.Name {
		case "type", "code", "message", "doc_url":
			continue
		}
		if !wrote(f.Name) {
			member(f.Name)
			b = appendJSON(b, f.Value)
		}
	}
	return append(b, '}')
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// NewRequestID returns a new request ID: req_ and 24 base62 characters from crypto/rand.
func NewRequestID() string {
	id := make([]byte, 0, 28)
	id = append(id, "req_"...)
	var buf [32]byte
	for len(id) < 28 {
		_, _ = rand.Read(buf[:])
		for _, c := range buf {
			if c < 248 && len(id) < 28 {
				id = append(id, base62[c%62])
			}
		}
	}
	return string(id)
}

// The request ID pattern read once: the common form `^prefix[A-Za-z0-9]{min,max}$` is checked
// without a regular expression.
var requestIDForm = func() (form struct {
	ok       bool
	prefix   string
	min, max int
}) {
	m := regexp.MustCompile(`^\^([A-Za-z0-9_]*)\[A-Za-z0-9\]\{([0-9]+),([0-9]+)\}\$$`).FindStringSubmatch(reading.RequestIDPattern)
	if m == nil {
		return form
	}
	form.prefix = m[1]
	form.min, _ = strconv.Atoi(m[2])
	form.max, _ = strconv.Atoi(m[3])
	form.ok = true
	return form
}()

// IsRequestID reports whether id is a well-formed request ID (req_ and 12 to 128 base62 characters).
func IsRequestID(id string) bool {
	f := &requestIDForm
	if !f.ok {
		return compiledPattern(requestIDPatternIndex).MatchString(id)
	}
	rest, found := strings.CutPrefix(id, f.prefix)
	if !found || len(rest) < f.min || len(rest) > f.max {
		return false
	}
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// PreferredForm is the form an Accept header prefers: FormProblem when it weighs
// application/problem+json above application/json (RFC 9110 section 12.5.1), else FormJSON.
func PreferredForm(accept string) Form {
	if accept == "" || !strings.Contains(strings.ToLower(accept), "problem") {
		return FormJSON
	}
	ranges := parseAccept(accept)
	if weightOf(ranges, "application", "problem+json") > weightOf(ranges, "application", "json") {
		return FormProblem
	}
	return FormJSON
}

type mediaRange struct {
	typ, subtype string
	q            float64
}

const maxRanges = 32
const maxParams = 8

func splitQuoted(text string, sep byte, limit int) []string {
	var parts []string
	start := 0
	quoted := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if quoted {
			if c == '\\' {
				i++
			} else if c == '"' {
				quoted = false
			}
		} else if c == '"' {
			quoted = true
		} else if c == sep {
			parts = append(parts, text[start:i])
			start = i + 1
			if len(parts) == limit {
				return parts
			}
		}
	}
	return append(parts, text[start:])
}

// jsTrim is String.prototype.trim: JavaScript's white space and line terminators.
func jsTrim(s string) string {
	return strings.TrimFunc(s, isJSSpace)
}

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func validQ(v string) bool {
	if v == "" {
		return false
	}
	if v[0] == '0' {
		rest := v[1:]
		if rest == "" {
			return true
		}
		if rest[0] != '.' || len(rest) > 4 {
			return false
		}
		for i := 1; i < len(rest); i++ {
			if rest[i] < '0' || rest[i] > '9' {
				return false
			}
		}
		return true
	}
	if v[0] == '1' {
		rest := v[1:]
		if rest == "" {
			return true
		}
		if rest[0] != '.' || len(rest) > 4 {
			return false
		}
		for i := 1; i < len(rest); i++ {
			if rest[i] != '0' {
				return false
			}
		}
		return true
	}
	return false
}

func parseAccept(header string) []mediaRange {
	var ranges []mediaRange
	for _, part := range splitQuoted(header, ',', maxRanges) {
		pieces := splitQuoted(part, ';', maxParams+1)
		media := pieces[0]
		slash := strings.IndexByte(media, '/')
		if slash < 0 {
			continue
		}
		typ := strings.ToLower(jsTrim(media[:slash]))
		subtype := strings.ToLower(jsTrim(media[slash+1:]))
		if typ == "" || subtype == "" || (typ == "*" && subtype != "*") {
			continue
		}
		q := 1.0
		valid := true
		for _, param := range pieces[1:] {
			eq := strings.IndexByte(param, '=')
			if eq < 0 || strings.ToLower(jsTrim(param[:eq])) != "q" {
				continue
			}
			value := jsTrim(param[eq+1:])
			if validQ(value) {
				q, _ = strconv.ParseFloat(value, 64)
			} else {
				valid = false
			}
		}
		if valid {
			ranges = append(ranges, mediaRange{typ, subtype, q})
		}
	}
	return ranges
}

func weightOf(ranges []mediaRange, typ, subtype string) float64 {
	best := -1
	q := 0.0
	for _, r := range ranges {
		specificity := -1
		switch {
		case r.typ == typ && r.subtype == subtype:
			specificity = 2
		case r.typ == typ && r.subtype == "*":
			specificity = 1
		case r.typ == "*" && r.subtype == "*":
			specificity = 0
		}
		if specificity > best || (specificity == best && specificity >= 0 && r.q > q) {
			best = specificity
			q = r.q
		}
	}
	if best < 0 {
		return 0
	}
	return q
}
