package errata

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Catalogued is an error of a catalogued code: one of the per-code types (OutboundLimitReached)
// or an *Error made by New. Match it with errors.As to render any of them.
type Catalogued interface {
	error
	Code() Code
}

// wireError is what rendering needs of a catalogued error.
type wireError struct {
	index   int
	fields  []Field
	message string
	cause   error
	// trusted: the field names come from the code's own type (no unknown or repeated name).
	trusted bool
}

// Error is a catalogued error built from a code and fields named at run time, by New: the form
// for fields that come from data. The per-code types are the form for code.
type Error struct {
	code     Code
	index    int
	fields   []Field
	message  string
	rendered string
	cause    error
}

// Code returns the error's code.
func (e *Error) Code() Code { return e.code }

// Error returns the message: the one given, else the code's template rendered with the fields.
func (e *Error) Error() string {
	if e.rendered != "" {
		return e.rendered
	}
	return messageOf(e.index, e.message, e.fields)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.cause }

// Fields returns the fields, in the order they are written.
func (e *Error) Fields() []Field { return append([]Field(nil), e.fields...) }

func (e *Error) wireOf() wireError {
	message := e.rendered
	if message == "" {
		message = e.message
	}
	return wireError{index: e.index, fields: e.fields, message: message, cause: e.cause}
}

// FieldError says why New refused fields: they do not fit the code.
type FieldError struct {
	Code     Code
	Problems []string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("errata.New(%q): %s", string(e.Code), strings.Join(e.Problems, "; "))
}

// Option changes an error made by New.
type Option func(*Error)

// WithMessage replaces the message rendered from the catalogue's template.
func WithMessage(message string) Option { return func(e *Error) { e.message = message } }

// WithCause keeps the underlying error, for logs; it never reaches the wire.
func WithCause(cause error) Option { return func(e *Error) { e.cause = cause } }

// New returns the error of code with fields (param, details and the code's own, written in this
// order), checked against the catalogue: an unknown code, an unknown field or a value that does
// not fit gives a *FieldError. A field's value is a string, a whole number (any Go integer type,
// or a float64 holding one), []Detail, or JSON values as Parse gives them.
func New(code Code, fields []Field, options ...Option) (*Error, error) {
	i, ok := codeIndex[code]
	if !ok {
		return nil, &FieldError{Code: code, Problems: []string{"unknown error code"}}
	}
	e := &Error{code: code, index: i, fields: normalizeFields(fields)}
	for k, f := range e.fields {
		copied, err := copyValue(f.Value, 0)
		if err != nil {
			return nil, &FieldError{Code: code, Problems: []string{fmt.Sprintf("%s: nested more than %d levels deep", f.Name, maxFieldDepth)}}
		}
		e.fields[k].Value = copied
	}
	for _, option := range options {
		option(e)
	}
	message, err := checkRaise(i, e.fields, e.message, e.message != "")
	if err != nil {
		return nil, err
	}
	e.rendered = message
	return e, nil
}

// MustNew is New that panics on fields that do not fit: for fields fixed in code.
func MustNew(code Code, fields []Field, options ...Option) *Error {
	e, err := New(code, fields, options...)
	if err != nil {
		panic(err)
	}
	return e
}

// maxFieldDepth is how deep a field's value may nest: far beyond any field of the catalogue.
const maxFieldDepth = 32

var errTooDeep = errors.New("too deep")

// copyValue copies a nested value (arrays and objects member by member), so that the caller's
// value, changed after raising, cannot change the body without its being checked again; a value
// nested maxFieldDepth levels deep is refused.
func copyValue(value any, depth int) (any, error) {
	switch v := value.(type) {
	case []any:
		if depth >= maxFieldDepth {
			return nil, errTooDeep
		}
		out := make([]any, len(v))
		for i, item := range v {
			c, err := copyValue(item, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case Object:
		if depth >= maxFieldDepth {
			return nil, errTooDeep
		}
		out := make(Object, len(v))
		for i, m := range v {
			c, err := copyValue(m.Value, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = Member{m.Name, c}
		}
		return out, nil
	case []Detail:
		return append([]Detail(nil), v...), nil
	}
	return value, nil
}

func normalizeFields(fields []Field) []Field {
	out := make([]Field, 0, len(fields))
	for _, f := range fields {
		// A nil pointer is a field left out; a nil value is JSON's null.
		if p, ok := f.Value.(*int64); ok && p == nil {
			continue
		}
		if p, ok := f.Value.(*string); ok && p == nil {
			continue
		}
		out = append(out, Field{f.Name, normalize(f.Value)})
	}
	return out
}

// normalize turns Go values into the JSON values this package works with (whole numbers of Go's
// integer types are kept as int64).
func normalize(value any) any {
	switch v := value.(type) {
	case int:
		return int64(v)
	case int8:
		return int64(v)
	case int16:
		return int64(v)
	case int32:
		return int64(v)
	case uint:
		return normalize(uint64(v))
	case uint8:
		return int64(v)
	case uint16:
		return int64(v)
	case uint32:
		return int64(v)
	case uint64:
		if v > math.MaxInt64 {
			return float64(v)
		}
		return int64(v)
	case float32:
		return float64(v)
	case *int64:
		if v == nil {
			return nil
		}
		return *v
	case *string:
		if v == nil {
			return nil
		}
		return *v
	case []string:
		items := make([]any, len(v))
		for i := range v {
			items[i] = v[i]
		}
		return items
	}
	return value
}

// checkRaise checks fields and the message against the code's checks, as createError does, and
// returns the message.
func checkRaise(index int, fields []Field, message string, override bool) (string, error) {
	return checkFields(index, fields, message, override, false)
}

func checkFields(index int, fields []Field, message string, override, trusted bool) (string, error) {
	info := &codeTable[index]
	var problems []string
	for i, f := range fields {
		if trusted {
			break
		}
		allowed := f.Name == "param" || f.Name == "details"
		for k := 0; k < len(info.Fields) && !allowed; k++ {
			allowed = info.Fields[k].Name == f.Name
		}
		if !allowed {
			problems = append(problems, f.Name+": not a field of this code")
		}
		for j := 0; j < i; j++ {
			if fields[j].Name == f.Name {
				problems = append(problems, f.Name+": given twice")
			}
		}
	}
	if problems != nil {
		return "", &FieldError{Code: info.Code, Problems: problems}
	}
	if !override {
		message = renderTemplate(info, fields)
	}
	if !fitsFields(info, fields, message) {
		return "", &FieldError{Code: info.Code, Problems: []string{"the fields do not fit the code's schema"}}
	}
	return message, nil
}

// fitsFields reports whether members (and the message) pass every rule of one of the code's sets.
func fitsFields(info *CodeInfo, members []Field, message any) bool {
	for _, set := range info.checks {
		if fitsSet(set, members, message) {
			return true
		}
	}
	return false
}

func fitsSet(set []rule, members []Field, message any) bool {
	for k := range set {
		r := &set[k]
		var value any
		present := false
		if r.name == "message" {
			value, present = message, true
		} else {
			for i := range members {
				if members[i].Name == r.name {
					value, present = members[i].Value, true
					break
				}
			}
		}
		if !present {
			if r.optional {
				continue
			}
			return false
		}
		if !passes(r, value) {
			return false
		}
	}
	return true
}

func passes(r *rule, value any) bool {
	switch r.kind {
	case 'i':
		if n, ok := value.(int64); ok {
			return n >= 0 && n <= 9007199254740991
		}
		f, ok := value.(float64)
		return ok && isSafeInteger(f) && f >= 0
	case 's':
		s, ok := value.(string)
		return ok && s != ""
	case 't':
		_, ok := value.(string)
		return ok
	case '/':
		s, ok := value.(string)
		return ok && compiledPattern(r.pattern).MatchString(s)
	case '=':
		s, ok := value.(string)
		if !ok {
			return false
		}
		for _, v := range r.values {
			if s == v {
				return true
			}
		}
		return false
	case 'd':
		switch v := value.(type) {
		case []Detail:
			return len(v) > 0
		case []any:
			if len(v) == 0 {
				return false
			}
			for _, item := range v {
				o, ok := item.(Object)
				if !ok {
					return false
				}
				field, _ := o.Get("field")
				message, _ := o.Get("message")
				if _, ok := field.(string); !ok {
					return false
				}
				if _, ok := message.(string); !ok {
					return false
				}
			}
			return true
		}
	}
	return false
}

// messageOf is the message of an error: the given one, else the template rendered.
func messageOf(index int, message string, fields []Field) string {
	if message != "" {
		return message
	}
	return renderTemplate(&codeTable[index], fields)
}

func fieldValue(fields []Field, name string) (any, bool) {
	for i := range fields {
		if fields[i].Name == name {
			return fields[i].Value, true
		}
	}
	return nil, false
}

// renderTemplate renders the first variant whose placeholders all have values, else the message.
func renderTemplate(info *CodeInfo, fields []Field) string {
	info.split()
	for _, parts := range info.variantParts {
		all := true
		for k := 1; k < len(parts); k += 2 {
			if v, ok := fieldValue(fields, parts[k]); !ok || v == nil {
				all = false
				break
			}
		}
		if all {
			return fillParts(info, parts, fields)
		}
	}
	if len(info.messageParts) == 1 {
		return info.Message
	}
	return fillParts(info, info.messageParts, fields)
}

func isPlaceholderName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// splitTemplate splits a template at its {name} placeholders: literal text at even indexes, the
// names at odd ones (as String.prototype.split with a capturing group does).
func splitTemplate(template string) []string {
	parts := []string{}
	start := 0
	for i := 0; i < len(template); i++ {
		if template[i] != '{' {
			continue
		}
		end := strings.IndexByte(template[i+1:], '}')
		if end < 0 {
			break
		}
		name := template[i+1 : i+1+end]
		if isPlaceholderName(name) {
			parts = append(parts, template[start:i], name)
			i += end + 1
			start = i + 1
		}
	}
	return append(parts, template[start:])
}

func fillParts(info *CodeInfo, parts []string, fields []Field) string {
	size := 0
	for k := 0; k < len(parts); k += 2 {
		size += len(parts[k]) + 8
	}
	b := make([]byte, 0, size)
	for k, part := range parts {
		if k%2 == 0 {
			b = append(b, part...)
			continue
		}
		value, _ := fieldValue(fields, part)
		if value == nil && part == "retry_after" && info.hasRetryAfterField && info.HasRetryAfter {
			value = info.RetryAfter
		}
		switch v := value.(type) {
		case nil:
			b = append(b, '{')
			b = append(b, part...)
			b = append(b, '}')
		case string:
			b = append(b, v...)
		case float64:
			b = appendNumber(b, v)
		case int64:
			b = strconv.AppendInt(b, v, 10)
		default:
			b = append(b, jsString(v)...)
		}
	}
	return string(b)
}

// jsString is JavaScript's String(value).
func jsString(value any) string {
	switch v := value.(type) {
	case string:
		return v
	case float64:
		return string(appendNumber(nil, v))
	case int64:
		return strconv.FormatInt(v, 10)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, len(v))
		for i, item := range v {
			if item != nil {
				parts[i] = jsString(item)
			}
		}
		return strings.Join(parts, ",")
	case []Detail:
		parts := make([]string, len(v))
		for i := range v {
			parts[i] = "[object Object]"
		}
		return strings.Join(parts, ",")
	case Object:
		return "[object Object]"
	case nil:
		return "null"
	}
	return fmt.Sprint(value)
}

func asInt(value any) int64 {
	f, _ := value.(float64)
	if math.IsNaN(f) || math.Abs(f) > 9007199254740991 {
		return 0
	}
	return int64(f)
}

func asIntPtr(value any) *int64 {
	if _, ok := value.(float64); !ok {
		return nil
	}
	n := asInt(value)
	return &n
}

func asString(value any) string {
	s, _ := value.(string)
	return s
}

func asDetails(value any) []Detail {
	items, ok := value.([]any)
	if !ok {
		return nil
	}
	out := make([]Detail, 0, len(items))
	for _, item := range items {
		o, _ := item.(Object)
		field, _ := o.Get("field")
		message, _ := o.Get("message")
		out = append(out, Detail{Field: asString(field), Message: asString(message)})
	}
	return out
}

// Int returns a pointer to n, for an optional whole-number field.
func Int(n int64) *int64 { return &n }

// String returns a pointer to s, for an optional field that may be empty.
func String(s string) *string { return &s }

// As returns the catalogued error in err's chain, if any.
func As(err error) (Catalogued, bool) {
	var c Catalogued
	if errors.As(err, &c) {
		return c, true
	}
	return nil, false
}

// The per-code types hold their fields in struct fields tagged `errata:"name[,required]"`: one
// plan per type says where each is, read once by reflection.
type fieldPlan struct {
	index    int
	offset   uintptr
	name     string
	kind     reflect.Kind
	elem     reflect.Kind
	required bool
}

type typePlan struct {
	code          int
	fields        []fieldPlan
	message       int
	messageOffset uintptr
	received      int
}

var (
	typesOnce sync.Once
	typeCodes map[reflect.Type]int
	plans     sync.Map
)

// planOf is the plan of a per-code type, or nil for any other type.
func planOf(t reflect.Type) *typePlan {
	if p, ok := plans.Load(t); ok {
		return p.(*typePlan)
	}
	typesOnce.Do(func() {
		typeCodes = make(map[reflect.Type]int, len(errorTypes))
		for i, v := range errorTypes {
			typeCodes[reflect.TypeOf(v)] = i
		}
	})
	code, ok := typeCodes[t]
	if !ok {
		return nil
	}
	p := &typePlan{code: code, message: -1, received: -1}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		switch f.Name {
		case "Message":
			p.message, p.messageOffset = i, f.Offset
			continue
		case "Received":
			p.received = i
			continue
		}
		tag := f.Tag.Get("errata")
		if tag == "" {
			continue
		}
		name, options, _ := strings.Cut(tag, ",")
		fp := fieldPlan{index: i, offset: f.Offset, name: name, kind: f.Type.Kind(), required: options == "required"}
		if fp.kind == reflect.Pointer || fp.kind == reflect.Slice {
			fp.elem = f.Type.Elem().Kind()
		}
		p.fields = append(p.fields, fp)
	}
	plans.Store(t, p)
	return p
}

// typedFields are the fields of a per-code error value, as the wire writes them. base points to
// the value: the fields are read at the offsets of the type's plan (the plan was made from this
// very type, and each kind below is the field's own).
func typedFields(p *typePlan, base unsafe.Pointer) []Field {
	fields := make([]Field, 0, len(p.fields))
	for k := range p.fields {
		f := &p.fields[k]
		at := unsafe.Add(base, f.offset)
		switch f.kind {
		case reflect.Int64:
			fields = append(fields, Field{f.name, *(*int64)(at)})
		case reflect.String:
			if s := *(*string)(at); s != "" || f.required {
				fields = append(fields, Field{f.name, s})
			}
		case reflect.Pointer:
			if f.elem == reflect.Int64 {
				if n := *(**int64)(at); n != nil {
					fields = append(fields, Field{f.name, *n})
				}
			} else if s := *(**string)(at); s != nil {
				fields = append(fields, Field{f.name, *s})
			}
		case reflect.Slice:
			if d := *(*[]Detail)(at); d != nil || f.required {
				fields = append(fields, Field{f.name, d})
			}
		}
	}
	return fields
}

// iface is the layout of an interface value: its type word, then a pointer to its data (the
// per-code types are structs of several words, so never stored in the data word itself).
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// typedWire is what rendering needs of a per-code error value; false for any other type.
func typedWire(c Catalogued) (wireError, bool) {
	p := planOf(reflect.TypeOf(c))
	if p == nil {
		return wireError{}, false
	}
	base := (*iface)(unsafe.Pointer(&c)).data
	w := wireError{index: p.code, fields: typedFields(p, base), trusted: true}
	if p.message >= 0 {
		w.message = *(*string)(unsafe.Add(base, p.messageOffset))
	}
	return w, true
}

// typedMessage is the Error() of the per-code types.
func typedMessage(c Catalogued) string {
	w, ok := typedWire(c)
	if !ok {
		return string(c.Code())
	}
	return messageOf(w.index, w.message, w.fields)
}

// decodeTyped builds the per-code error value of a known result.
func decodeTyped(index int, r *Result) error {
	t := reflect.TypeOf(errorTypes[index])
	p := planOf(t)
	v := reflect.New(t).Elem()
	if p.message >= 0 {
		v.Field(p.message).SetString(r.Message)
	}
	if p.received >= 0 {
		v.Field(p.received).Set(reflect.ValueOf(r))
	}
	for _, f := range p.fields {
		fv := v.Field(f.index)
		if f.name == "retry_after" {
			if r.HasRetryAfter {
				if f.kind == reflect.Pointer {
					fv.Set(reflect.ValueOf(Int(r.RetryAfter)))
				} else {
					fv.SetInt(r.RetryAfter)
				}
			}
			continue
		}
		value, ok := r.Members.Get(f.name)
		if !ok {
			continue
		}
		switch f.kind {
		case reflect.Int64:
			fv.SetInt(asInt(value))
		case reflect.String:
			fv.SetString(asString(value))
		case reflect.Pointer:
			if f.elem == reflect.Int64 {
				if p := asIntPtr(value); p != nil {
					fv.Set(reflect.ValueOf(p))
				}
			} else if s, ok := value.(string); ok {
				fv.Set(reflect.ValueOf(&s))
			}
		case reflect.Slice:
			fv.Set(reflect.ValueOf(asDetails(value)))
		}
	}
	return v.Interface().(error)
}
