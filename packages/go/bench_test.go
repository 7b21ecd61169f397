package errata

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"
)

// The benchmarks print their cost as a ratio to a baseline measured in the same process:
// json.Unmarshal of the same bytes into map[string]any for Parse, json.Marshal of the equivalent
// struct literal for Render. Targets: Parse at most 1.5x in time and no more allocations; Render
// at most 1.5x in time. Run: go test -run '^$' -bench . -benchtime 200000x .

var parseBodies = []struct {
	name, body string
	status     int
}{
	{"standard", `{"error":{"type":"rate_limit_error","code":"outbound_limit_reached","message":"Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.","limit":35,"current":35,"mode":"total","retry_after":3600,"doc_url":"https://errata.dev/docs/errors#outbound_limit_reached"},"request_id":"req_a1b2c3d4e5f6"}`, 429},
	{"rcs", `{"error":"insufficient_balance","message":"Your free balance is 12.50 short of what this operation needs. Top up at least 12.50, then retry.","required_amount":"12.50","topup_url":"https://dashboard.example.com/billing/top-up"}`, 402},
	{"imessage", `{"error":"ApiError","message":"Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.","status":429,"code":"outbound_limit_reached","limit":35,"current":35,"mode":"total"}`, 429},
	{"sms", `{"message":"This send would exceed your daily spend limit.","error":"spend_limit_exceeded","period":"daily"}`, 403},
}

// ratio is the time of ours over the time of base, each the fastest of several rounds of n runs,
// the rounds interleaved so that both see the same load on a shared machine.
func ratio(n int, ours, base func()) float64 {
	best := func(run func()) time.Duration {
		start := time.Now()
		for i := 0; i < n; i++ {
			run()
		}
		return time.Since(start)
	}
	ours()
	base()
	minOurs, minBase := time.Duration(1<<62), time.Duration(1<<62)
	for round := 0; round < 15; round++ {
		minOurs = min(minOurs, best(ours))
		minBase = min(minBase, best(base))
	}
	return float64(minOurs) / float64(minBase)
}

func BenchmarkParse(b *testing.B) {
	header := http.Header{"Request-Id": {"req_a1b2c3d4e5f6"}}
	for _, c := range parseBodies {
		body := []byte(c.body)
		b.Run(c.name, func(b *testing.B) {
			unmarshal := func() {
				var m map[string]any
				if err := json.Unmarshal(body, &m); err != nil {
					panic(err)
				}
			}
			parse := func() {
				if _, ok := Parse(c.status, header, body).(Catalogued); !ok {
					panic("not parsed")
				}
			}
			b.ReportAllocs()
			for b.Loop() {
				parse()
			}
			b.ReportMetric(ratio(max(b.N/15, 1000), parse, unmarshal), "x-unmarshal-time")
			b.ReportMetric(testing.AllocsPerRun(100, parse)/testing.AllocsPerRun(100, unmarshal), "x-unmarshal-allocs")
		})
	}
}

type benchError struct {
	Type       string `json:"type"`
	Code       string `json:"code"`
	Message    string `json:"message"`
	Limit      int64  `json:"limit"`
	Current    int64  `json:"current"`
	Mode       string `json:"mode"`
	RetryAfter int64  `json:"retry_after"`
	DocURL     string `json:"doc_url"`
}

type benchBody struct {
	Error     benchError `json:"error"`
	RequestID string     `json:"request_id"`
}

func BenchmarkRender(b *testing.B) {
	const requestID = "req_a1b2c3d4e5f6"
	info := Lookup(CodeOutboundLimitReached)
	for _, dialect := range []Dialect{Standard, IMessage} {
		b.Run(string(dialect), func(b *testing.B) {
			marshal := func() {
				_, _ = json.Marshal(benchBody{Error: benchError{
					Type: string(info.Type), Code: string(info.Code), Message: info.Message, Limit: 35, Current: 35,
					Mode: "total", RetryAfter: 3600, DocURL: info.DocURL,
				}, RequestID: requestID})
			}
			render := func() {
				_ = Render(OutboundLimitReached{Limit: 35, Current: 35, Mode: "total"}, RenderOptions{RequestID: requestID, Dialect: dialect})
			}
			b.ReportAllocs()
			for b.Loop() {
				render()
			}
			b.ReportMetric(ratio(max(b.N/15, 1000), render, marshal), "x-marshal-time")
		})
	}
}
