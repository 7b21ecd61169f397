// Package errata is the Errata error catalogue for Go: every code of the messaging API, its
// status, type, message, fields and retry policy, generated from schemas/catalog.json; errors to
// raise and render byte for byte as the TypeScript server sends them, in any of the four
// dialects or as problem details; a reader of any error response; and a retrying
// http.RoundTripper. Standard library only.
//
// # Raise
//
// One struct per code, so the compiler rejects a misspelled field:
//
//	return errata.OutboundLimitReached{Limit: 35, Current: 35, Mode: "total"}
//
// Fields that come from data go through New, which checks them against the catalogue:
//
//	raised, err := errata.New(errata.CodeInsufficientBalance, []errata.Field{
//		{Name: "required_amount", Value: "12.50"}, {Name: "topup_url", Value: topUp},
//	})
//
// # Render and send
//
// Render writes an error as the contract's response; WriteError sends it on an
// http.ResponseWriter with the Content-Type, Request-Id and Retry-After headers; anything that is
// not a catalogued error is sent as internal_error, its own message never on the wire:
//
//	errata.WriteError(w, r, err, &errata.ServeOptions{
//		Dialect: func(r *http.Request) errata.Dialect { return errata.IMessage },
//		OnError: func(err error, sent *errata.Rendered) { log.Print(sent.RequestID, err) },
//	})
//
// Middleware turns a panic, and a plain-text error that net/http writes on its own (a route not
// found, a method not allowed), into a catalogued error response:
//
//	http.ListenAndServe(addr, errata.Middleware(mux, nil))
//
// # Parse
//
// Parse reads any error response (the standard dialect, the RCS, iMessage and SMS APIs' shapes,
// problem details) and never panics; ParseResponse reads a bounded body of an *http.Response.
// Branch on the code with errors.As or a type switch:
//
//	err := errata.ParseResponse(resp)
//	var limit errata.OutboundLimitReached
//	switch {
//	case errors.As(err, &limit):
//		wait(limit.Limit, limit.Received.RetryAfter)
//	case errors.As(err, new(*errata.TransportError)):
//		// no error body: a proxy's HTML page, nothing, megabytes
//	}
//
// # Retry
//
// Transport is an http.RoundTripper with the catalogue's retry policy: Retry-After as a floor
// with full jitter on top, one Idempotency-Key for every attempt, a request that is not idempotent
// retried only with a key, the request's context honoured during the wait:
//
//	client := &http.Client{Transport: &errata.Transport{}}
//
// Decide gives the same decision as @errata/client's retryDecision for a parsed result.
package errata
