// Command generate writes the module's generated files from schemas/catalog.json (the only file
// it reads). Run by `go generate ./...` in packages/go.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"errata.dev/errata/internal/gen"
)

func main() {
	catalog := flag.String("catalog", "../../schemas/catalog.json", "path of catalog.json")
	out := flag.String("out", ".", "directory to write the generated files to")
	flag.Parse()
	data, err := os.ReadFile(*catalog)
	if err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
	files, err := gen.Generate(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
	for _, name := range gen.SortedNames(files) {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "generate:", err)
			os.Exit(1)
		}
	}
}
