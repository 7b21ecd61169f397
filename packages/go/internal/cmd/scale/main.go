// Command scale measures what the module costs as the catalogue grows: the compiled size of a
// consumer program and the time to compile the module's package, for today's catalogue and for
// one of -codes codes (today's entries copied under new codes), in temporary directories. Run from
// packages/go: go run ./internal/cmd/scale
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"errata.dev/errata/internal/gen"
)

const consumer = `package main

import (
	"errors"
	"fmt"

	"errata.dev/errata"
)

func main() {
	r := errata.Render(errata.OutboundLimitReached{Limit: 35, Current: 35, Mode: "total"}, errata.RenderOptions{RequestID: "req_a1b2c3d4e5f6"})
	var limit errata.OutboundLimitReached
	if errors.As(errata.Parse(r.Status, r.Header(), r.Body), &limit) {
		fmt.Println(limit.Limit)
	}
}
`

func main() {
	catalogPath := flag.String("catalog", "../../schemas/catalog.json", "catalog.json")
	codes := flag.Int("codes", 1500, "codes in the grown catalogue")
	rounds := flag.Int("rounds", 5, "compilations timed (the fastest counts)")
	flag.Parse()
	if err := run(*catalogPath, *codes, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func run(catalogPath string, codes, rounds int) error {
	data, err := os.ReadFile(catalogPath)
	if err != nil {
		return err
	}
	grown, today, err := grow(data, codes)
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "errata-scale-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	type figures struct {
		size    int64
		compile time.Duration
	}
	measure := func(name string, catalog []byte) (figures, error) {
		dir := filepath.Join(work, name)
		if err := moduleCopy(dir, catalog); err != nil {
			return figures{}, err
		}
		size, err := consumerSize(filepath.Join(work, name+"-consumer"), dir)
		if err != nil {
			return figures{}, err
		}
		compile, err := compileTime(dir, rounds)
		return figures{size, compile}, err
	}
	base, err := measure("today", data)
	if err != nil {
		return err
	}
	big, err := measure("grown", grown)
	if err != nil {
		return err
	}
	fmt.Printf("consumer binary: %d codes %d bytes, %d codes %d bytes: %.2fx (target at most 2x)\n",
		today, base.size, codes, big.size, float64(big.size)/float64(base.size))
	fmt.Printf("module compile:  %d codes %v, %d codes %v: %.2fx (target at most 2x)\n",
		today, base.compile.Round(time.Millisecond), codes, big.compile.Round(time.Millisecond),
		float64(big.compile)/float64(base.compile))
	return nil
}

var codeMember = regexp.MustCompile(`"code":\s*"([a-z0-9_]+)"`)

// grow returns the catalogue with its entries copied under new codes up to n codes.
func grow(data []byte, n int) ([]byte, int, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, 0, err
	}
	var entries []json.RawMessage
	if err := json.Unmarshal(top["errors"], &entries); err != nil {
		return nil, 0, err
	}
	today := len(entries)
	out := append([]json.RawMessage(nil), entries...)
	for i := 0; len(out) < n; i++ {
		entry := entries[i%today]
		copyNo := i/today + 1
		loc := codeMember.FindSubmatchIndex(entry)
		if loc == nil {
			return nil, 0, fmt.Errorf("an entry without a code")
		}
		code := string(entry[loc[2]:loc[3]])
		renamed := append([]byte{}, entry[:loc[2]]...)
		renamed = append(renamed, fmt.Sprintf("%s_copy%d", code, copyNo)...)
		renamed = append(renamed, entry[loc[3]:]...)
		out = append(out, renamed)
	}
	errs, err := json.Marshal(out)
	if err != nil {
		return nil, 0, err
	}
	top["errors"] = errs
	grown, err := json.Marshal(top)
	return grown, today, err
}

// moduleCopy writes the module's hand-written sources and go.mod to dir, with files generated
// from catalog.
func moduleCopy(dir string, catalog []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	sources, err := filepath.Glob("*.go")
	if err != nil {
		return err
	}
	sources = append(sources, "go.mod")
	for _, name := range sources {
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "zz_generated_") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	files, err := gen.Generate(catalog)
	if err != nil {
		return err
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func goCommand(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

// consumerSize builds the consumer program against the module in moduleDir.
func consumerSize(dir, moduleDir string) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	mod := "module example.com/consumer\n\ngo 1.25\n\nrequire errata.dev/errata v0.0.0\n\nreplace errata.dev/errata => " + moduleDir + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(consumer), 0o644); err != nil {
		return 0, err
	}
	if _, err := goCommand(dir, "build", "-o", "consumer", "."); err != nil {
		return 0, err
	}
	info, err := os.Stat(filepath.Join(dir, "consumer"))
	if err != nil {
		return 0, err
	}
	return info.Size(), nil
}

// compileTime is the fastest of rounds compilations of the module's package alone (go tool
// compile with its dependencies' export data already built).
func compileTime(dir string, rounds int) (time.Duration, error) {
	out, err := goCommand(dir, "list", "-export", "-deps", "-f", "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", ".")
	if err != nil {
		return 0, err
	}
	importcfg := filepath.Join(dir, "importcfg")
	if err := os.WriteFile(importcfg, out, 0o644); err != nil {
		return 0, err
	}
	files, err := goCommand(dir, "list", "-f", "{{range .GoFiles}}{{.}} {{end}}", ".")
	if err != nil {
		return 0, err
	}
	names := strings.Fields(string(files))
	sort.Strings(names)
	args := append([]string{"tool", "compile", "-p", "errata.dev/errata", "-importcfg", importcfg, "-o", filepath.Join(dir, "errata.a")}, names...)
	best := time.Duration(1 << 62)
	for i := 0; i < rounds; i++ {
		start := time.Now()
		if _, err := goCommand(dir, args...); err != nil {
			return 0, err
		}
		best = min(best, time.Since(start))
	}
	return best, nil
}
