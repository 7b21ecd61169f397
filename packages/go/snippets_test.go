package errata

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"errata.dev/errata/internal/gen"
)

// TestSnippetsAreFresh fails when docs/snippets/go.json differs from what the generator writes
// from today's catalog.json: run `go generate ./...`.
func TestSnippetsAreFresh(t *testing.T) {
	want, err := gen.Snippets(readCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.FromSlash(gen.SnippetsFile))
	if err != nil {
		t.Fatalf("%v (run go generate ./...)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run `go generate ./...` in packages/go", gen.SnippetsFile)
	}
}

// TestSnippetsCompile builds every code's snippet of the reference in a consumer module, so that a
// snippet naming a type or field the package does not have fails here.
func TestSnippetsCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module with the go command")
	}
	data, err := os.ReadFile(filepath.FromSlash(gen.SnippetsFile))
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Snippets map[string]string }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	codes := make([]string, 0, len(file.Snippets))
	for code := range file.Snippets {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var src strings.Builder
	src.WriteString("package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"net/http\"\n\n\t\"errata.dev/errata\"\n)\n\nfunc main() {}\n")
	for i, code := range codes {
		raise, read, ok := strings.Cut(file.Snippets[code], "// Read it from a response:")
		if !ok {
			t.Fatalf("%s: the snippet has no reading part", code)
		}
		fmt.Fprintf(&src, "\nfunc raise%d() error {\n%s}\n\nfunc read%d(resp *http.Response) {\n%s\n}\n", i, raise, i, read)
	}
	src.WriteString("\nvar _, _ = errors.New, fmt.Sprint\n")
	if out, err := goTool(t, writeConsumer(t, src.String()), "vet", "."); err != nil {
		t.Fatalf("the snippets do not build: %v\n%s", err, out)
	}
}
