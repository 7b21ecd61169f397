package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// SnippetsFile is where the generator writes the Go snippets, relative to the module: the error
// reference shows each in a tab beside the TypeScript one.
const SnippetsFile = "../../docs/snippets/go.json"

// Members of an example's error object that the envelope writes itself: not fields.
var envelopeMembers = map[string]bool{"type": true, "code": true, "message": true, "doc_url": true}

// Snippets returns docs/snippets/go.json for a catalog.json: each code raised with its example's
// fields and read back with errors.As, named as the generated types name them.
func Snippets(catalogJSON []byte) ([]byte, error) {
	var cat catalogFile
	if err := json.Unmarshal(catalogJSON, &cat); err != nil {
		return nil, fmt.Errorf("catalog.json: %w", err)
	}
	g := &generator{patterns: map[string]int{}}
	if err := g.read(&cat); err != nil {
		return nil, err
	}
	snippets := map[string]string{}
	for i, spec := range g.codes {
		var raw struct {
			Example struct {
				Error json.RawMessage `json:"error"`
			} `json:"example"`
		}
		if err := json.Unmarshal(cat.Errors[i], &raw); err != nil {
			return nil, fmt.Errorf("%s.example: %w", spec.entry.Code, err)
		}
		example, err := readObject(raw.Example.Error)
		if err != nil {
			return nil, fmt.Errorf("%s.example: %w", spec.entry.Code, err)
		}
		text, err := snippetOf(spec, example)
		if err != nil {
			return nil, err
		}
		snippets[spec.entry.Code] = text
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(struct {
		Language  string            `json:"language"`
		Title     string            `json:"title"`
		Highlight string            `json:"highlight"`
		Snippets  map[string]string `json:"snippets"`
	}{"go", "Go", "go", snippets})
	return out.Bytes(), err
}

// snippetOf writes one code's snippet: the example's fields (less a retry_after that is the
// code's default) as a struct literal, and the first required one read back.
func snippetOf(spec codeSpec, example object) (string, error) {
	byName := map[string]fieldSpec{}
	for _, f := range spec.fields {
		byName[f.name] = f
	}
	var parts []string
	// The field read back: the first required one, else the first given.
	shown, first := "", ""
	for _, name := range example.keys {
		if envelopeMembers[name] {
			continue
		}
		value := example.values[name]
		if name == "retry_after" && spec.entry.RetryAfter != nil && string(value) == strconv.FormatInt(*spec.entry.RetryAfter, 10) {
			continue
		}
		f, ok := byName[name]
		if !ok {
			return "", fmt.Errorf("%s: the example's %s is not a field", spec.entry.Code, name)
		}
		lit, err := goLiteral(f, value)
		if err != nil {
			return "", fmt.Errorf("%s.example.%s: %w", spec.entry.Code, name, err)
		}
		parts = append(parts, f.goName+": "+lit)
		if first == "" {
			first = f.goName
		}
		if shown == "" && f.required {
			shown = f.goName
		}
	}
	if shown == "" {
		shown = first
	}
	read := "e"
	if shown != "" {
		read = "e." + shown
	}
	return strings.Join([]string{
		"// Raise it in a handler:",
		fmt.Sprintf("return errata.%s{%s}", spec.goName, strings.Join(parts, ", ")),
		"",
		"// Read it from a response:",
		fmt.Sprintf("var e errata.%s", spec.goName),
		"if errors.As(errata.ParseResponse(resp), &e) {",
		"\tfmt.Println(" + read + ")",
		"}",
	}, "\n"), nil
}

// goLiteral writes an example's value as Go source of the field's type.
func goLiteral(f fieldSpec, value json.RawMessage) (string, error) {
	switch f.goType {
	case "int64", "*int64":
		var n int64
		if err := json.Unmarshal(value, &n); err != nil {
			return "", err
		}
		if f.goType == "*int64" {
			return "errata.Int(" + strconv.FormatInt(n, 10) + ")", nil
		}
		return strconv.FormatInt(n, 10), nil
	case "string", "*string":
		var s string
		if err := json.Unmarshal(value, &s); err != nil {
			return "", err
		}
		if f.goType == "*string" {
			return "errata.String(" + strconv.Quote(s) + ")", nil
		}
		return strconv.Quote(s), nil
	case "[]Detail":
		var details []struct{ Field, Message string }
		if err := json.Unmarshal(value, &details); err != nil {
			return "", err
		}
		items := make([]string, len(details))
		for i, d := range details {
			items[i] = fmt.Sprintf("{Field: %s, Message: %s}", strconv.Quote(d.Field), strconv.Quote(d.Message))
		}
		return "[]errata.Detail{" + strings.Join(items, ", ") + "}", nil
	}
	return "", fmt.Errorf("no literal for a field of Go type %s", f.goType)
}
