package errata_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"errata.dev/errata"
)

// Raise a catalogued error: one struct per code, checked by the compiler.
func Example_raise() {
	err := errata.OutboundLimitReached{Limit: 35, Current: 35, Mode: "total"}
	fmt.Println(err.Code())
	fmt.Println(err)
	// Output:
	// outbound_limit_reached
	// Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.
}

// Render an error in the wire contract's form, byte for byte what the TypeScript server sends.
func ExampleRender() {
	r := errata.Render(errata.MissingRequiredParameter{Param: "to"}, errata.RenderOptions{RequestID: "req_a1b2c3d4e5f6"})
	fmt.Println(r.Status, r.ContentType)
	fmt.Println(string(r.Body))
	// In the iMessage API's shape:
	r = errata.Render(errata.NotFound{}, errata.RenderOptions{Dialect: errata.IMessage, RequestID: "req_a1b2c3d4e5f6"})
	fmt.Println(string(r.Body))
	// Output:
	// 400 application/json; charset=utf-8
	// {"error":{"type":"invalid_request_error","code":"missing_required_parameter","message":"The 'to' field is required.","param":"to","doc_url":"https://errata.dev/docs/errors#missing_required_parameter"},"request_id":"req_a1b2c3d4e5f6"}
	// {"error":"ApiError","message":"Resource not found.","status":404}
}

// Write an error to an http.ResponseWriter with the contract's headers.
func ExampleWriteError() {
	handler := func(w http.ResponseWriter, r *http.Request) {
		errata.WriteError(w, r, errata.Throttled{}, nil)
	}
	w := httptest.NewRecorder()
	r := httptest.NewRequest("POST", "/v1/messages", nil)
	r.Header.Set("X-Request-Id", "req_a1b2c3d4e5f6")
	handler(w, r)
	fmt.Println(w.Code, w.Header().Get("Retry-After"), w.Header().Get("Request-Id"))
	// Output: 429 1 req_a1b2c3d4e5f6
}

// Turn a panic or an unmatched route into a catalogued error, without leaking it.
func ExampleMiddleware() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/messages", func(http.ResponseWriter, *http.Request) { panic("nil map") })
	server := errata.Middleware(mux, &errata.ServeOptions{
		OnError: func(err error, sent *errata.Rendered) { /* log err with sent.RequestID */ },
	})
	for _, path := range []string{"/v1/messages", "/v1/nowhere"} {
		w := httptest.NewRecorder()
		server.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		fmt.Println(w.Code, errata.Read(w.Code, w.Header(), w.Body.Bytes(), nil).Code)
	}
	// Output:
	// 500 internal_error
	// 404 not_found
}

// Read any error response, in any dialect, and branch on its code with errors.As.
func ExampleParse() {
	body := []byte(`{"error":"ApiError","message":"Outbound contact limit reached.","status":429,"code":"outbound_limit_reached","limit":35,"current":35,"mode":"total"}`)
	err := errata.Parse(429, http.Header{"Retry-After": {"3600"}}, body)

	var limit errata.OutboundLimitReached
	if errors.As(err, &limit) {
		fmt.Println("limit", limit.Limit, "retry after", *limit.RetryAfter, "from", limit.Received.Dialect)
	}
	switch e := errata.Parse(502, nil, []byte("<html>Bad gateway</html>")).(type) {
	case *errata.TransportError:
		fmt.Println("no error body:", e.Reason)
	case *errata.UnknownError:
		fmt.Println("a code this version does not know:", e.Code)
	}
	// Output:
	// limit 35 retry after 3600 from imessage
	// no error body: not_json
}

// Retry with the RoundTripper: Retry-After as a floor with full jitter, one idempotency key for
// every attempt, the request's context honoured during the wait.
func ExampleTransport() {
	attempts := 0
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		attempts++
		if attempts == 1 {
			errata.WriteError(w, r, errata.InternalError{}, nil)
			return
		}
		_, _ = io.WriteString(w, "sent")
	}))
	defer api.Close()
	client := &http.Client{Transport: &errata.Transport{
		// A short base delay for the example; the catalogue's guidance is the default.
		Retry: errata.RetryOptions{MaxDelay: 10 * time.Millisecond},
	}}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "POST", api.URL+"/v1/messages", strings.NewReader(`{"to":"+15555550123"}`))
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, string(body), "after", attempts, "attempts")
	// Output: 200 sent after 2 attempts
}

// Fields that come from data: New checks them against the catalogue.
func ExampleNew() {
	_, err := errata.New(errata.CodeOutboundLimitReached, []errata.Field{{Name: "limit", Value: 35}})
	fmt.Println(err)
	e := errata.MustNew(errata.CodeInsufficientBalance, []errata.Field{
		{Name: "required_amount", Value: "12.50"}, {Name: "topup_url", Value: "https://dashboard.example.com/top-up"},
	})
	fmt.Println(e)
	// Output:
	// errata.New("outbound_limit_reached"): the fields do not fit the code's schema
	// Your free balance is 12.50 short of what this operation needs. Top up at least 12.50, then retry.
}
