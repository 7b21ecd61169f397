package errata

import (
	"regexp"
	"sync"
)

//go:generate go run ./internal/cmd/generate -catalog ../../schemas/catalog.json -out .

// Code is a machine-readable error code of the catalogue (CodeOutboundLimitReached), or one this
// version does not know when read from a newer server.
type Code string

// Type is an error's category (TypeRateLimitError); it gives a code its default status and retry
// policy.
type Type string

// RetryPolicy says how a client treats an error: RetryNever, RetryBackoff or RetryAfterDelay.
type RetryPolicy string

// The retry policies.
const (
	// RetryNever: the same request fails the same way.
	RetryNever RetryPolicy = "never"
	// RetryBackoff: retry with exponential backoff and full jitter.
	RetryBackoff RetryPolicy = "backoff"
	// RetryAfterDelay: retry after the server's Retry-After delay.
	RetryAfterDelay RetryPolicy = "retry_after"
)

// Dialect is the shape an API writes its error bodies in.
type Dialect string

// The dialects.
const (
	// Standard is the catalogue's own shape: {"error": {type, code, message, ...}, "request_id"}.
	Standard Dialect = "standard"
	// RCS is the RCS API's shape: the code in "error", the message, details and fields beside it.
	RCS Dialect = "rcs"
	// IMessage is the iMessage API's shape: "error": "ApiError", the message, the status, the code.
	IMessage Dialect = "imessage"
	// SMS is the SMS API's shape: the message, then the code in "error", then the fields.
	SMS Dialect = "sms"
)

// Detail is one field-level problem of an error's details.
type Detail struct {
	// Field is the dotted path of the offending field; empty for the request as a whole.
	Field string
	// Message says what is wrong with it.
	Message string
}

// Field is one field of an error, as written on the wire: `param`, `details` or one of the code's.
type Field = Member

// TypeInfo is one error type of the catalogue.
type TypeInfo struct {
	Name   Type
	Status int
	Retry  RetryPolicy
	Title  string
}

// FieldInfo describes one of a code's own fields.
type FieldInfo struct {
	// Name is the field's name on the wire.
	Name string
	// Kind is the rule its value follows: "i" (a whole number from 0 to 2^53-1), "s" (a non-empty
	// string), "t" (any string), "d" (a non-empty list of details), "/<pattern>" (a string
	// matching the ECMAScript pattern) or "=a|b" (one of the values).
	Kind string
	// Required is whether every body of the code carries it.
	Required bool
}

// CodeInfo is everything the catalogue says about a code that a program needs.
type CodeInfo struct {
	Code   Code
	Type   Type
	Status int
	Title  string
	// Message is the template, with {field} placeholders.
	Message string
	// MessageVariants are more specific templates, tried in order: the first whose placeholders all
	// have values is used.
	MessageVariants []string
	Retry           RetryPolicy
	// RetryAfter is the default delay in whole seconds, when HasRetryAfter.
	RetryAfter    int64
	HasRetryAfter bool
	// RetryAfterFrom names a timestamp field the delay is derived from when the error carries it.
	RetryAfterFrom string
	DocURL         string
	// APIs are the dialects whose APIs send the code, standard first.
	APIs []Dialect
	// WithoutCode are the dialects whose APIs send the code without its code member.
	WithoutCode []Dialect
	// Fields are the code's own fields, in the catalogue's order.
	Fields     []FieldInfo
	Deprecated bool

	checks             [][]rule
	hasRetryAfterField bool
	// The templates split once at their placeholders: literal text at even indexes, names at odd.
	templateOnce sync.Once
	messageParts []string
	variantParts [][]string
}

// split returns the code's templates split at their placeholders, computed once.
func (c *CodeInfo) split() {
	c.templateOnce.Do(func() {
		c.messageParts = splitTemplate(c.Message)
		for _, v := range c.MessageVariants {
			c.variantParts = append(c.variantParts, splitTemplate(v))
		}
	})
}

// DialectInfo is where a dialect puts each part of an error.
type DialectInfo struct {
	Name Dialect
	// Code is where the code sits: "error.code" or a top-level member.
	Code string
	// FieldsIn is "error" (inside the error object) or "body" (beside the envelope's members).
	FieldsIn string
	// Status is the top-level member that repeats the HTTP status, if any.
	Status string
	// ConstantMember and ConstantValue are a member with the same value on every body, if any.
	ConstantMember, ConstantValue string
	// Members are the envelope's members, in the order written; Roles says what each holds.
	Members []string
	Roles   []string
	// GenericCodes maps a status and an exact message to the code of a body sent without one.
	GenericCodes     map[int]map[string]Code
	RetryAfterMember bool
	CodeOptional     bool
}

// Reading holds the limits of every reader of a body.
type Reading struct {
	MaxBytes         int
	MaxDepth         int
	CodePattern      string
	RequestIDPattern string
}

// RetryGuidance is how clients retry.
type RetryGuidance struct {
	MaxAttempts       int
	BaseDelayMs       int64
	MaxDelayMs        int64
	IdempotentMethods []string
	KeyedMethods      []string
}

// rule is one check of a member: see FieldInfo.Kind.
type rule struct {
	name     string
	optional bool
	kind     byte
	pattern  int
	values   []string
}

// The codes, read from codeData when the package loads.
var codeTable, codeIndex = loadCodes(codeData)

func loadCodes(data string) ([]CodeInfo, map[Code]int) {
	value, _, err := parseJSON(data, 8)
	if err != nil {
		panic("errata: the generated code table is not JSON: " + err.Error())
	}
	items := value.([]any)
	table := make([]CodeInfo, len(items))
	index := make(map[Code]int, len(items))
	str := func(o Object, name string) string { v, _ := o.Get(name); s, _ := v.(string); return s }
	strs := func(o Object, name string) []string {
		v, _ := o.Get(name)
		list, _ := v.([]any)
		var out []string
		for _, item := range list {
			s, _ := item.(string)
			out = append(out, s)
		}
		return out
	}
	for i, item := range items {
		o := item.(Object)
		c := &table[i]
		c.Code = Code(str(o, "c"))
		c.Type = Type(str(o, "t"))
		status, _ := o.Get("s")
		c.Status = int(status.(float64))
		c.Title = str(o, "ti")
		c.Message = str(o, "m")
		c.MessageVariants = strs(o, "mv")
		c.Retry = RetryPolicy(str(o, "r"))
		if ra, ok := o.Get("ra"); ok {
			c.RetryAfter, c.HasRetryAfter = int64(ra.(float64)), true
		}
		c.RetryAfterFrom = str(o, "rf")
		c.DocURL = str(o, "d")
		for _, api := range strs(o, "a") {
			c.APIs = append(c.APIs, Dialect(api))
		}
		for _, api := range strs(o, "w") {
			c.WithoutCode = append(c.WithoutCode, Dialect(api))
		}
		fields, _ := o.Get("f")
		list, _ := fields.([]any)
		for _, f := range list {
			fo := f.(Object)
			required, _ := fo.Get("r")
			c.Fields = append(c.Fields, FieldInfo{Name: str(fo, "n"), Kind: str(fo, "k"), Required: required == true})
			c.hasRetryAfterField = c.hasRetryAfterField || str(fo, "n") == "retry_after"
		}
		deprecated, _ := o.Get("dp")
		c.Deprecated = deprecated == true
		checks, _ := o.Get("ch")
		sets, _ := checks.([]any)
		for _, set := range sets {
			var rules []rule
			for _, r := range set.([]any) {
				ro := r.(Object)
				optional, _ := ro.Get("o")
				pattern, _ := ro.Get("p")
				p, _ := pattern.(float64)
				rules = append(rules, rule{name: str(ro, "n"), optional: optional == true, kind: str(ro, "k")[0], pattern: int(p), values: strs(ro, "v")})
			}
			c.checks = append(c.checks, rules)
		}
		index[c.Code] = i
	}
	return table, index
}

var (
	patternOnce     sync.Once
	patternCompiled []*regexp.Regexp
)

// compiledPattern returns the i-th pattern of the catalogue, translated from ECMAScript.
func compiledPattern(i int) *regexp.Regexp {
	patternOnce.Do(func() {
		patternCompiled = make([]*regexp.Regexp, len(patternSources))
		for j, source := range patternSources {
			patternCompiled[j] = regexp.MustCompile(source)
		}
	})
	return patternCompiled[i]
}

// Lookup returns what the catalogue says about code, or nil when it is not a catalogued code.
func Lookup(code Code) *CodeInfo {
	i, ok := codeIndex[code]
	if !ok {
		return nil
	}
	return &codeTable[i]
}

// Codes returns every catalogued code, in the catalogue's order.
func Codes() []Code {
	out := make([]Code, len(codeTable))
	for i := range codeTable {
		out[i] = codeTable[i].Code
	}
	return out
}

// Types returns every error type, in the catalogue's order.
func Types() []TypeInfo { return append([]TypeInfo(nil), typeTable...) }

// LookupType returns the type named name, or nil.
func LookupType(name Type) *TypeInfo {
	for i := range typeTable {
		if typeTable[i].Name == name {
			return &typeTable[i]
		}
	}
	return nil
}

// Dialects returns every dialect, standard first.
func Dialects() []DialectInfo { return append([]DialectInfo(nil), dialectTable...) }

// LookupDialect returns the dialect named name, or nil.
func LookupDialect(name Dialect) *DialectInfo {
	for i := range dialectTable {
		if dialectTable[i].Name == name {
			return &dialectTable[i]
		}
	}
	return nil
}

// ReadingLimits returns the catalogue's limits on reading a body.
func ReadingLimits() Reading { return reading }

// Guidance returns the catalogue's retry guidance.
func Guidance() RetryGuidance { return retryGuidance }

// Info returns what the catalogue says about the code, or nil when it is not catalogued.
func (c Code) Info() *CodeInfo { return Lookup(c) }

// Known reports whether the code is catalogued.
func (c Code) Known() bool { _, ok := codeIndex[c]; return ok }

// typeOfStatus is the type whose default status is status, else the first of its class.
func typeOfStatus(status int) Type {
	var byClass Type
	for i := range typeTable {
		own := typeTable[i].Status
		if own == status {
			return typeTable[i].Name
		}
		if status >= 400 && status < 600 && own == status-status%100 && byClass == "" {
			byClass = typeTable[i].Name
		}
	}
	return byClass
}
