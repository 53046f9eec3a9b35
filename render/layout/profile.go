package layout

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/textutil"
)

// MaxProfileSize is the largest layout profile [ReadProfile] reads, in
// bytes: a profile is a dozen short lines.
const MaxProfileSize = 64 << 10

// Keys of a profile that are not one number of the settings table.
const (
	keyLineSpacing = "line_spacing"
	keyFirstIndent = "first_line_indent_mm"
	keySpaceBefore = "space_before_pt"
	keySpaceAfter  = "space_after_pt"

	keyRoomToSign      = "room_to_sign_mm"
	keySignerColumn    = "signature_right_column_mm"
	keySignatureWidth  = "signature_width_mm"
	keySignatureHeight = "signature_height_mm"
	keySealDiameter    = "seal_diameter_mm"
)

// ProfileKeys returns the keys a layout profile may hold, in the order
// docs/profiles.md lists them.
func ProfileKeys() []string {
	var keys []string
	for _, s := range settings {
		if s.key == "" {
			continue
		}
		if s.key == keySpaceBefore {
			keys = append(keys, keyLineSpacing)
		}
		keys = append(keys, s.key)
		if s.key == keySpaceAfter {
			keys = append(keys, keyFirstIndent)
		}
	}
	return keys
}

// ReadProfile reads a layout profile: a small YAML file of "key: value"
// lines naming an agency's layout choices within the decree's ranges
// (docs/profiles.md): margins, body size, line spacing, the space before
// and after paragraphs, the first-line indent, the columns of the header
// and the signature row, the room to sign and stamp, and the space around
// the title block and the signature. What the profile does not name keeps
// [Default]'s value; an empty profile is the default layout.
//
// A value outside the decree's range (or kehoach's own bounds where the
// decree sets none), a value that is not a number, an unknown key and a
// key given twice are refused: the error, a [*ProfileError], names each
// problem's line, key, value and range, in Vietnamese and English. The
// layout returned on success passes [Layout.Check].
func ReadProfile(data []byte) (Layout, error) {
	l := Default()
	r := profileReader{l: &l, lines: map[string]int{}}
	r.read(data)
	if len(r.problems) > 0 {
		slices.SortStableFunc(r.problems, func(a, b ProfileProblem) int { return a.Line - b.Line })
		return Default(), &ProfileError{Problems: r.problems}
	}
	r.fitSignatureBox()
	var checks CheckErrors
	if errors.As(l.Check(), &checks) { // a rule across keys, which no key's own check sees
		problems := make([]ProfileProblem, len(checks))
		for i, c := range checks {
			problems[i] = ProfileProblem{Line: r.lines[c.Key], Key: c.Key, Vi: c.Vi, En: c.En}
		}
		return Default(), &ProfileError{Problems: problems}
	}
	return l, nil
}

// fitSignatureBox keeps the signature image's box inside a room to sign
// or a signer's column the profile narrows, when the profile leaves the
// box at its default: a paper plan's profile need not know the box.
func (r *profileReader) fitSignatureBox() {
	l := r.l
	if _, set := r.lines[keySignatureHeight]; !set && r.lines[keyRoomToSign] > 0 {
		l.SignatureBoxHeight = min(l.SignatureBoxHeight, l.SignatureSpace)
	}
	if _, set := r.lines[keySignatureWidth]; !set && r.lines[keySignerColumn] > 0 {
		l.SignatureBoxWidth = min(l.SignatureBoxWidth, l.SignatureRight)
	}
}

// ProfileError is what is wrong with a layout profile: every problem at
// once.
type ProfileError struct {
	Problems []ProfileProblem
}

// ProfileProblem is one problem of a layout profile: the line it is on
// (0 for the whole file), the key it is about ("" for none), and what is
// wrong, in Vietnamese and English, naming the key.
type ProfileProblem struct {
	Line   int
	Key    string
	Vi, En string
}

// Message returns the problem in a language ("en" for English,
// Vietnamese otherwise), after its line: "line 4: body_size_pt: …".
func (p ProfileProblem) Message(lang string) string {
	text, line := p.Vi, "dòng"
	if lang == "en" {
		text, line = p.En, "line"
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s %d: %s", line, p.Line, text)
	}
	return text
}

// In returns the problem in Vietnamese and English after the file it is
// in and its line, as a compiler names a place: "lao-cai.yaml:9: …".
func (p ProfileProblem) In(file string) (vi, en string) {
	where := file
	if p.Line > 0 {
		where = fmt.Sprintf("%s:%d", file, p.Line)
	}
	return where + ": " + p.Vi, where + ": " + p.En
}

// Error returns the problems in English, one per line.
func (e *ProfileError) Error() string { return e.Message("en") }

// Message returns the problems in a language, one per line.
func (e *ProfileError) Message(lang string) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Message(lang)
	}
	return strings.Join(lines, "\n")
}

// profileReader reads a profile into a layout, collecting its problems.
type profileReader struct {
	l        *Layout
	lines    map[string]int // the line of each key read
	problems []ProfileProblem
}

func (r *profileReader) add(line int, key, vi, en string) {
	r.problems = append(r.problems, ProfileProblem{Line: line, Key: key, Vi: vi, En: en})
}

func (r *profileReader) read(data []byte) {
	if len(data) > MaxProfileSize {
		r.add(0, "", fmt.Sprintf("tệp hồ sơ bố cục có %d byte; hồ sơ dài tối đa %d KiB", len(data), MaxProfileSize>>10),
			fmt.Sprintf("the layout profile is %d bytes; a profile is at most %d KiB", len(data), MaxProfileSize>>10))
		return
	}
	var doc yaml.Node
	if err := safeUnmarshal(data, &doc); err != nil {
		r.syntax(err)
		return
	}
	if len(doc.Content) == 0 { // only comments, or nothing: the default layout
		return
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" { // "---" and nothing: the default layout
		return
	}
	if root.Kind != yaml.MappingNode {
		r.add(root.Line, "", `hồ sơ bố cục phải gồm các dòng dạng "khóa: giá trị"`, `a layout profile is a list of "key: value" lines`)
		return
	}
	known := ProfileKeys()
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := k.Value
		switch first, seen := r.lines[key]; {
		case !slices.Contains(known, key):
			vi, en := textutil.Suggest(key, known)
			list := strings.Join(known, ", ")
			r.add(k.Line, "", fmt.Sprintf("khóa %q không có trong hồ sơ bố cục%s; các khóa là %s", key, vi, list),
				fmt.Sprintf("unknown profile key %q%s; the keys are %s", key, en, list))
		case seen:
			r.add(k.Line, key, fmt.Sprintf("%s được ghi hai lần (lần đầu ở dòng %d): chỉ giữ một", key, first),
				fmt.Sprintf("%s is given twice (first on line %d): keep one", key, first))
		default:
			r.lines[key] = k.Line
			r.value(key, v)
		}
	}
	r.relations()
}

// syntax reports a YAML syntax error on its line.
func (r *profileReader) syntax(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	r.add(line, "", "hồ sơ bố cục sai cú pháp YAML: "+textutil.YAMLMessageVi(msg), "the layout profile is not valid YAML: "+msg)
}

var yamlLine = lazyregexp.New(`^yaml: line (\d+): (.*)$`)

// safeUnmarshal decodes YAML into a node, turning a panic of the YAML
// library into an error: no input may crash the reader.
func safeUnmarshal(data []byte, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("yaml: unreadable profile (%v)", p)
		}
	}()
	return yaml.Unmarshal(data, n)
}

// value reads one key's value into the layout.
func (r *profileReader) value(key string, v *yaml.Node) {
	for v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	text := strings.TrimSpace(v.Value)
	switch {
	case v.Kind != yaml.ScalarNode:
		r.add(v.Line, key, key+": cần một giá trị, không phải một danh sách hay các khóa con",
			key+": needs one value, not a list or keys under it")
		return
	case v.Tag == "!!null" || text == "":
		r.add(v.Line, key, key+" chưa có giá trị", key+" has no value")
		return
	case key == keyLineSpacing:
		r.lineSpacing(v.Line, text)
		return
	}
	n, ok := number(text)
	if !ok {
		r.add(v.Line, key, fmt.Sprintf("%s: %q không phải là một số", key, text), fmt.Sprintf("%s: %q is not a number", key, text))
		return
	}
	if key == keyFirstIndent {
		if !Decree().FirstIndentAllowed(n) {
			r.add(v.Line, key, fmt.Sprintf("%s: %s mm không phải 10 hay 12.7 mm (1 cm hoặc 1,27 cm), hai lề thụt Nghị định 30 cho phép", key, num(n)),
				fmt.Sprintf("%s: %s mm is neither of the decree's 10 and 12.7 mm (1 cm or 1.27 cm)", key, num(n)))
		}
		r.l.FirstIndent = MM(n)
		return
	}
	s := settingOf(key)
	if s.allowed(r.l).Unit == "mm" {
		*s.field(r.l) = MM(n)
	} else {
		*s.field(r.l) = n
	}
}

// number reads a number, with a decimal point or a decimal comma ("12,7",
// as Vietnamese writes it).
func number(text string) (float64, bool) {
	if strings.Count(text, ",") == 1 && !strings.Contains(text, ".") {
		text = strings.Replace(text, ",", ".", 1)
	}
	n, err := strconv.ParseFloat(text, 64)
	return n, err == nil && !math.IsNaN(n) && !math.IsInf(n, 0)
}

// exactly matches an exact line spacing: "exactly 17", "exactly 17 pt".
var exactly = lazyregexp.New(`^(?i)exactly\s+([0-9]+(?:[.,][0-9]+)?)\s*(?:pt)?$`)

// lineSpacing reads the line spacing: "single", a multiple of single
// spacing ("1.5"), or an exact line height ("exactly 17").
func (r *profileReader) lineSpacing(line int, text string) {
	d := Decree()
	key := keyLineSpacing
	if m := exactly.FindStringSubmatch(text); m != nil {
		n, _ := number(m[1])
		if !d.LineExact.Contains(n) {
			r.add(line, key, fmt.Sprintf("%s: exactly %s pt nằm ngoài khoảng Nghị định 30 cho phép (%s)", key, num(n), d.LineExact.Vi()),
				fmt.Sprintf("%s: exactly %s pt is outside the decree's range %s", key, num(n), d.LineExact))
		}
		r.l.LineExact, r.l.LineSpacing = n, 1
		return
	}
	n, ok := number(text)
	if strings.EqualFold(text, "single") {
		n, ok = 1, true
	}
	if !ok {
		r.add(line, key, fmt.Sprintf(`%s: không đọc được %q: ghi single (dòng đơn), một bội số của dòng đơn như 1.15 hoặc 1.5, hoặc exactly 17 (mỗi dòng cao đúng 17 pt)`, key, text),
			fmt.Sprintf(`%s: cannot read %q: write single, a multiple of single spacing such as 1.15 or 1.5, or exactly 17 (every line exactly 17 pt)`, key, text))
		return
	}
	if !d.LineMultiple.Contains(n) {
		hintVi, hintEn := "", ""
		if d.LineExact.Contains(n) {
			hintVi = fmt.Sprintf(`; để mỗi dòng cao đúng %s pt, ghi "exactly %s"`, num(n), num(n))
			hintEn = fmt.Sprintf(`; for lines exactly %s pt apart, write "exactly %s"`, num(n), num(n))
		}
		r.add(line, key, fmt.Sprintf("%s: %s dòng nằm ngoài khoảng Nghị định 30 cho phép (%s)%s", key, num(n), d.LineMultiple.Vi(), hintVi),
			fmt.Sprintf("%s: %s lines is outside the decree's range %s%s", key, num(n), d.LineMultiple, hintEn))
	}
	r.l.LineSpacing, r.l.LineExact = n, 0
}

// relations checks each number read against its range, once all are
// read (a column's range depends on the margins), and the space between
// paragraphs, which two keys make.
func (r *profileReader) relations() {
	for i := range settings {
		s := &settings[i]
		line, given := r.lines[s.key]
		if s.key == "" || !given {
			continue
		}
		rng := s.allowed(r.l)
		v := s.value(r.l)
		if rng.Contains(v) {
			continue
		}
		vi, en := s.whose()
		r.add(line, s.key, fmt.Sprintf("%s: %s %s nằm ngoài khoảng %s (%s)", s.key, num(v), rng.Unit, vi, rng.Vi()),
			fmt.Sprintf("%s: %s %s is outside %s range %s", s.key, num(v), rng.Unit, en, rng))
	}
	before, hasBefore := r.lines[keySpaceBefore]
	after, hasAfter := r.lines[keySpaceAfter]
	if (hasBefore || hasAfter) && !r.l.paragraphGapOK() {
		line, key := max(before, after), keySpaceBefore
		if !hasBefore {
			key = keySpaceAfter
		}
		b, a := num(r.l.ParaSpacing), num(r.l.ParaSpacingAfter)
		gap := num(ParagraphGap(r.l.ParaSpacingAfter, r.l.ParaSpacing))
		d := Decree().ParagraphGap
		r.add(line, key,
			fmt.Sprintf("%s %s pt và %s %s pt: giữa hai đoạn văn, Word và LibreOffice để khoảng lớn hơn trong hai khoảng này (%s pt), không cộng lại; Nghị định 30 yêu cầu %s: đặt một trong hai từ 6 pt trở lên",
				keySpaceBefore, b, keySpaceAfter, a, gap, d.Vi()),
			fmt.Sprintf("%s %s pt and %s %s pt: Word and LibreOffice leave the larger of the two between paragraphs (%s pt), not their sum; the decree asks %s: set one of them to 6 pt or more",
				keySpaceBefore, b, keySpaceAfter, a, gap, d))
	}
}

// settingOf returns the setting of a profile key.
func settingOf(key string) *setting {
	for i := range settings {
		if settings[i].key == key {
			return &settings[i]
		}
	}
	return nil
}
