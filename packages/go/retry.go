package errata

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"math"
	mathrand "math/rand/v2"
	"net/http"
	"strings"
	"time"
)

// RetryOptions are the caps and the randomness of retries; zero values take the catalogue's
// retry guidance (3 attempts, 500 ms base, 60 s cap) and math/rand/v2.
type RetryOptions struct {
	// MaxAttempts is the attempts in all, the first included.
	MaxAttempts int
	// BaseDelay is the ceiling of the jitter after the first attempt, doubled for each further one.
	BaseDelay time.Duration
	// MaxDelay caps the jitter; a server asking for a longer wait is not retried.
	MaxDelay time.Duration
	// Random returns a number in [0, 1) for the jitter.
	Random func() float64
}

func (o *RetryOptions) maxAttempts() int {
	if o == nil || o.MaxAttempts <= 0 {
		return retryGuidance.MaxAttempts
	}
	return o.MaxAttempts
}

func (o *RetryOptions) baseMs() float64 {
	if o == nil || o.BaseDelay <= 0 {
		return float64(retryGuidance.BaseDelayMs)
	}
	return float64(o.BaseDelay.Milliseconds())
}

func (o *RetryOptions) maxMs() float64 {
	if o == nil || o.MaxDelay <= 0 {
		return float64(retryGuidance.MaxDelayMs)
	}
	return float64(o.MaxDelay.Milliseconds())
}

func (o *RetryOptions) random() float64 {
	if o == nil || o.Random == nil {
		return mathrand.Float64()
	}
	return o.Random()
}

// Decision says whether to retry, and after how long.
type Decision struct {
	Retry bool
	// DelayMs is the wait in milliseconds (when not retrying, the server's wait that was too long,
	// or 0).
	DelayMs float64
}

// Delay is the wait as a duration.
func (d Decision) Delay() time.Duration { return time.Duration(d.DelayMs * float64(time.Millisecond)) }

// RetryPolicyOf is the retry policy of a result: its code's when known, else its type's (5xx
// backoff, 429 retry_after, others never).
func RetryPolicyOf(r *Result) RetryPolicy {
	if r.Known {
		if info := Lookup(r.Code); info != nil {
			return info.Retry
		}
	}
	if t := LookupType(r.Type); t != nil {
		return t.Retry
	}
	return RetryNever
}

// BackoffDelay is full-jitter exponential backoff in milliseconds: a random wait up to
// base * 2^(attempt-1), capped.
func BackoffDelay(attempt int, options *RetryOptions) float64 {
	ceiling := math.Min(options.maxMs(), options.baseMs()*math.Pow(2, float64(attempt-1)))
	return math.Floor(options.random() * ceiling)
}

// Decide is whether to retry after the attempt-th attempt (1 for the first) got r, as
// @errata/client's retryDecision: the server's wait (Retry-After or retry_after, else the code's
// default) is a floor with full jitter on top; never codes are not retried, nor past the last
// attempt, nor when the server asks for more than the cap.
func Decide(r *Result, attempt int, options *RetryOptions) Decision {
	if attempt >= options.maxAttempts() || RetryPolicyOf(r) == RetryNever {
		return Decision{}
	}
	var seconds float64
	if r.HasRetryAfter {
		seconds = float64(r.RetryAfter)
	} else if r.Known {
		if info := Lookup(r.Code); info != nil && info.HasRetryAfter {
			seconds = float64(info.RetryAfter)
		}
	}
	floor := seconds * 1000
	if floor > options.maxMs() {
		return Decision{Retry: false, DelayMs: floor}
	}
	return Decision{Retry: true, DelayMs: floor + BackoffDelay(attempt, options)}
}

// DecideNetworkError is whether to retry a request that got no response: only one that can be
// sent again (an idempotent method, or an idempotency key), before the last attempt.
func DecideNetworkError(method string, hasKey bool, attempt int, options *RetryOptions) Decision {
	if !replayable(strings.ToUpper(method), hasKey) || attempt >= options.maxAttempts() {
		return Decision{}
	}
	return Decision{Retry: true, DelayMs: BackoffDelay(attempt, options)}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func replayable(method string, hasKey bool) bool {
	return hasKey || contains(retryGuidance.KeyedMethods, method) || contains(retryGuidance.IdempotentMethods, method)
}

// IdempotencyKeyHeader is the header that makes a request safe to send again.
const IdempotencyKeyHeader = "Idempotency-Key"

// Attempt is what Transport.OnAttempt hears after each attempt.
type Attempt struct {
	// Number is 1 for the first attempt.
	Number int
	// Response is the response, when one came; Result its parsed error, when it is an error.
	Response *http.Response
	Result   *Result
	// Err is what the base transport returned, when no response came.
	Err      error
	Decision Decision
}

// Transport is an http.RoundTripper that retries by the catalogue's policy: every attempt of one
// request sends the same Idempotency-Key (one is made for a POST or PATCH without one), a request
// that got no response is retried only when it is idempotent or keyed, a body that cannot be
// sent again (no GetBody) is sent once, the server's Retry-After is a floor with full jitter on
// top, and the request's context ends any wait at once. No goroutine or timer outlives a call.
type Transport struct {
	// Base sends each attempt; http.DefaultTransport when nil.
	Base http.RoundTripper
	// Retry holds the caps and the randomness.
	Retry RetryOptions
	// Read holds the limits of reading an error body.
	Read ReadOptions
	// IdempotencyKey makes the key of a POST or PATCH that has none; a random UUID when nil.
	IdempotencyKey func() string
	// OnAttempt, when set, is called after each attempt, before any wait.
	OnAttempt func(Attempt)
}

func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// wait sleeps d or until ctx ends, leaving no timer behind.
func wait(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d <= 0 {
		return nil
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// bodyKeeper gives the caller an error response's body whole after the first part was read to
// parse it.
type bodyKeeper struct {
	io.Reader
	io.Closer
}

// RoundTrip sends req, retrying as the Transport's documentation says.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	ctx := req.Context()
	method := strings.ToUpper(req.Method)
	if method == "" {
		method = http.MethodGet
	}
	header := req.Header.Clone()
	if header == nil {
		header = http.Header{}
	}
	if contains(retryGuidance.KeyedMethods, method) && header.Get(IdempotencyKeyHeader) == "" {
		key := ""
		if t.IdempotencyKey != nil {
			key = t.IdempotencyKey()
		}
		if key == "" {
			key = newUUID()
		}
		header.Set(IdempotencyKeyHeader, key)
	}
	_, keyed := header[http.CanonicalHeaderKey(IdempotencyKeyHeader)]
	canReplay := replayable(method, keyed)
	options := t.Retry
	attempts := options.maxAttempts()
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		attempts = 1
	}
	options.MaxAttempts = attempts
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := req.Clone(ctx)
		r.Header = header
		if attempt > 1 && req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			r.Body = body
		}
		resp, err := base.RoundTrip(r)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return nil, ctxErr
			}
			var d Decision
			if canReplay && attempt < attempts {
				d = Decision{Retry: true, DelayMs: BackoffDelay(attempt, &options)}
			}
			t.report(Attempt{Number: attempt, Err: err, Decision: d})
			if !d.Retry {
				return nil, err
			}
			if err := wait(ctx, d.Delay()); err != nil {
				return nil, err
			}
			continue
		}
		if resp.StatusCode < 400 {
			t.report(Attempt{Number: attempt, Response: resp})
			return resp, nil
		}
		result := t.readError(resp)
		d := Decide(result, attempt, &options)
		t.report(Attempt{Number: attempt, Response: resp, Result: result, Decision: d})
		if !d.Retry {
			return resp, nil
		}
		resp.Body.Close()
		if err := wait(ctx, d.Delay()); err != nil {
			return nil, err
		}
	}
}

func (t *Transport) report(a Attempt) {
	if t.OnAttempt != nil {
		// A failing report must not cost the caller its response.
		defer func() { _ = recover() }()
		t.OnAttempt(a)
	}
}

// readError parses an error response, and leaves its body whole for the caller.
func (t *Transport) readError(resp *http.Response) *Result {
	max := t.Read.max()
	if resp.Body == nil || resp.Body == http.NoBody {
		return Read(resp.StatusCode, resp.Header, []byte{}, &t.Read)
	}
	if resp.ContentLength > int64(max) {
		return transport(resp.StatusCode, ReasonTooLarge, resp.Header, &t.Read)
	}
	data, reason := readBounded(resp.Body, max, &t.Read)
	resp.Body = bodyKeeper{io.MultiReader(bytes.NewReader(data), resp.Body), resp.Body}
	if reason != "" {
		return transport(resp.StatusCode, reason, resp.Header, &t.Read)
	}
	return Read(resp.StatusCode, resp.Header, data, &t.Read)
}
