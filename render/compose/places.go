package compose

// PlaceKind names what a [Place] is for.
type PlaceKind string

// The places of a page that the layout reserves for what is added when
// the document is issued.
const (
	// PlaceNumber is the blank between "Số:" and "/" of an unnumbered
	// plan, where the văn thư's system stamps the number (Điều 15.3).
	PlaceNumber PlaceKind = "number"
	// PlaceDay, PlaceMonth and PlaceYear are the blanks of the date line.
	PlaceDay   PlaceKind = "day"
	PlaceMonth PlaceKind = "month"
	PlaceYear  PlaceKind = "year"
	// PlaceSignature is the box of the signer's signature image (ô 7c),
	// centred between the position and the name.
	PlaceSignature PlaceKind = "signature"
	// PlaceSeal is the box of the seal image (ô 8), at the seal's real
	// size, over the signature's left third.
	PlaceSeal PlaceKind = "seal"
	// PlaceCorner is the box of the top-right text of an appendix file or
	// an electronic copy, where the agency's signature writes its number
	// and time.
	PlaceCorner PlaceKind = "top-right"
)

// Place is a rectangle of a page that the layout reserves: its top-left
// corner (X, Y) and size in points from the page's top-left corner. A
// text place (a blank, the top-right text) also gives the Baseline its
// text sits on and its font Size, so that what is stamped there lines up
// with the words around it. Nothing moves when the place is filled.
type Place struct {
	Kind                PlaceKind
	X, Y, Width, Height float64
	Baseline, Size      float64
}

// Located is a place on a page of a document, numbered from 1 in the
// document's order (not the printed page number).
type Located struct {
	Page int
	Place
}

// Placement is where a document's places print, and how many pages it
// has.
type Placement struct {
	Pages  int
	Places []Located
	// Sizes are each page's width and height, in points.
	Sizes [][2]float64
}

// PlacementOf returns the places of every page, in page order, and in
// each page in the order they were laid out (the top-right text, the
// blanks, the signature, the seal), with the page count.
func PlacementOf(pages []Page) Placement {
	out := Placement{Pages: len(pages)}
	for i, pg := range pages {
		out.Sizes = append(out.Sizes, [2]float64{pg.Width, pg.Height})
		for _, pl := range pg.Places {
			out.Places = append(out.Places, Located{Page: i + 1, Place: pl})
		}
	}
	return out
}

// ImagesOf returns the pictures drawn on the pages (the signature and the
// seal, where they print), in page order.
func ImagesOf(pages []Page) []Image {
	var out []Image
	for _, pg := range pages {
		out = append(out, pg.Images...)
	}
	return out
}
