package errata

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"errata.dev/errata/internal/gen"
)

const catalogPath = "../../schemas/catalog.json"

func readCatalog(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(catalogPath)
	if err != nil {
		t.Fatalf("reading the catalogue: %v", err)
	}
	return data
}

// TestGeneratedFilesAreFresh fails when a generated file differs from what the generator writes
// from today's catalog.json: run `go generate ./...`.
func TestGeneratedFilesAreFresh(t *testing.T) {
	files, err := gen.Generate(readCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range gen.SortedNames(files) {
		onDisk, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%s: %v (run go generate ./...)", name, err)
		}
		if !bytes.Equal(onDisk, files[name]) {
			t.Errorf("%s is stale: run `go generate ./...` in packages/go", name)
		}
		if !bytes.HasPrefix(onDisk, []byte("// Code generated ")) || !bytes.Contains(onDisk[:200], []byte("DO NOT EDIT.")) {
			t.Errorf("%s lacks the generated-code header", name)
		}
	}
	matches, _ := filepath.Glob("zz_generated_*.go")
	if len(matches) != len(files) {
		t.Errorf("generated files on disk %v, generator writes %d", matches, len(files))
	}
}

// The catalogue as the test reads it, with encoding/json, apart from the generated tables.
type catalogEntry struct {
	Code            string                     `json:"code"`
	Type            string                     `json:"type"`
	Status          int                        `json:"status"`
	Retry           string                     `json:"retry"`
	RetryAfter      *int64                     `json:"retry_after"`
	DocURL          string                     `json:"doc_url"`
	APIs            []string                   `json:"apis"`
	Example         json.RawMessage            `json:"example"`
	DialectExamples map[string]json.RawMessage `json:"dialect_examples"`
}

func catalogEntries(t testing.TB) (string, []catalogEntry) {
	var file struct {
		Version string         `json:"version"`
		Errors  []catalogEntry `json:"errors"`
	}
	if err := json.Unmarshal(readCatalog(t), &file); err != nil {
		t.Fatal(err)
	}
	return file.Version, file.Errors
}

func TestTablesMatchTheCatalogue(t *testing.T) {
	version, entries := catalogEntries(t)
	if Version != version {
		t.Errorf("Version = %q, catalogue %q", Version, version)
	}
	if len(Codes()) != len(entries) {
		t.Fatalf("%d codes, catalogue %d", len(Codes()), len(entries))
	}
	for _, e := range entries {
		info := Lookup(Code(e.Code))
		if info == nil {
			t.Errorf("%s: not in the tables", e.Code)
			continue
		}
		if string(info.Type) != e.Type || info.Status != e.Status || string(info.Retry) != e.Retry || info.DocURL != e.DocURL {
			t.Errorf("%s: %+v differs from the catalogue", e.Code, info)
		}
		if (e.RetryAfter != nil) != info.HasRetryAfter || (e.RetryAfter != nil && *e.RetryAfter != info.RetryAfter) {
			t.Errorf("%s: retry after %v, catalogue %v", e.Code, info.RetryAfter, e.RetryAfter)
		}
		if len(info.APIs) != len(e.APIs) {
			t.Errorf("%s: APIs %v, catalogue %v", e.Code, info.APIs, e.APIs)
		}
	}
}

// exampleFields are the fields of a catalogue example, in order, leaving out a retry_after that
// is the code's default (the renderer adds it).
func exampleFields(t *testing.T, e catalogEntry) (Object, string) {
	var body struct {
		Error json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(e.Example, &body); err != nil {
		t.Fatal(err)
	}
	value, err := DecodeJSON(string(body.Error))
	if err != nil {
		t.Fatal(err)
	}
	var fields Object
	message := ""
	for _, m := range value.(Object) {
		switch m.Name {
		case "type", "code", "doc_url":
			continue
		case "message":
			message = m.Value.(string)
			continue
		case "retry_after":
			if e.RetryAfter != nil && m.Value == any(float64(*e.RetryAfter)) {
				continue
			}
		}
		fields = append(fields, m)
	}
	return fields, message
}

func compact(t *testing.T, raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestRenderMatchesTheCatalogueExamples renders every code's example fields in every dialect its
// APIs send and compares the bytes with the catalogue's own example bodies (written by the
// TypeScript build with JSON.stringify).
func TestRenderMatchesTheCatalogueExamples(t *testing.T) {
	_, entries := catalogEntries(t)
	const requestID = "req_a1b2c3d4e5f6"
	for _, e := range entries {
		t.Run(e.Code, func(t *testing.T) {
			fields, message := exampleFields(t, e)
			raised, err := New(Code(e.Code), fields)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			if raised.Error() != message {
				t.Errorf("message %q, example %q", raised.Error(), message)
			}
			bodies := map[string]json.RawMessage{"standard": e.Example}
			for d, b := range e.DialectExamples {
				bodies[d] = b
			}
			for dialect, example := range bodies {
				// The examples of a dialect whose API does not repeat the delay in the body leave out
				// even a given retry_after (the header carries it).
				raised := raised
				if !LookupDialect(Dialect(dialect)).RetryAfterMember {
					var without Object
					for _, f := range fields {
						if f.Name != "retry_after" {
							without = append(without, f)
						}
					}
					raised = MustNew(Code(e.Code), without)
				}
				r := Render(raised, RenderOptions{Dialect: Dialect(dialect), RequestID: requestID})
				if got, want := string(r.Body), compact(t, example); got != want {
					t.Errorf("%s:\n got %s\nwant %s", dialect, got, want)
				}
				if r.Status != e.Status || r.RequestID != requestID || r.ContentType != JSONContentType {
					t.Errorf("%s: status %d, request ID %q, content type %q", dialect, r.Status, r.RequestID, r.ContentType)
				}
				// And read back: the same code, known, in the same dialect, with the same fields.
				res := Read(r.Status, r.Header(), r.Body, nil)
				if !res.Known || string(res.Code) != e.Code || string(res.Dialect) != dialect || res.Message != message {
					t.Errorf("%s: read back as %+v", dialect, res)
				}
				for _, f := range raised.Fields() {
					if f.Name == "retry_after" {
						if !res.HasRetryAfter || float64(res.RetryAfter) != f.Value {
							t.Errorf("%s: retry_after read back as %d", dialect, res.RetryAfter)
						}
						continue
					}
					v, ok := res.Member(f.Name)
					if !ok || string(AppendJSON(nil, v)) != string(AppendJSON(nil, f.Value)) {
						t.Errorf("%s: field %s read back as %v", dialect, f.Name, v)
					}
				}
				err := res.Err()
				var c Catalogued
				if !errors.As(err, &c) || string(c.Code()) != e.Code {
					t.Errorf("%s: Err() is %T, not the code's type", dialect, err)
				}
				// The code's own type, read back, renders the same bytes again (its RetryAfter holds
				// the delay of the Retry-After header, which a dialect that does not repeat it in the
				// body then writes as a field given).
				if !LookupDialect(Dialect(dialect)).RetryAfterMember && Lookup(Code(e.Code)).hasRetryAfterField {
					continue
				}
				if again := Render(err, RenderOptions{Dialect: Dialect(dialect), RequestID: requestID}); string(again.Body) != string(r.Body) || again.Unexpected {
					t.Errorf("%s: the typed error renders\n%s\nnot\n%s", dialect, again.Body, r.Body)
				}
				if err.Error() != message {
					t.Errorf("%s: the typed error's message %q", dialect, err.Error())
				}
			}
		})
	}
}
