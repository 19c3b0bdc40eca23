"""Shared parts of the step illustrations: bodies per position, arm and leg poses, props and
the accent marks (zone, arrow, chevrons). Coordinates are in a 160 x 120 box, y down, the mat's
top at y = 104, the head at the left for lying positions."""

FLOOR = 104
OUTLINE = 2.5  # stroke width of every line of the figure

# Limb thickness (the figure's inner width; the outline adds OUTLINE on each side).
HEAD, TORSO, THIGH, SHIN, UPPER_ARM, FOREARM, FOOT = 19, 17, 12, 8.5, 7, 6, 5


def part(points, width):
	return (tuple(points), width)


def head(x, y):
	return part([(x, y), (x + 0.1, y)], HEAD)


def leg(hip, knee, ankle, toe):
	return [part([hip, knee], THIGH), part([knee, ankle], SHIN), part([ankle, toe], FOOT)]


def arm(shoulder, elbow, hand):
	return [part([shoulder, elbow], UPPER_ARM), part([elbow, hand], FOREARM)]


class Picture:
	"""Layers of body parts (each drawn as an outline with paper inside, so overlapping parts of
	one layer merge into one rounded shape), then props, zones, hands, arrows and chevrons."""

	def __init__(self):
		self.layers = []
		self.under = []  # props drawn below the figure (mat-level items such as a bed)
		self.marks = []

	def layer(self, *groups):
		parts = []
		for g in groups:
			parts.extend(g if isinstance(g, list) else [g])
		self.layers.append(parts)
		return self

	def mark(self, svg):
		self.marks.append(svg)
		return self

	def svg(self):
		out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120" class="illustration-figure" '
			'fill="none" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">']
		out.append('<rect x="4" y="104" width="152" height="7" rx="3.5" fill="currentColor" fill-opacity="0.14"/>')
		out.extend(self.under)
		for parts in self.layers:
			out.append('<g stroke="currentColor">')
			for points, width in parts:
				out.append(f'<path d="{path(points)}" stroke-width="{fmt(width + 2 * OUTLINE)}"/>')
			out.append('</g><g class="ill-paper" stroke="#FFFFFF">')
			for points, width in parts:
				out.append(f'<path d="{path(points)}" stroke-width="{fmt(width)}"/>')
			out.append('</g>')
		out.extend(self.marks)
		out.append('</svg>')
		return '\n'.join(out) + '\n'


def fmt(n):
	return ('%.1f' % n).rstrip('0').rstrip('.')


def path(points):
	return 'M' + ' L'.join(f'{fmt(x)} {fmt(y)}' for x, y in points)


ACCENT = '#0F766E'


def zone(cx, cy, rx, ry, rotate=0):
	"""The worked area: a soft filled ellipse in the accent colour."""
	transform = f' transform="rotate({fmt(rotate)} {fmt(cx)} {fmt(cy)})"' if rotate else ''
	return (f'<ellipse class="ill-accent-fill" cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx)}" ry="{fmt(ry)}" '
		f'fill="{ACCENT}" fill-opacity="0.3"{transform}/>')


def hand(x, y, r=4.5):
	return f'<circle class="ill-accent-fill" cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}" fill="{ACCENT}"/>'


def fingertips(x, y, angle=0):
	"""A hand seen from the side with the fingertips pointing along angle (degrees, 0 = down)."""
	return (f'<ellipse class="ill-accent-fill" cx="{fmt(x)}" cy="{fmt(y)}" rx="3.8" ry="6" fill="{ACCENT}" '
		f'transform="rotate({fmt(angle)} {fmt(x)} {fmt(y)})"/>')


def ball(x, y, r=6):
	return (f'<circle class="ill-accent-fill ill-accent-stroke" cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}" '
		f'fill="{ACCENT}" fill-opacity="0.35" stroke="{ACCENT}" stroke-width="2.5"/>')


def roller(x, y, r=9):
	return (f'<g class="ill-accent-stroke" stroke="{ACCENT}" stroke-width="2.5">'
		f'<circle class="ill-accent-fill" cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}" fill="{ACCENT}" fill-opacity="0.3"/>'
		f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r / 2.6)}"/></g>')


def bolster(x, y, w, h):
	"""A bolster or cushion seen from the side, its bottom at (x .. x + w, y + h)."""
	return (f'<rect class="ill-accent-fill ill-accent-stroke" x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" '
		f'height="{fmt(h)}" rx="{fmt(min(w, h) / 2)}" fill="{ACCENT}" fill-opacity="0.3" stroke="{ACCENT}" '
		f'stroke-width="2.5"/>')


def arrow(d, head_points):
	"""One curved arrow: the path d, and the arrowhead as a polyline at its end."""
	return (f'<g class="ill-accent-stroke" stroke="{ACCENT}" stroke-width="2.5">'
		f'<path d="{d}"/><path d="{head_points}"/></g>')


def arrow_to(points, bend=0.0):
	"""A quadratic curved arrow from start to end, bent sideways by `bend` (fraction of length)."""
	(x1, y1), (x2, y2) = points
	dx, dy = x2 - x1, y2 - y1
	length = (dx * dx + dy * dy) ** 0.5
	mx, my = (x1 + x2) / 2 - dy * bend, (y1 + y2) / 2 + dx * bend
	# Arrowhead along the tangent at the end (from the control point to the end).
	tx, ty = x2 - mx, y2 - my
	tl = (tx * tx + ty * ty) ** 0.5
	ux, uy = tx / tl, ty / tl
	size = 5.5
	left = (x2 - ux * size - uy * size * 0.8, y2 - uy * size + ux * size * 0.8)
	right = (x2 - ux * size + uy * size * 0.8, y2 - uy * size - ux * size * 0.8)
	d = f'M{fmt(x1)} {fmt(y1)} Q{fmt(mx)} {fmt(my)} {fmt(x2)} {fmt(y2)}'
	return arrow(d, f'M{fmt(left[0])} {fmt(left[1])} L{fmt(x2)} {fmt(y2)} L{fmt(right[0])} {fmt(right[1])}')


def circle_arrow(cx, cy, rx, ry, clockwise=True):
	"""A nearly closed elliptical arrow for circling movements, seen from the side."""
	sweep = 1 if clockwise else 0
	# From the left end, round the ellipse to just short of the start.
	x0, y0 = cx - rx, cy
	x1, y1 = cx - rx * 0.7, cy + ry * 0.71 * (1 if clockwise else -1)
	d = (f'M{fmt(x0)} {fmt(y0)} A{fmt(rx)} {fmt(ry)} 0 1 {sweep} {fmt(x1)} {fmt(y1)}')
	# Arrowhead pointing back towards the start along the ellipse.
	hx, hy = x1, y1
	s = 1 if clockwise else -1
	head = (f'M{fmt(hx + 6)} {fmt(hy + 1.5 * s)} L{fmt(hx)} {fmt(hy)} L{fmt(hx + 3)} {fmt(hy - 5.5 * s)}')
	return arrow(d, head)


def chevrons(x, y, count, angle=0):
	"""Pressure: 1-3 small chevrons pointing along angle (0 = down), stacked towards the tip at (x, y)."""
	paths = []
	for i in range(count):
		oy = y - 6 * (count - 1 - i)
		paths.append(f'M{fmt(x - 5)} {fmt(oy - 4)} L{fmt(x)} {fmt(oy)} L{fmt(x + 5)} {fmt(oy - 4)}')
	transform = f' transform="rotate({fmt(angle)} {fmt(x)} {fmt(y)})"' if angle else ''
	return (f'<path class="ill-accent-stroke" d="{" ".join(paths)}" stroke="{ACCENT}" stroke-width="2.5"'
		f'{transform}/>')


def line_art(d, opacity=None):
	"""Furniture (chair, bed) in the text colour, thinner presence than the figure."""
	extra = f' stroke-opacity="{opacity}"' if opacity else ''
	return f'<path d="{d}" stroke="currentColor" stroke-width="2.5"{extra}/>'
