package docx

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// The document as read, before it becomes a flow: what Extract gives the
// recogniser and what Inspect judges the layout by.

// document is a read Word document.
type document struct {
	body     []block
	sections []*section // in order; the last is the body's own
	notes    map[string]plan.Text
	changes  int     // tracked changes accepted
	pages    int     // docProps/app.xml's page count, 0 when unknown
	evenOdd  bool    // settings: even pages have their own header and footer
	tabStop  float64 // settings: the default tab stops' interval, in points
	stories  map[string]*story
	// pageHeader is the header part printed on the first page.
	pageHeader []block
	// headerRels are the header and footer parts by relationship id.
	headerRels map[string]string
}

// block is a *para or a *table.
type block interface{}

// para is a paragraph with its resolved properties.
type para struct {
	runs   []run
	label  string
	style  *style
	props  pprops // resolved: defaults, table style, paragraph style, numbering, own
	pos    int
	floats []block // the content of text boxes anchored in the paragraph
	// below is the content of text boxes anchored in the paragraph and
	// placed below its first line (a signer's box anchored in the
	// body's last paragraph): it reads after the paragraph.
	below []block
	lines []line // lines drawn with shapes anchored in the paragraph
	// pageField says the paragraph holds a PAGE field.
	pageField bool
	// sect is the section the paragraph ends, if any.
	sect *section
	// inTable says the paragraph is in a table's cell.
	inTable bool
	// tabsBeforePage counts the tabs before the first PAGE field (a
	// page number centred with a tab stop); tabs counts those read.
	tabsBeforePage, tabs int
	// pending holds the text of the last run while runs of the same look
	// are added to it (joined once, at the end: adding piece by piece is
	// quadratic).
	pending   strings.Builder
	pendingOn bool
}

// add appends a run, or its text to the last run when both look alike.
func (q *para) add(r run) {
	if n := len(q.runs); n > 0 && r.note == nil && q.runs[n-1].note == nil && sameLook(q.runs[n-1], r) {
		if !q.pendingOn {
			q.pending.WriteString(q.runs[n-1].text)
			q.pendingOn = true
		}
		q.pending.WriteString(r.text)
		return
	}
	q.flush()
	q.runs = append(q.runs, r)
}

// flush ends the last run's text.
func (q *para) flush() {
	if q.pendingOn {
		q.runs[len(q.runs)-1].text = q.pending.String()
		q.pending = strings.Builder{}
		q.pendingOn = false
	}
}

// run is a piece of a paragraph's text in one look.
type run struct {
	text                          string
	bold, italic, caps, underline bool
	superscript                   bool
	size                          float64
	font                          string
	note                          *plan.Footnote // a footnote reference, its text the label
}

// line is a straight line drawn with a shape (DrawingML or VML): the
// rules under the agency name and the Tiêu ngữ.
type line struct {
	length float64 // points
}

// table is a table.
type table struct {
	rows    [][]*cell
	borders bool
	pos     int
	// cols are the grid columns' widths, in points.
	cols []float64
}

// cell is a table's cell on the grid.
type cell struct {
	blocks     []block
	cols, rows int
	covered    bool
	origin     *cell // the cell whose span covers this one
	col        int
	width      float64 // points; 0 when the grid does not say
}

// section is a section's page setup.
type section struct {
	width, height            float64 // points; 0 unknown
	landscape                bool
	top, bottom, left, right float64
	header, footer           float64
	margins                  bool // the margins are given
	titlePg                  bool
	continuous               bool
	headers, footers         map[string]string // by type (default, first, even): relationship ids
	pos                      int
}

// story is a header or footer's paragraphs.
type story struct {
	paras []*para
}
