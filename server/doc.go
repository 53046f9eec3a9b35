// Package server is kehoach as an HTTP service: an [http.Handler] that
// renders and checks plans for any system that can send a request (the
// e-office systems of Vietnamese agencies are mostly Java, .NET or PHP),
// and a web editor at / that a clerk uses in a browser without installing
// anything.
//
// [New] returns the handler; a Go application mounts it in its own server
// (under a prefix with [http.StripPrefix]), and the kehoach command runs
// it alone (kehoach serve, with [NewHTTPServer]'s timeouts). It is built
// on the pipeline package kehoach: plans are read by [kehoach.Read] (by
// extension, so the readers a program registers are served too), judged
// by [kehoach.Check] and rendered by [kehoach.Render], in memory and within
// the limits of package limits. It holds nothing between requests and
// never reads or writes a file: every plan and template comes in a
// request, and any number of instances may serve behind a load balancer.
//
// The API is versioned under /v1 and described by an OpenAPI 3.1 document
// at /v1/openapi.json; errors are application/problem+json (RFC 9457) with
// stable codes, worded in Vietnamese or English by Accept-Language and in
// both in detail_vi and detail_en. Renders are bounded: a gate lets
// [WithWorkers] of them run at once and [WithQueue] wait, and refuses the
// rest at once with 503 and Retry-After; bodies are bounded in size and
// time; a request whose client went away is dropped. /metrics reports
// requests, render durations per format, renders in flight and
// rejections in the Prometheus text format. docs/api.md and
// docs/deploy.md describe the service and how to run it.
package server
