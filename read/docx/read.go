package docx

import (
	"context"
	"errors"
	"time"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/structure"
)

// Read reads a plan from a Word document (.docx): its flow ([Extract])
// through the structure recogniser, which finds the header, the title
// and subject, the body by its labels and Word's numbering, the
// recipients, the signer and the appendices. The plan holds what could
// be recovered; the error, [plan.Errors], names each field that could not
// be found and every problem validation finds in what was. A file that is
// not a Word document, or past the limits, gets an error with an empty
// plan.
func Read(src []byte, file string, opts ...Option) (*plan.Plan, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	doc, err := Extract(src, opts...)
	if err != nil {
		return emptyPlan(file), err
	}
	p, problems := structure.Plan(doc, file)
	if e := plan.CheckCounts(p, cfg.limits); e != nil {
		return p, plan.Errors{e}.WithFile(file)
	}
	return p, plan.MergeProblems(problems, plan.AsErrors(p.Validate())).WithFile(file).Err()
}

// ReadDoc reads a plan from a Word 97–2003 document (.doc), converted to a
// .docx by LibreOffice ([ConvertDoc], within a minute); without LibreOffice
// the error says how to convert the file by hand.
func ReadDoc(src []byte, file string, opts ...Option) (*plan.Plan, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if int64(len(src)) > cfg.limits.Or().PackageSize {
		return emptyPlan(file), &limits.Error{Limit: "PackageSize", Max: cfg.limits.Or().PackageSize, Got: int64(len(src)), Unit: "bytes",
			What: "the file is", WhatVi: "tệp có dung lượng"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	converted, err := ConvertDoc(ctx, src)
	if err != nil {
		return emptyPlan(file), err
	}
	return Read(converted, file, opts...)
}

// emptyPlan is the plan of a file that could not be read at all.
func emptyPlan(file string) *plan.Plan {
	return &plan.Plan{Source: &plan.Source{File: file, FrontMatterBroken: true, BodyBroken: true}}
}

// IsUnreadable reports whether err says a file is not a Word document
// that can be read at all (as opposed to a plan read with problems).
func IsUnreadable(err error) bool {
	var e *Error
	var l *limits.Error
	return errors.As(err, &e) || errors.As(err, &l)
}
