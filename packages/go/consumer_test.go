package errata

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const consumerMain = `package main

import (
	"errors"
	"fmt"
	"net/http"

	"errata.dev/errata"
)

func main() {
	r := errata.Render(errata.OutboundLimitReached{Limit: 35, Current: 35, Mode: "total"}, errata.RenderOptions{RequestID: "req_a1b2c3d4e5f6"})
	err := errata.Parse(r.Status, r.Header(), r.Body)
	var limit errata.OutboundLimitReached
	if errors.As(err, &limit) {
		fmt.Println(limit.Code() == errata.CodeOutboundLimitReached, limit.Limit, errata.Version)
	}
	_ = http.StatusOK
}
`

// writeConsumer writes a module outside this one that requires errata.dev/errata through a
// replace to this directory.
func writeConsumer(t *testing.T, main string) string {
	t.Helper()
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := "module example.com/consumer\n\ngo 1.25\n\nrequire errata.dev/errata v0.0.0\n\nreplace errata.dev/errata => " + here + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func goTool(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command: %v", err)
	}
	cmd := exec.Command(goBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestConsumerModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module with the go command")
	}
	t.Run("builds and runs", func(t *testing.T) {
		out, err := goTool(t, writeConsumer(t, consumerMain), "run", ".")
		if err != nil {
			t.Fatalf("go run: %v\n%s", err, out)
		}
		if want := "true 35 " + Version + "\n"; out != want {
			t.Errorf("output %q, want %q", out, want)
		}
	})
	mistakes := []struct {
		name, from, to, says string
	}{
		{"misspelled field", "Limit: 35,", "Limt: 35,", "unknown field Limt"},
		{"unknown constant", "errata.CodeOutboundLimitReached", "errata.CodeOutboundLimitReachd", "undefined: errata.CodeOutboundLimitReachd"},
		{"wrong field type", "Mode: \"total\"", "Mode: 3", "cannot use 3"},
	}
	for _, m := range mistakes {
		t.Run(m.name, func(t *testing.T) {
			planted := strings.Replace(consumerMain, m.from, m.to, 1)
			if planted == consumerMain {
				t.Fatal("the mistake was not planted")
			}
			out, err := goTool(t, writeConsumer(t, planted), "build", "-o", os.DevNull, ".")
			if err == nil {
				t.Fatalf("go build accepted the mistake")
			}
			if !strings.Contains(out, m.says) {
				t.Errorf("go build said %q, want %q", out, m.says)
			}
		})
	}
}
