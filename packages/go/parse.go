package errata

import (
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Reason says why a response holds no error body.
type Reason string

// The reasons of a transport error.
const (
	// ReasonEmpty: no body at all.
	ReasonEmpty Reason = "empty"
	// ReasonNotJSON: not JSON, or JSON that is not an object (an HTML page from a proxy).
	ReasonNotJSON Reason = "not_json"
	// ReasonNotErrorBody: JSON, but in no dialect's shape, nor problem details with a code.
	ReasonNotErrorBody Reason = "not_error_body"
	// ReasonTooLarge: longer than the reading limit; the rest was not read.
	ReasonTooLarge Reason = "too_large"
	// ReasonTimeout: not read in time.
	ReasonTimeout Reason = "timeout"
	// ReasonUnreadable: the body could not be read.
	ReasonUnreadable Reason = "unreadable"
)

// Result is what a response says, whatever it holds: a known code whose members fit it, a code
// this version does not know (or whose members do not fit), or a transport error (no error body).
// It mirrors @errata/client's ParsedError.
type Result struct {
	// Known is whether the code is catalogued and the members fit it.
	Known bool
	// Code is the error's code; empty on a transport error.
	Code Code
	// Type is the error's type, when HasType: the body's, else the code's, else the status'.
	Type    Type
	HasType bool
	// Message is the error's message.
	Message string
	// Status is the response's status.
	Status int
	// Dialect is the shape the body was in (problem details read as Standard); empty on a
	// transport error.
	Dialect Dialect
	// RequestID is the request's ID, when HasRequestID: from the body, else the Request-Id or
	// X-Request-Id header.
	RequestID    string
	HasRequestID bool
	// RetryAfter is the whole seconds the server asked to wait, when HasRetryAfter: the body's
	// retry_after, else the Retry-After header (seconds or an HTTP-date).
	RetryAfter    int64
	HasRetryAfter bool
	// Reason is why the response holds no error body; empty unless a transport error.
	Reason Reason
	// Members are the error's other members, in the body's order: its fields, param, details,
	// doc_url and any unknown member.
	Members Object
}

// Transport reports whether the response held no error body.
func (r *Result) Transport() bool { return r.Reason != "" }

// Err returns the error the result stands for: the per-code type of a known code (match it with
// errors.As), an *UnknownError, or a *TransportError.
func (r *Result) Err() error {
	if r.Reason != "" {
		return &TransportError{Result: r}
	}
	if r.Known {
		if i, ok := codeIndex[r.Code]; ok {
			return decodeTyped(i, r)
		}
	}
	return &UnknownError{Result: r}
}

// Member returns the member named name of the error.
func (r *Result) Member(name string) (any, bool) { return r.Members.Get(name) }

// UnknownError is a well-formed error body whose code this version does not know (a newer
// server), or a known code whose members do not fit it.
type UnknownError struct{ *Result }

func (e *UnknownError) Error() string { return e.Message }

// TransportError is a response that holds no error body: only its status (and a type by status)
// can be trusted.
type TransportError struct{ *Result }

func (e *TransportError) Error() string { return e.Message }

// ReadOptions are the limits of reading a body.
type ReadOptions struct {
	// MaxBytes is the most bytes read; the catalogue's reading limit (256 KiB) when 0.
	MaxBytes int
	// Now is the clock for an HTTP-date Retry-After; time.Now when nil.
	Now func() time.Time
	// Timeout is the longest a response's body is read for (the rest is not read, and the result
	// is a timeout); 10 s when 0.
	Timeout time.Duration
}

func (o *ReadOptions) timeout() time.Duration {
	if o == nil || o.Timeout <= 0 {
		return 10 * time.Second
	}
	return o.Timeout
}

// readBounded reads at most max+1 bytes of body, for at most the options' timeout: a body still
// unread then is closed, which ends the read. The timer is stopped before it returns.
func readBounded(body io.ReadCloser, max int, options *ReadOptions) ([]byte, Reason) {
	var timedOut atomic.Bool
	timer := time.AfterFunc(options.timeout(), func() {
		timedOut.Store(true)
		body.Close()
	})
	data, err := io.ReadAll(io.LimitReader(body, int64(max)+1))
	stopped := timer.Stop()
	switch {
	case !stopped && timedOut.Load():
		return nil, ReasonTimeout
	case err != nil:
		return data, ReasonUnreadable
	}
	return data, ""
}

func (o *ReadOptions) max() int {
	if o == nil || o.MaxBytes <= 0 {
		return reading.MaxBytes
	}
	return o.MaxBytes
}

func (o *ReadOptions) now() time.Time {
	if o == nil || o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// Parse reads an error response from its status, headers and body bytes, in any dialect or as
// problem details, and returns the error it holds: see Result.Err. Never panics.
func Parse(status int, header http.Header, body []byte) error {
	return Read(status, header, body, nil).Err()
}

// Read is Parse's full result. options may be nil.
func Read(status int, header http.Header, body []byte, options *ReadOptions) (out *Result) {
	defer func() {
		if recover() != nil {
			out = transport(status, ReasonNotErrorBody, header, options)
		}
	}()
	if body == nil {
		return transport(status, ReasonEmpty, header, options)
	}
	if len(body) > options.max() {
		return transport(status, ReasonTooLarge, header, options)
	}
	// TextDecoder drops one byte-order mark, and the text's own is dropped after it.
	return readText(status, header, strings.TrimPrefix(decodeUTF8(body), "\uFEFF"), options)
}

// ReadText is Read of a body already decoded to text (a leading byte-order mark is dropped).
func ReadText(status int, header http.Header, text string, options *ReadOptions) (out *Result) {
	// The members read are parts of the text: a copy keeps them from holding the caller's memory.
	text = strings.Clone(text)
	defer func() {
		if recover() != nil {
			out = transport(status, ReasonNotErrorBody, header, options)
		}
	}()
	text = strings.TrimPrefix(text, "\uFEFF")
	if len(text) > options.max() {
		return transport(status, ReasonTooLarge, header, options)
	}
	return readText(status, header, text, options)
}

// ParseResponse reads at most the reading limit of resp's body, for at most 10 s, closes it, and
// returns the error it holds (see Parse).
func ParseResponse(resp *http.Response) error {
	return ReadResponse(resp, nil).Err()
}

// ReadResponse is ParseResponse's full result. options may be nil.
func ReadResponse(resp *http.Response, options *ReadOptions) *Result {
	max := options.max()
	if resp.Body == nil || resp.Body == http.NoBody {
		return Read(resp.StatusCode, resp.Header, []byte{}, options)
	}
	defer resp.Body.Close()
	if resp.ContentLength > int64(max) {
		return transport(resp.StatusCode, ReasonTooLarge, resp.Header, options)
	}
	data, reason := readBounded(resp.Body, max, options)
	if reason != "" {
		return transport(resp.StatusCode, reason, resp.Header, options)
	}
	return Read(resp.StatusCode, resp.Header, data, options)
}

// headerValue reads a header as fetch's Headers.get does: its values joined with ", " (a repeated
// Retry-After is then no delay at all, rather than the first of two).
func headerValue(h http.Header, name string) (string, bool) {
	if h == nil {
		return "", false
	}
	values, ok := h[http.CanonicalHeaderKey(name)]
	if !ok {
		// Headers set without canonical names.
		for key, v := range h {
			if strings.EqualFold(key, name) {
				values, ok = v, true
				break
			}
		}
	}
	switch {
	case !ok || len(values) == 0:
		return "", false
	case len(values) == 1:
		return values[0], true
	}
	return strings.Join(values, ", "), true
}

func requestIDHeader(h http.Header) (string, bool) {
	if v, ok := headerValue(h, "request-id"); ok {
		return v, true
	}
	return headerValue(h, "x-request-id")
}

func retryAfterHeader(h http.Header, options *ReadOptions) (int64, bool) {
	v, ok := headerValue(h, "retry-after")
	if !ok {
		return 0, false
	}
	if allDigits(v) {
		return secondsOfDigits(v)
	}
	return RetryAfterSeconds(v, options.now())
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func secondsOfDigits(s string) (int64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f > 9007199254740991 {
		return 0, false
	}
	return int64(f), true
}

// RetryAfterSeconds reads a Retry-After value: whole seconds, or an HTTP-date (the seconds from
// now until it, at least 0); anything else is not a delay.
func RetryAfterSeconds(value string, now time.Time) (int64, bool) {
	if allDigits(value) {
		return secondsOfDigits(value)
	}
	text := strings.Trim(value, " \t")
	if allDigits(text) {
		return secondsOfDigits(text)
	}
	at, ok := ParseHTTPDate(text, now)
	if !ok {
		return 0, false
	}
	ms := float64(at.UnixMilli() - now.UnixMilli())
	return int64(math.Max(0, math.Ceil(ms/1000))), true
}

var months = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func digitsAt(s string, at, n int) (int, bool) {
	if at+n > len(s) {
		return 0, false
	}
	v := 0
	for i := at; i < at+n; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func monthName(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z' && s[2] >= 'a' && s[2] <= 'z'
}

// ParseHTTPDate reads the three HTTP-date forms of RFC 9110 (section 5.6.7), and nothing else.
// now decides the century of a two-digit year.
func ParseHTTPDate(text string, now time.Time) (time.Time, bool) {
	var day, year, h, m, s int
	var month string
	ok := false
	short := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	long := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	// IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
	for _, name := range short {
		if rest, found := strings.CutPrefix(text, name+", "); found && len(rest) == 24 && rest[2] == ' ' && rest[6] == ' ' && rest[11] == ' ' && rest[14] == ':' && rest[17] == ':' && rest[20:] == " GMT" {
			var o1, o2, o3, o4, o5 bool
			day, o1 = digitsAt(rest, 0, 2)
			month = rest[3:6]
			year, o2 = digitsAt(rest, 7, 4)
			h, o3 = digitsAt(rest, 12, 2)
			m, o4 = digitsAt(rest, 15, 2)
			s, o5 = digitsAt(rest, 18, 2)
			ok = o1 && o2 && o3 && o4 && o5 && monthName(month)
		}
	}
	if !ok {
		// RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
		for _, name := range long {
			if rest, found := strings.CutPrefix(text, name+", "); found && len(rest) == 22 && rest[2] == '-' && rest[6] == '-' && rest[9] == ' ' && rest[12] == ':' && rest[15] == ':' && rest[18:] == " GMT" {
				var o1, o2, o3, o4, o5 bool
				day, o1 = digitsAt(rest, 0, 2)
				month = rest[3:6]
				year, o2 = digitsAt(rest, 7, 2)
				h, o3 = digitsAt(rest, 10, 2)
				m, o4 = digitsAt(rest, 13, 2)
				s, o5 = digitsAt(rest, 16, 2)
				ok = o1 && o2 && o3 && o4 && o5 && monthName(month)
				if ok {
					year += 2000
					if year > now.UTC().Year()+50 {
						year -= 100
					}
				}
			}
		}
	}
	if !ok {
		// asctime: Sun Nov  6 08:49:37 1994
		for _, name := range short {
			if rest, found := strings.CutPrefix(text, name+" "); found && len(rest) == 20 && rest[3] == ' ' && rest[6] == ' ' && rest[9] == ':' && rest[12] == ':' && rest[15] == ' ' {
				var o1, o2, o3, o4, o5 bool
				month = rest[0:3]
				dayText := rest[4:6]
				if dayText[0] == ' ' {
					day, o1 = digitsAt(dayText, 1, 1)
				} else {
					day, o1 = digitsAt(dayText, 0, 2)
				}
				h, o2 = digitsAt(rest, 7, 2)
				m, o3 = digitsAt(rest, 10, 2)
				s, o4 = digitsAt(rest, 13, 2)
				year, o5 = digitsAt(rest, 16, 4)
				ok = o1 && o2 && o3 && o4 && o5 && monthName(month)
			}
		}
	}
	if !ok {
		return time.Time{}, false
	}
	monthIndex := -1
	for i, name := range months {
		if name == month {
			monthIndex = i
		}
	}
	if monthIndex < 0 || h > 23 || m > 59 || s > 60 {
		return time.Time{}, false
	}
	date := time.Date(year, time.Month(monthIndex+1), day, 0, 0, 0, 0, time.UTC)
	if day < 1 || date.Day() != day {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(monthIndex+1), day, h, m, min(s, 59), 0, time.UTC), true
}

func transport(status int, reason Reason, h http.Header, options *ReadOptions) *Result {
	out := &Result{
		Type:    typeOfStatus(status),
		Message: "The HTTP " + strconv.Itoa(status) + " response holds no error body (" + string(reason) + ").",
		Reason:  reason,
		Status:  status,
	}
	out.HasType = out.Type != ""
	out.RequestID, out.HasRequestID = requestIDHeader(h)
	out.RetryAfter, out.HasRetryAfter = retryAfterHeader(h, options)
	return out
}

func isBlank(text string) bool {
	for _, r := range text {
		if !isJSSpace(r) {
			return false
		}
	}
	return true
}

// objectStart reports whether text is JavaScript white space and then "{".
func objectStart(text string) bool {
	for _, r := range text {
		if r == '{' {
			return true
		}
		if !isJSSpace(r) {
			return false
		}
	}
	return false
}

func seconds(value any) (int64, bool) {
	f, ok := value.(float64)
	if !ok || !isSafeInteger(f) || f < 0 {
		return 0, false
	}
	return int64(f), true
}

func readText(status int, h http.Header, text string, options *ReadOptions) *Result {
	if len(text) == 0 || (text[0] != '{' && !objectStart(text)) {
		if isBlank(text) {
			return transport(status, ReasonEmpty, h, options)
		}
		return transport(status, ReasonNotJSON, h, options)
	}
	value, tooDeep, err := parseJSON(text, reading.MaxDepth)
	if err != nil {
		return transport(status, ReasonNotJSON, h, options)
	}
	body, ok := value.(Object)
	if !ok {
		return transport(status, ReasonNotErrorBody, h, options)
	}
	if tooDeep {
		return transport(status, ReasonNotErrorBody, h, options)
	}
	errValue, hasError := body.Get("error")
	if _, isObject := errValue.(Object); !isObject {
		if match, ok := matchLegacy(body, status); ok {
			return fromLegacy(body, match, status, h, options)
		}
	}
	var errObj Object
	problem := false
	if !hasError {
		if detail, ok := body.Get("detail"); ok {
			if _, ok := detail.(string); ok {
				problem = true
				errObj = fromProblem(body, status)
			}
		}
	}
	if !problem {
		errObj, ok = errValue.(Object)
		if !ok {
			return transport(status, ReasonNotErrorBody, h, options)
		}
	}
	codeValue, _ := errObj.Get("code")
	code, isString := codeValue.(string)
	messageValue, _ := errObj.Get("message")
	message, messageOK := messageValue.(string)
	_, catalogued := codeIndex[Code(code)]
	catalogued = catalogued && isString
	if !messageOK || !isString || !(catalogued || compiledPattern(codePatternIndex).MatchString(code)) {
		return transport(status, ReasonNotErrorBody, h, options)
	}
	out := &Result{Code: Code(code), Message: message, Status: status, Dialect: Standard}
	typeValue, _ := errObj.Get("type")
	if t, ok := typeValue.(string); ok {
		out.Type, out.HasType = Type(t), true
	} else {
		out.Type = typeOfStatus(status)
		out.HasType = out.Type != ""
	}
	if catalogued {
		info := &codeTable[codeIndex[Code(code)]]
		t, _ := typeValue.(string)
		out.Known = t == string(info.Type) && fitsFields(info, errObj, message)
	}
	out.Members = ownMembers(errObj, len(errObj))
	if id, ok := body.Get("request_id"); ok {
		if s, ok := id.(string); ok {
			out.RequestID, out.HasRequestID = s, true
		}
	}
	if !out.HasRequestID {
		out.RequestID, out.HasRequestID = requestIDHeader(h)
	}
	ra, _ := errObj.Get("retry_after")
	if out.RetryAfter, out.HasRetryAfter = seconds(ra); !out.HasRetryAfter {
		out.RetryAfter, out.HasRetryAfter = retryAfterHeader(h, options)
	}
	return out
}

// resultOwn are the members a result sets itself: a body's member of the same name is not copied.
func resultOwn(name string) bool {
	switch name {
	case "type", "code", "message", "known", "status", "dialect", "request_id", "retry_after", "reason", "body",
		"constructor", "prototype", "__proto__":
		return true
	}
	return false
}

func ownMembers(o Object, capacity int) Object {
	out := make(Object, 0, capacity)
	for _, m := range o {
		if !resultOwn(m.Name) {
			out = append(out, m)
		}
	}
	return out
}

// fromProblem is the error object of RFC 9457 problem details.
func fromProblem(problem Object, status int) Object {
	errObj := make(Object, 0, len(problem)+2)
	for _, m := range problem {
		switch m.Name {
		case "type", "title", "status", "detail", "instance", "request_id", "__proto__", "constructor", "prototype":
			continue
		}
		errObj = append(errObj, m)
	}
	code, _ := problem.Get("code")
	if s, ok := code.(string); ok {
		if i, ok := codeIndex[Code(s)]; ok {
			errObj = set(errObj, "type", string(codeTable[i].Type))
		} else {
			errObj = set(errObj, "type", problemType(status))
		}
	} else {
		errObj = set(errObj, "type", problemType(status))
	}
	detail, _ := problem.Get("detail")
	errObj = set(errObj, "message", detail)
	if t, ok := problem.Get("type"); ok {
		if s, ok := t.(string); ok && (strings.HasPrefix(s, "http:") || strings.HasPrefix(s, "https:")) {
			errObj = set(errObj, "doc_url", s)
		}
	}
	return errObj
}

func problemType(status int) any {
	if t := typeOfStatus(status); t != "" {
		return string(t)
	}
	return nil
}

// genericCode is the code of a body the API sent without one: by its status and exact message,
// else the status' only generic code.
func genericCode(d *DialectInfo, status int, message string) (Code, bool) {
	byMessage, ok := d.GenericCodes[status]
	if !ok {
		return "", false
	}
	if code, ok := byMessage[message]; ok {
		return code, true
	}
	var only Code
	for _, code := range byMessage {
		if only != "" && code != only {
			return "", false
		}
		only = code
	}
	return only, only != ""
}

// legacyMatch is which legacy dialect a body is in, and what it says its code is.
type legacyMatch struct {
	dialect    *DialectInfo
	code       any
	sentStatus float64
	hasSent    bool
}

// matchLegacy finds the legacy dialect of body from the dialects' data alone: a dialect whose
// constant member holds its value wins; else the dialects whose code member holds a string, told
// apart by tieBreak.
func matchLegacy(body Object, responseStatus int) (legacyMatch, bool) {
	var candidates []*DialectInfo
	for i := range dialectTable {
		d := &dialectTable[i]
		if d.FieldsIn == "error" {
			continue
		}
		if d.ConstantMember != "" {
			if v, _ := body.Get(d.ConstantMember); v == any(d.ConstantValue) {
				return withCode(body, responseStatus, d), true
			}
			continue
		}
		if v, _ := body.Get(d.Code); v != nil {
			if _, ok := v.(string); ok {
				candidates = append(candidates, d)
			}
		}
	}
	if len(candidates) == 0 {
		return legacyMatch{}, false
	}
	chosen := candidates[0]
	if len(candidates) > 1 {
		code, _ := body.Get(candidates[0].Code)
		chosen = tieBreak(body, candidates, code)
	}
	code, _ := body.Get(chosen.Code)
	return legacyMatch{dialect: chosen, code: code}, true
}

func tieBreak(body Object, candidates []*DialectInfo, code any) *DialectInfo {
	if s, ok := code.(string); ok {
		if info := Lookup(Code(s)); info != nil {
			var sending []*DialectInfo
			for _, c := range candidates {
				if sends(info, c.Name) {
					sending = append(sending, c)
				}
			}
			if len(sending) == 1 {
				return sending[0]
			}
		}
	}
	ordered := jsOrder(body)
	for _, m := range ordered {
		var listing []*DialectInfo
		for _, c := range candidates {
			if contains(c.Members, m.Name) {
				listing = append(listing, c)
			}
		}
		if len(listing) == 1 && len(listing) < len(candidates) {
			return listing[0]
		}
	}
	for _, m := range ordered {
		for _, c := range candidates {
			if len(c.Members) > 0 && c.Members[0] == m.Name {
				return c
			}
		}
	}
	return candidates[0]
}

func withCode(body Object, responseStatus int, d *DialectInfo) legacyMatch {
	match := legacyMatch{dialect: d}
	if d.Status != "" {
		sent, _ := body.Get(d.Status)
		if f, ok := sent.(float64); ok && isSafeInteger(f) {
			match.sentStatus, match.hasSent = f, true
		}
	}
	code, present := body.Get(d.Code)
	message, isString := func() (string, bool) { v, _ := body.Get("message"); s, ok := v.(string); return s, ok }()
	if (!present || code == nil) && d.CodeOptional && isString {
		code = nil
		status, ok := responseStatus, true
		if d.Status != "" {
			status, ok = int(match.sentStatus), match.hasSent
		}
		if ok {
			if c, found := genericCode(d, status, message); found {
				code = string(c)
			}
		}
	}
	match.code = code
	return match
}

// legacyOwn are the members a legacy body never gives as fields.
func legacyOwn(name string) bool {
	switch name {
	case "type", "code", "reason", "__proto__", "constructor", "prototype":
		return true
	}
	return false
}

func fromLegacy(body Object, match legacyMatch, status int, h http.Header, options *ReadOptions) *Result {
	d := match.dialect
	messageValue, _ := body.Get("message")
	message, messageOK := messageValue.(string)
	if !messageOK || (d.Status != "" && !match.hasSent) {
		return transport(status, ReasonNotErrorBody, h, options)
	}
	code, isString := match.code.(string)
	i, catalogued := codeIndex[Code(code)]
	catalogued = catalogued && isString
	if !isString || !(catalogued || compiledPattern(codePatternIndex).MatchString(code)) {
		return transport(status, ReasonNotErrorBody, h, options)
	}
	if status == 0 && match.hasSent {
		status = int(match.sentStatus)
	}
	out := &Result{Code: Code(code), Message: message, Status: status, Dialect: d.Name}
	var info *CodeInfo
	if catalogued {
		info = &codeTable[i]
		out.Type = info.Type
	} else {
		out.Type = typeOfStatus(status)
	}
	out.HasType = out.Type != ""
	// The members beside the envelope's, as the fit check reads them (before the result's own
	// members are set), then without the result's own.
	candidates := make(Object, 0, len(body))
	for _, m := range body {
		if legacyOwn(m.Name) {
			continue
		}
		envelope := false
		for k, member := range d.Members {
			if member == m.Name && d.Roles[k] != "field" {
				envelope = true
				break
			}
		}
		if !envelope {
			candidates = append(candidates, m)
		}
	}
	if info != nil {
		out.Known = fitsFields(info, candidates, message)
	}
	// The result's own members out, in place.
	kept := candidates[:0]
	for _, m := range candidates {
		if !resultOwn(m.Name) {
			kept = append(kept, m)
		}
	}
	out.Members = kept
	if v, ok := requestIDHeader(h); ok {
		out.RequestID, out.HasRequestID = v, true
	} else if id, ok := body.Get("request_id"); ok {
		if s, ok := id.(string); ok {
			out.RequestID, out.HasRequestID = s, true
		}
	}
	ra, _ := body.Get("retry_after")
	if out.RetryAfter, out.HasRetryAfter = seconds(ra); !out.HasRetryAfter {
		out.RetryAfter, out.HasRetryAfter = retryAfterHeader(h, options)
	}
	return out
}
