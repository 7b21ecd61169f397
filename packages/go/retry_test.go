package errata

import (
	"context"
	"errors"
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestDecide(t *testing.T) {
	fixed := &RetryOptions{Random: func() float64 { return 0.5 }}
	cases := []struct {
		name    string
		status  int
		header  http.Header
		body    string
		attempt int
		retry   bool
		delay   float64
	}{
		{"never", 400, nil, `{"error":{"type":"invalid_request_error","code":"invalid_json","message":"m"}}`, 1, false, 0},
		{"backoff 5xx transport", 502, nil, "<html>", 1, true, 250},
		{"backoff second attempt", 502, nil, "<html>", 2, true, 500},
		{"last attempt", 502, nil, "<html>", 3, false, 0},
		{"code default as floor", 503, nil, `{"error":{"type":"api_error","code":"dependency_unavailable","message":"m"}}`, 1, true, 5250},
		{"header as floor", 429, http.Header{"Retry-After": {"2"}}, `{"message":"m","error":"throttled"}`, 1, true, 2250},
		{"over the cap", 429, http.Header{"Retry-After": {"61"}}, `{"message":"m","error":"throttled"}`, 1, false, 61000},
		{"429 by type", 429, nil, "", 1, true, 250},
		{"418 never", 418, nil, "", 1, false, 0},
	}
	for _, c := range cases {
		d := Decide(Read(c.status, c.header, []byte(c.body), nil), c.attempt, fixed)
		if d.Retry != c.retry || d.DelayMs != c.delay {
			t.Errorf("%s: %+v, want %v %v", c.name, d, c.retry, c.delay)
		}
	}
	for method, want := range map[string]bool{"GET": true, "post": true, "PATCH": true, "DELETE": true, "CONNECT": false} {
		if d := DecideNetworkError(method, false, 1, fixed); d.Retry != want {
			t.Errorf("network error on %s: %+v", method, d)
		}
	}
	if d := DecideNetworkError("CONNECT", true, 1, fixed); !d.Retry || d.DelayMs != 250 {
		t.Errorf("keyed: %+v", d)
	}
}

// fake answers from a script of attempts, and records what each attempt sent.
type fake struct {
	mu      sync.Mutex
	answers []func(*http.Request) (*http.Response, error)
	keys    []string
	bodies  []string
}

func (f *fake) RoundTrip(r *http.Request) (*http.Response, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.keys = append(f.keys, r.Header.Get(IdempotencyKeyHeader))
	if r.Body != nil {
		b, _ := io.ReadAll(r.Body)
		f.bodies = append(f.bodies, string(b))
	}
	answer := f.answers[0]
	if len(f.answers) > 1 {
		f.answers = f.answers[1:]
	}
	return answer(r)
}

func respond(status int, header http.Header, body string) func(*http.Request) (*http.Response, error) {
	return func(r *http.Request) (*http.Response, error) {
		if header == nil {
			header = http.Header{}
		}
		return &http.Response{StatusCode: status, Header: header, Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
	}
}

func fail(r *http.Request) (*http.Response, error) { return nil, errors.New("connection reset") }

func noWait() RetryOptions {
	return RetryOptions{Random: func() float64 { return 0 }, BaseDelay: time.Millisecond}
}

func TestTransportRetries(t *testing.T) {
	throttled := `{"error":{"type":"api_error","code":"internal_error","message":"m"}}`
	cases := []struct {
		name     string
		method   string
		key      string
		body     string
		oneShot  bool
		answers  []func(*http.Request) (*http.Response, error)
		attempts int
		status   int
		err      bool
	}{
		{"5xx then ok", "GET", "", "", false, []func(*http.Request) (*http.Response, error){respond(500, nil, throttled), respond(200, nil, "ok")}, 2, 200, false},
		{"gives up after 3", "GET", "", "", false, []func(*http.Request) (*http.Response, error){respond(500, nil, throttled)}, 3, 500, false},
		{"never code", "GET", "", "", false, []func(*http.Request) (*http.Response, error){respond(404, nil, `{"error":{"type":"not_found_error","code":"not_found","message":"m"}}`)}, 1, 404, false},
		{"POST network error, keyed", "POST", "", "hello", false, []func(*http.Request) (*http.Response, error){fail, respond(201, nil, "")}, 2, 201, false},
		{"CONNECT network error", "CONNECT", "", "", false, []func(*http.Request) (*http.Response, error){fail}, 1, 0, true},
		{"CONNECT keyed", "CONNECT", "k1", "", false, []func(*http.Request) (*http.Response, error){fail, respond(200, nil, "")}, 2, 200, false},
		{"one-shot body", "PUT", "", "stream", true, []func(*http.Request) (*http.Response, error){respond(503, nil, "")}, 1, 503, false},
		{"Retry-After over the cap", "GET", "", "", false, []func(*http.Request) (*http.Response, error){respond(429, http.Header{"Retry-After": {"3600"}}, "")}, 1, 429, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fake{answers: c.answers}
			tr := &Transport{Base: f, Retry: noWait()}
			var body io.Reader
			if c.body != "" {
				body = strings.NewReader(c.body)
			}
			req, _ := http.NewRequest(c.method, "http://api.example/v1/messages", body)
			if c.oneShot {
				req.GetBody = nil
				req.Body = io.NopCloser(strings.NewReader(c.body))
			}
			if c.key != "" {
				req.Header.Set(IdempotencyKeyHeader, c.key)
			}
			resp, err := tr.RoundTrip(req)
			if (err != nil) != c.err {
				t.Fatalf("err %v", err)
			}
			if err == nil {
				if resp.StatusCode != c.status {
					t.Errorf("status %d", resp.StatusCode)
				}
				resp.Body.Close()
			}
			if len(f.keys) != c.attempts {
				t.Errorf("%d attempts, want %d", len(f.keys), c.attempts)
			}
			for i := range f.keys {
				if f.keys[i] != f.keys[0] {
					t.Errorf("idempotency key changed across attempts: %v", f.keys)
				}
			}
			if (c.method == "POST" || c.key != "") && f.keys[0] == "" {
				t.Errorf("no idempotency key sent")
			}
			for _, b := range f.bodies {
				if b != c.body {
					t.Errorf("attempt sent body %q", b)
				}
			}
			if req.Header.Get(IdempotencyKeyHeader) != c.key {
				t.Errorf("the caller's request was changed")
			}
		})
	}
}

// The caller gets the last error response with its body whole, though it was read to parse it.
func TestTransportKeepsTheErrorBody(t *testing.T) {
	body := `{"error":{"type":"not_found_error","code":"not_found","message":"m"}}`
	tr := &Transport{Base: &fake{answers: []func(*http.Request) (*http.Response, error){respond(404, nil, body)}}}
	req, _ := http.NewRequest("GET", "http://api.example/", nil)
	resp, err := tr.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	if string(got) != body {
		t.Errorf("body %q", got)
	}
	var nf NotFound
	if !errors.As(ParseResponse(&http.Response{StatusCode: 404, Header: resp.Header, Body: io.NopCloser(strings.NewReader(string(got)))}), &nf) {
		t.Errorf("not parsed as NotFound")
	}
}

func settledGoroutines(t *testing.T, limit int) int {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	n := runtime.NumGoroutine()
	for n > limit && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// A wait ends as soon as the request's context does, and no call leaves a goroutine or timer
// behind: many calls sharing one context, cancelled while they all wait.
func TestTransportHonoursContextAndLeavesNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Int32
	base := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		started.Add(1)
		return respond(503, http.Header{"Retry-After": {"30"}}, "")(r)
	})
	tr := &Transport{Base: base}
	const calls = 50
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for i := 0; i < calls; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequestWithContext(ctx, "GET", "http://api.example/", nil)
			_, err := tr.RoundTrip(req)
			errs <- err
		}()
	}
	for started.Load() < calls {
		time.Sleep(time.Millisecond)
	}
	begin := time.Now()
	cancel()
	wg.Wait()
	if waited := time.Since(begin); waited > time.Second {
		t.Errorf("calls took %v to end after the cancel", waited)
	}
	close(errs)
	for err := range errs {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err %v", err)
		}
	}
	if after := settledGoroutines(t, before); after > before {
		t.Errorf("goroutines: %d before, %d after", before, after)
	}
	// And a plain successful call leaves nothing either.
	for i := 0; i < 20; i++ {
		req, _ := http.NewRequest("GET", "http://api.example/", nil)
		tr := &Transport{Base: &fake{answers: []func(*http.Request) (*http.Response, error){respond(500, nil, ""), respond(200, nil, "")}}, Retry: noWait()}
		resp, err := tr.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	if after := settledGoroutines(t, before); after > before {
		t.Errorf("goroutines: %d before, %d after", before, after)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
