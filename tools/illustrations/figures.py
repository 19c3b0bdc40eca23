"""The step illustrations: each one a body pose from parts.py plus what teaches (hands, props,
zone, arrow, chevrons). Run generate.py to write the SVG files."""

from parts import (Picture, head, leg, arm, part, zone, hand, fingertips, ball, roller, bolster, arrow_to,
	circle_arrow, chevrons, line_art, TORSO)

FIGURES = {}  # id -> (position, equipment, fallback, build)


def figure(id, position, equipment, fallback=False):
	def register(build):
		FIGURES[id] = (position, equipment, fallback, build)
		return build
	return register


def rest_hand(x, y):
	return part([(x, y), (x + 0.1, y)], 7)


# ---------- Lying on the back: head left, shoulders (34, 92), hips (80, 92) ----------

S, H = (34, 92), (80, 92)
HOOK = leg(H, (103, 64), (119, 96), (131, 98.5))
LONG = leg(H, (111, 94), (139, 95), (142, 86))
ARM_AT_SIDE = arm((36, 92), (54, 98), (70, 99)) + [rest_hand(72, 99)]
BELLY = (63, 80)


def lying(legs=HOOK, far_leg=None, hip=H, shoulder=S, head_at=(18, 89)):
	p = Picture()
	if far_leg:
		p.layer(far_leg)
	p.layer(head(*head_at), part([shoulder, hip], TORSO), legs)
	return p


def hands_on_belly(p, at=BELLY):
	p.layer(arm((36, 91), (48, 99), (at[0] - 3, at[1] + 2)))
	return p.mark(hand(*at))


def fingertips_at(p, at, angle=-20):
	p.layer(arm((36, 91), (50, 99), (at[0] - 4, at[1] + 3)))
	return p.mark(fingertips(at[0], at[1], angle))


@figure('back-rest', 'LYING_ON_BACK', 'NONE', fallback=True)
def _():
	return lying().layer(ARM_AT_SIDE)


@figure('back-breathe', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying().mark(zone(64, 84, 15, 7))
	hands_on_belly(p, (62, 80))
	return p.mark(arrow_to([(64, 70), (64, 56)]))


@figure('back-belly-circles', 'LYING_ON_BACK', 'HANDS', fallback=True)
def _():
	p = lying().mark(zone(64, 84, 15, 7))
	hands_on_belly(p, (64, 80))
	return p.mark(circle_arrow(64, 66, 14, 6)).mark(chevrons(64, 76, 1))


@figure('back-belly-circles-clockwise', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying().mark(zone(64, 84, 15, 7))
	fingertips_at(p, (64, 79))
	return p.mark(circle_arrow(64, 64, 14, 6, clockwise=True))


@figure('back-belly-circles-anticlockwise', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying().mark(zone(64, 84, 15, 7))
	fingertips_at(p, (64, 79))
	return p.mark(circle_arrow(64, 64, 14, 6, clockwise=False))


@figure('back-belly-sink', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying().mark(zone(64, 84, 15, 7))
	fingertips_at(p, (64, 79))
	return p.mark(circle_arrow(64, 60, 14, 6)).mark(chevrons(64, 74, 2))


HIP_FRONT = (77, 80)


@figure('back-hip-circles', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying().mark(zone(77, 84, 8, 5))
	fingertips_at(p, HIP_FRONT)
	return p.mark(circle_arrow(77, 66, 9, 4.5))


@figure('back-psoas-find', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying(legs=leg(H, (103, 62), (121, 90), (132, 91))).mark(zone(70, 85, 9, 5))
	fingertips_at(p, (70, 79))
	return p.mark(arrow_to([(128, 84), (128, 72)]))


@figure('back-psoas-press', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying().mark(zone(70, 85, 9, 5))
	fingertips_at(p, (70, 79))
	return p.mark(chevrons(70, 72, 2))


@figure('back-psoas-leg-slide', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying(legs=leg(H, (108, 80), (132, 97), (142, 93))).mark(zone(72, 85, 9, 5))
	fingertips_at(p, (72, 79))
	return p.mark(chevrons(72, 72, 1)).mark(arrow_to([(112, 112), (146, 112)], bend=0))


# The knee let fall to the side, seen from the side: a lower, longer-looking thigh.
KNEE_OPEN = leg(H, (108, 78), (118, 99), (129, 101))


@figure('back-inner-thigh-knead', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying(legs=KNEE_OPEN, far_leg=HOOK).mark(zone(95, 86, 14, 5.5, rotate=-10))
	p.layer(arm((36, 90), (58, 72), (88, 80)))
	return p.mark(hand(90, 81)).mark(hand(101, 79)).mark(arrow_to([(106, 70), (84, 72)], bend=0.25))


@figure('back-forearm-inner-thigh', 'LYING_ON_BACK', 'HANDS')
def _():
	p = Picture()
	p.under.append(bolster(104, 92, 22, 12))
	p.layer(HOOK)
	p.layer(head(18, 89), part([S, H], TORSO), leg(H, (110, 84), (116, 100), (127, 101)))
	p.mark(zone(96, 86, 14, 5.5, rotate=-4))
	p.layer(arm((36, 90), (66, 74), (98, 82)))
	p.mark(hand(99, 82))
	return p.mark(circle_arrow(90, 68, 10, 4.5))


@figure('back-hands-under-back', 'LYING_ON_BACK', 'HANDS')
def _():
	p = lying().mark(zone(64, 98, 13, 4))
	p.layer(arm((36, 94), (46, 101), (60, 101)))
	return p.mark(hand(62, 100)).mark(arrow_to([(94, 54), (112, 54)], bend=-0.3))


@figure('back-knees-open', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying(legs=leg(H, (106, 82), (92, 99), (100, 101)), far_leg=HOOK).layer(ARM_AT_SIDE)
	p.mark(zone(93, 84, 12, 5, rotate=-35))
	return p.mark(arrow_to([(110, 64), (116, 82)], bend=-0.3))


@figure('back-ball-lower-back', 'LYING_ON_BACK', 'BALL', fallback=True)
def _():
	p = lying(hip=(80, 91), shoulder=(34, 91)).layer(ARM_AT_SIDE)
	p.mark(zone(66, 95, 10, 5)).mark(ball(66, 103, 5.5))
	return p.mark(chevrons(66, 83, 1, angle=180))


@figure('back-ball-lower-back-hold', 'LYING_ON_BACK', 'BALL')
def _():
	p = lying(hip=(80, 91), shoulder=(34, 91)).layer(ARM_AT_SIDE)
	p.mark(zone(66, 95, 10, 5)).mark(ball(66, 103, 5.5))
	return p.mark(chevrons(66, 76, 2))


@figure('back-ball-lower-back-roll', 'LYING_ON_BACK', 'BALL')
def _():
	p = lying(hip=(80, 91), shoulder=(34, 91)).layer(ARM_AT_SIDE)
	p.mark(zone(62, 95, 14, 5)).mark(ball(64, 103, 5.5))
	return p.mark(arrow_to([(48, 74), (78, 74)], bend=-0.25)).mark(arrow_to([(78, 74), (48, 74)], bend=0.25))


KNEE_IN = leg(H, (76, 58), (98, 54), (106, 50))


def knee_hug(p, knee=(76, 58)):
	p.layer(arm((36, 90), (52, 72), (knee[0] - 2, knee[1] + 2)))
	return p.mark(hand(knee[0] - 1, knee[1] + 1))


@figure('back-knee-to-chest', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying(legs=KNEE_IN, far_leg=HOOK).mark(zone(72, 96, 12, 5))
	return knee_hug(p).mark(arrow_to([(92, 40), (66, 42)], bend=0.3))


@figure('back-knee-to-chest-leg-long', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying(legs=KNEE_IN, far_leg=LONG).mark(zone(88, 90, 10, 5))
	return knee_hug(p).mark(arrow_to([(92, 40), (66, 42)], bend=0.3))


@figure('back-knee-across', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying(legs=leg(H, (72, 60), (94, 58), (102, 54)), far_leg=LONG).mark(zone(84, 100, 10, 4))
	knee_hug(p, (72, 60))
	return p.mark(arrow_to([(88, 44), (56, 56)], bend=0.35))


@figure('back-hug-knees', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying(legs=KNEE_IN, far_leg=leg(H, (80, 56), (102, 52), (110, 48))).mark(zone(70, 97, 14, 5))
	knee_hug(p)
	return p.mark(arrow_to([(60, 40), (88, 40)], bend=-0.3))


@figure('back-figure-four', 'LYING_ON_BACK', 'NONE')
def _():
	under = leg(H, (82, 58), (104, 60), (112, 56))
	crossed = [part([H, (100, 68)], 12), part([(100, 68), (78, 56)], 8.5), part([(78, 56), (72, 50)], 5)]
	p = lying(legs=crossed, far_leg=under).mark(zone(84, 99, 10, 4.5))
	p.layer(arm((36, 90), (60, 70), (86, 62)))
	return p.mark(hand(86, 62)).mark(arrow_to([(110, 44), (84, 40)], bend=0.3))


@figure('back-pelvic-tilt', 'LYING_ON_BACK', 'NONE', )
def _():
	p = lying().layer(ARM_AT_SIDE).mark(zone(66, 98, 14, 4.5))
	return p.mark(arrow_to([(86, 70), (74, 64)], bend=0.45)).mark(arrow_to([(74, 64), (86, 70)], bend=0.45))


@figure('back-draw-in', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying().layer(ARM_AT_SIDE).mark(zone(62, 86, 16, 7))
	return p.mark(arrow_to([(62, 58), (62, 74)]))


@figure('back-bicycle', 'LYING_ON_BACK', 'NONE')
def _():
	p = lying(legs=KNEE_IN, far_leg=leg(H, (108, 82), (136, 72), (140, 64)), head_at=(20, 84))
	p.layer(arm((34, 88), (24, 70), (18, 80)))
	p.mark(zone(64, 86, 15, 6))
	return p.mark(arrow_to([(104, 60), (118, 74)], bend=-0.45))


@figure('back-bridge', 'LYING_ON_BACK', 'NONE')
def _():
	hip = (80, 70)
	p = lying(legs=leg(hip, (104, 60), (116, 96), (128, 98.5)), hip=hip, shoulder=(34, 93))
	p.layer(arm((36, 93), (54, 99), (70, 100)))
	p.mark(zone(82, 76, 9, 7))
	return p.mark(arrow_to([(80, 98), (80, 84)]))


BOLSTER_KNEES_LEGS = leg(H, (108, 80), (136, 97), (140, 88))


def bolster_under_knees():
	p = Picture()
	p.under.append(bolster(96, 86, 28, 18))
	return p.layer(head(18, 89), part([S, H], TORSO), BOLSTER_KNEES_LEGS)


@figure('back-bolster-knees', 'LYING_ON_BACK', 'BOLSTER', fallback=True)
def _():
	return bolster_under_knees().layer(ARM_AT_SIDE).mark(zone(60, 98, 14, 4.5))


@figure('back-bolster-knees-breathe', 'LYING_ON_BACK', 'BOLSTER')
def _():
	p = bolster_under_knees()
	p.mark(zone(64, 84, 15, 7))
	hands_on_belly(p, (62, 80))
	return p.mark(arrow_to([(64, 70), (64, 56)]))


@figure('back-bolster-belly-circles', 'LYING_ON_BACK', 'HANDS')
def _():
	p = bolster_under_knees()
	p.mark(zone(64, 84, 15, 7))
	hands_on_belly(p, (64, 80))
	return p.mark(circle_arrow(64, 66, 14, 6))


@figure('back-bolster-hip-circles', 'LYING_ON_BACK', 'HANDS')
def _():
	p = bolster_under_knees()
	p.mark(zone(77, 84, 8, 5))
	fingertips_at(p, HIP_FRONT)
	return p.mark(circle_arrow(77, 66, 9, 4.5))


PELVIS_UP = (82, 80)


def on_bolster_under_pelvis(legs, far_leg=None):
	p = Picture()
	p.under.append(bolster(66, 86, 30, 18))
	if far_leg:
		p.layer(far_leg)
	p.layer(head(18, 90), part([(34, 93), PELVIS_UP], TORSO), legs)
	return p.layer(arm((36, 93), (52, 99), (66, 101)))


@figure('back-bolster-pelvis', 'LYING_ON_BACK', 'BOLSTER')
def _():
	p = on_bolster_under_pelvis(leg(PELVIS_UP, (112, 92), (140, 95), (143, 86)))
	return p.mark(zone(88, 74, 9, 5)).mark(arrow_to([(100, 70), (112, 80)], bend=-0.3))


@figure('back-bolster-pelvis-knee-in', 'LYING_ON_BACK', 'BOLSTER')
def _():
	knee = (80, 48)
	p = on_bolster_under_pelvis(leg(PELVIS_UP, knee, (102, 44), (110, 40)),
		far_leg=leg(PELVIS_UP, (106, 62), (120, 96), (131, 98.5)))
	p.layer(arm((36, 91), (56, 66), (knee[0] - 2, knee[1] + 2)))
	p.mark(hand(knee[0] - 1, knee[1] + 1)).mark(zone(90, 76, 8, 5))
	return p.mark(arrow_to([(98, 32), (72, 34)], bend=0.3))


@figure('back-bolster-pelvis-knee-in-leg-long', 'LYING_ON_BACK', 'BOLSTER')
def _():
	knee = (80, 48)
	p = on_bolster_under_pelvis(leg(PELVIS_UP, knee, (102, 44), (110, 40)),
		far_leg=leg(PELVIS_UP, (112, 92), (140, 95), (143, 86)))
	p.layer(arm((36, 91), (56, 66), (knee[0] - 2, knee[1] + 2)))
	p.mark(hand(knee[0] - 1, knee[1] + 1)).mark(zone(92, 80, 8, 5))
	return p.mark(arrow_to([(98, 32), (72, 34)], bend=0.3))


@figure('back-roller-pelvis-leg-long', 'LYING_ON_BACK', 'FOAM_ROLLER', fallback=True)
def _():
	p = Picture()
	p.layer(leg(PELVIS_UP, (106, 62), (120, 96), (131, 98.5)))
	p.layer(head(18, 90), part([(34, 93), PELVIS_UP], TORSO), leg(PELVIS_UP, (112, 92), (140, 95), (143, 86)))
	p.layer(arm((36, 93), (52, 99), (66, 101)))
	p.mark(roller(80, 94, 10)).mark(zone(92, 80, 8, 5))
	return p.mark(arrow_to([(114, 74), (128, 84)], bend=-0.3))


@figure('back-ball-psoas', 'LYING_ON_BACK', 'BALL')
def _():
	p = lying().mark(zone(70, 85, 9, 5)).mark(ball(70, 78, 6))
	p.layer(arm((36, 91), (50, 99), (66, 74)))
	return p.mark(hand(68, 71)).mark(chevrons(70, 62, 1))


@figure('back-ball-psoas-press', 'LYING_ON_BACK', 'BALL')
def _():
	p = lying().mark(zone(70, 85, 9, 5)).mark(ball(70, 78, 6))
	p.layer(arm((36, 91), (50, 99), (66, 74)))
	return p.mark(hand(68, 71)).mark(chevrons(70, 62, 2))


@figure('back-ball-psoas-move', 'LYING_ON_BACK', 'BALL')
def _():
	p = lying().mark(zone(72, 85, 12, 5)).mark(ball(68, 78, 6))
	p.layer(arm((36, 91), (50, 99), (64, 74)))
	return p.mark(hand(66, 71)).mark(arrow_to([(70, 62), (86, 70)], bend=-0.3))


# ---------- On a bed or table edge (the Thomas test): the bed top at y = 70, its end at x = 100 ----------

BED = 'M8 72 H100 M14 72 V104 M94 72 V104'


def on_bed():
	p = Picture()
	p.under.append(line_art(BED))
	return p


@figure('bed-sit-edge', 'SEATED', 'NONE')
def _():
	p = on_bed()
	hip = (92, 62)
	p.layer(head(90, 20), part([hip, (90, 34)], TORSO), leg(hip, (108, 63), (110, 96), (120, 99)))
	return p.layer(arm((90, 36), (86, 52), (96, 58)), part([(98, 58), (98.1, 58)], 7)).mark(zone(100, 62, 9, 5))


def bed_lying(near, far):
	p = on_bed()
	hip = (88, 62)
	p.layer(far)
	p.layer(head(24, 59), part([(40, 62), hip], TORSO), near)
	return p, hip


@figure('bed-hug-knees', 'LYING_ON_BACK', 'NONE')
def _():
	hip = (88, 62)
	p, hip = bed_lying(leg(hip, (84, 30), (106, 26), (114, 22)), leg(hip, (88, 28), (110, 24), (118, 20)))
	p.layer(arm((42, 60), (60, 44), (82, 32)))
	return p.mark(hand(83, 33)).mark(zone(78, 67, 12, 4))


@figure('bed-leg-lowered', 'LYING_ON_BACK', 'NONE')
def _():
	hip = (88, 62)
	p, hip = bed_lying(leg(hip, (116, 64), (120, 94), (130, 96)), leg(hip, (84, 30), (106, 26), (114, 22)))
	p.layer(arm((42, 60), (60, 44), (82, 32)))
	p.mark(hand(83, 33)).mark(zone(94, 58, 8, 5))
	return p.mark(arrow_to([(124, 44), (136, 64)], bend=-0.3))


@figure('bed-leg-check', 'LYING_ON_BACK', 'NONE')
def _():
	hip = (88, 62)
	p, hip = bed_lying(leg(hip, (116, 66), (120, 96), (130, 98)), leg(hip, (84, 30), (106, 26), (114, 22)))
	p.layer(arm((42, 60), (60, 44), (82, 32)))
	p.mark(hand(83, 33)).mark(zone(104, 66, 13, 5, rotate=4))
	return p.mark(chevrons(108, 52, 1))


# ---------- Side-lying: head left on the lower arm, hips at (82, 88) ----------

SIDE_H = (82, 89)
SIDE_LEGS = leg(SIDE_H, (108, 93), (132, 97), (140, 99))


def side(legs=SIDE_LEGS, far_leg=None):
	p = Picture()
	if far_leg:
		p.layer(far_leg)
	p.layer(arm((32, 98), (16, 99), (10, 84)))
	return p.layer(head(17, 78), part([(34, 92), SIDE_H], TORSO), legs)


@figure('side-rest', 'SIDE_LYING', 'NONE', fallback=True)
def _():
	return side().layer(arm((36, 86), (52, 84), (64, 92)), rest_hand(66, 93))


@figure('side-back-press', 'SIDE_LYING', 'HANDS', fallback=True)
def _():
	p = side().mark(zone(70, 80, 8, 5))
	p.layer(arm((38, 84), (54, 70), (68, 76)))
	return p.mark(fingertips(70, 78, -10)).mark(chevrons(70, 68, 1))


@figure('side-pelvis-glide', 'SIDE_LYING', 'HANDS')
def _():
	p = side().mark(zone(78, 80, 12, 5))
	p.layer(arm((38, 84), (54, 70), (68, 76)))
	p.mark(fingertips(70, 78, -10))
	return p.mark(arrow_to([(70, 64), (92, 70)], bend=-0.3))


@figure('side-front-hip', 'SIDE_LYING', 'HANDS')
def _():
	p = side().mark(zone(88, 92, 7, 5))
	p.layer(arm((38, 86), (62, 96), (84, 96)))
	return p.mark(fingertips(86, 95, -70)).mark(chevrons(96, 95, 1, angle=90))


@figure('side-clamshell', 'SIDE_LYING', 'NONE')
def _():
	bent_low = leg(SIDE_H, (104, 99), (126, 98), (132, 100))
	bent_top = leg(SIDE_H, (102, 72), (124, 94), (130, 96))
	p = side(legs=bent_top, far_leg=bent_low)
	p.layer(arm((38, 84), (56, 76), (70, 86)), rest_hand(72, 87))
	return p.mark(zone(80, 82, 8, 6)).mark(arrow_to([(110, 94), (108, 68)], bend=-0.3))


@figure('side-leg-lift', 'SIDE_LYING', 'NONE')
def _():
	low = leg(SIDE_H, (112, 96), (138, 98), (144, 100))
	top = leg(SIDE_H, (112, 82), (138, 76), (145, 76))
	p = side(legs=top, far_leg=low)
	p.layer(arm((38, 84), (56, 76), (70, 86)), rest_hand(72, 87))
	return p.mark(zone(80, 82, 8, 6)).mark(arrow_to([(146, 92), (148, 66)], bend=-0.2))


# ---------- Face down on the elbows (sphinx): head left ----------

def sphinx(hip=(86, 94), legs=None, far_leg=None, shoulder=(34, 78)):
	p = Picture()
	if far_leg:
		p.layer(far_leg)
	p.layer(head(24, 64), part([shoulder, hip], TORSO),
		legs or leg(hip, (114, 97), (140, 98), (148, 102)))
	return p.layer(arm((shoulder[0], shoulder[1] + 2), (34, 100), (16, 100)))


@figure('sphinx-rest', 'FACE_DOWN_ON_ELBOWS', 'NONE', fallback=True)
def _():
	return sphinx().mark(zone(66, 92, 14, 5))


@figure('sphinx-ball-psoas', 'FACE_DOWN_ON_ELBOWS', 'BALL', fallback=True)
def _():
	p = sphinx(hip=(88, 90))
	return p.mark(zone(74, 96, 9, 5)).mark(ball(74, 102, 5.5)).mark(chevrons(74, 80, 1))


@figure('sphinx-ball-psoas-hold', 'FACE_DOWN_ON_ELBOWS', 'BALL')
def _():
	p = sphinx(hip=(88, 90))
	return p.mark(zone(74, 96, 9, 5)).mark(ball(74, 102, 5.5)).mark(chevrons(74, 80, 2))


@figure('sphinx-ball-psoas-move', 'FACE_DOWN_ON_ELBOWS', 'BALL')
def _():
	p = sphinx(hip=(88, 90))
	p.mark(zone(80, 96, 12, 5)).mark(ball(74, 102, 5.5))
	return p.mark(arrow_to([(68, 78), (90, 78)], bend=-0.25))


ROLLER_HIP = (88, 80)


@figure('sphinx-roller-hip', 'FACE_DOWN_ON_ELBOWS', 'FOAM_ROLLER', fallback=True)
def _():
	p = sphinx(hip=ROLLER_HIP, legs=leg(ROLLER_HIP, (116, 92), (142, 98), (150, 102)))
	p.mark(roller(86, 94, 9.5)).mark(zone(88, 86, 9, 5))
	return p.mark(arrow_to([(74, 66), (102, 66)], bend=-0.25)).mark(arrow_to([(102, 66), (74, 66)], bend=0.25))


@figure('sphinx-roller-hip-hold', 'FACE_DOWN_ON_ELBOWS', 'FOAM_ROLLER')
def _():
	p = sphinx(hip=ROLLER_HIP, legs=leg(ROLLER_HIP, (116, 92), (142, 98), (150, 102)))
	p.mark(roller(86, 94, 9.5)).mark(zone(88, 86, 9, 5))
	return p.mark(chevrons(88, 72, 3))


@figure('sphinx-roller-inner-thigh', 'FACE_DOWN_ON_ELBOWS', 'FOAM_ROLLER')
def _():
	hip = (84, 92)
	p = sphinx(hip=hip, legs=leg(hip, (110, 84), (128, 98), (136, 101)),
		far_leg=leg(hip, (114, 97), (140, 98), (148, 102)))
	p.mark(roller(104, 95, 8.5)).mark(zone(100, 84, 12, 5, rotate=-12))
	return p.mark(arrow_to([(112, 70), (90, 72)], bend=0.25))


@figure('forearm-plank', 'FACE_DOWN_ON_ELBOWS', 'NONE')
def _():
	hip = (84, 80)
	p = Picture()
	p.layer(head(22, 66), part([(36, 76), hip], TORSO), leg(hip, (112, 97), (134, 88), (142, 82)))
	p.layer(arm((36, 78), (34, 100), (14, 100)))
	return p.mark(zone(64, 82, 14, 6)).mark(arrow_to([(64, 100), (64, 92)]))


# ---------- Seated on the floor: facing right, hips at (52, 94) ----------

SEAT_H, SEAT_S = (52, 93), (48, 52)


def seated(legs, far_leg=None, hip=SEAT_H, shoulder=SEAT_S, head_at=(50, 34)):
	p = Picture()
	if far_leg:
		p.layer(far_leg)
	return p.layer(head(*head_at), part([hip, shoulder], TORSO), legs)


FLOOR_LONG = leg(SEAT_H, (88, 96), (122, 97), (126, 88))


@figure('floor-sit', 'SEATED', 'NONE', fallback=True)
def _():
	p = seated(FLOOR_LONG).layer(arm((46, 56), (38, 78), (30, 100)))
	return p.mark(zone(60, 92, 12, 5))


KNEE_UP = leg(SEAT_H, (84, 66), (98, 98), (109, 100))


def thigh_hands(p, points):
	p.layer(arm((50, 56), (62, 80), points[0]))
	for x, y in points:
		p.mark(hand(x, y))
	return p


@figure('floor-inner-thigh-knead', 'SEATED', 'HANDS', fallback=True)
def _():
	p = seated(KNEE_UP, far_leg=FLOOR_LONG).mark(zone(70, 82, 13, 6, rotate=-40))
	thigh_hands(p, [(72, 76), (80, 68)])
	return p.mark(circle_arrow(64, 58, 9, 4))


@figure('floor-inner-thigh-glide', 'SEATED', 'HANDS')
def _():
	p = seated(KNEE_UP, far_leg=FLOOR_LONG).mark(zone(70, 82, 13, 6, rotate=-40))
	thigh_hands(p, [(80, 70)])
	return p.mark(arrow_to([(90, 60), (68, 72)], bend=-0.2))


@figure('floor-inner-thigh-hold', 'SEATED', 'HANDS')
def _():
	p = seated(KNEE_UP, far_leg=FLOOR_LONG).mark(zone(72, 80, 8, 5, rotate=-40))
	p.layer(arm((50, 56), (62, 80), (70, 76)))
	p.mark(fingertips(72, 76, -130))
	return p.mark(chevrons(82, 66, 2, angle=-140))


@figure('floor-butterfly', 'SEATED', 'NONE')
def _():
	p = seated(leg(SEAT_H, (88, 82), (72, 99), (80, 101)), shoulder=(54, 54), head_at=(58, 37))
	p.layer(arm((54, 58), (64, 78), (72, 96)), part([(73, 97), (73.1, 97)], 7))
	p.mark(zone(72, 88, 13, 5, rotate=-28))
	return p.mark(arrow_to([(98, 70), (100, 88)], bend=-0.3))


@figure('floor-twist', 'SEATED', 'NONE')
def _():
	p = seated(leg(SEAT_H, (82, 64), (96, 98), (107, 100)), shoulder=(46, 52), head_at=(47, 34))
	p.layer(part([(40, 60), (62, 62)], 6), part([(42, 66), (60, 58)], 6))
	p.mark(zone(50, 72, 9, 13))
	return p.mark(circle_arrow(48, 48, 18, 5))


@figure('roller-seated-buttock', 'SEATED', 'FOAM_ROLLER', fallback=True)
def _():
	hip = (56, 84)
	p = Picture()
	p.layer(leg(hip, (84, 62), (98, 98), (109, 100)))
	p.layer(head(46, 26), part([hip, (48, 44)], TORSO), [part([hip, (82, 64)], 12),
		part([(82, 64), (98, 62)], 8.5)])
	p.layer(arm((46, 48), (36, 72), (30, 100)))
	p.mark(roller(56, 95, 9)).mark(zone(52, 86, 9, 5))
	return p.mark(arrow_to([(34, 108), (76, 108)], bend=0))


# ---------- On a chair: seat top at y = 70, facing right ----------

CHAIR = 'M30 70 H74 M34 70 V104 M70 70 V104 M30 70 V30'
CHAIR_H = (50, 63)


def on_chair(legs=None, shoulder=(48, 26), head_at=(50, 10)):
	p = Picture()
	p.under.append(line_art(CHAIR))
	return p.layer(head(*head_at), part([CHAIR_H, shoulder], TORSO),
		legs or leg(CHAIR_H, (86, 64), (90, 98), (101, 100)))


@figure('chair-sit-tall', 'SEATED', 'NONE')
def _():
	p = on_chair().layer(arm((48, 30), (56, 50), (74, 58)), part([(76, 58), (76.1, 58)], 7))
	p.mark(zone(54, 66, 10, 4))
	return p.mark(arrow_to([(56, 86), (56, 72)]))


@figure('chair-pelvic-tilt', 'SEATED', 'NONE')
def _():
	p = on_chair().layer(arm((48, 30), (56, 50), (74, 58)), part([(76, 58), (76.1, 58)], 7))
	p.mark(zone(46, 56, 6, 10))
	return p.mark(arrow_to([(30, 56), (40, 80)], bend=0.35)).mark(arrow_to([(40, 80), (30, 56)], bend=0.35))


@figure('chair-knee-squeeze', 'SEATED', 'HANDS')
def _():
	p = on_chair().layer(arm((48, 30), (64, 54), (84, 62)))
	p.mark(zone(70, 62, 14, 4)).mark(hand(86, 62))
	return p.mark(chevrons(86, 54, 2))


@figure('chair-inner-thigh-knead', 'SEATED', 'HANDS')
def _():
	p = on_chair().layer(arm((48, 30), (58, 50), (70, 58)))
	p.mark(zone(72, 64, 14, 4)).mark(hand(68, 58)).mark(hand(80, 58))
	return p.mark(arrow_to([(86, 46), (62, 46)], bend=0.25))


@figure('chair-knuckle-rub', 'SEATED', 'HANDS')
def _():
	p = on_chair(shoulder=(56, 30), head_at=(62, 15))
	p.layer(arm((52, 34), (38, 44), (44, 56)))
	p.mark(zone(45, 54, 6, 9)).mark(hand(42, 56))
	return p.mark(circle_arrow(30, 54, 7, 4))


@figure('chair-buttock-stretch', 'SEATED', 'NONE')
def _():
	crossed = [part([CHAIR_H, (86, 58)], 12), part([(86, 58), (74, 64)], 8.5), part([(74, 64), (70, 60)], 5)]
	p = on_chair(legs=crossed, shoulder=(62, 30), head_at=(70, 16))
	p.layer(leg(CHAIR_H, (84, 64), (88, 98), (99, 100)))
	p.layer(arm((60, 34), (70, 50), (80, 58)))
	p.mark(zone(46, 66, 8, 4))
	return p.mark(arrow_to([(60, 12), (80, 20)], bend=-0.3))


# ---------- Standing and kneeling: facing right ----------

def standing(legs, far_leg=None, hip=(78, 62), shoulder=(78, 28), head_at=(80, 12)):
	p = Picture()
	if far_leg:
		p.layer(far_leg)
	return p.layer(head(*head_at), part([hip, shoulder], TORSO), legs)


STAND_LEG = leg((78, 62), (79, 84), (78, 99), (88, 101))


@figure('standing-tall', 'STANDING', 'NONE', fallback=True)
def _():
	p = standing(STAND_LEG).layer(arm((78, 32), (76, 48), (84, 56)))
	p.mark(zone(82, 56, 8, 6)).mark(hand(85, 56))
	return p.mark(arrow_to([(104, 40), (104, 12)]))


@figure('standing-lunge', 'STANDING', 'NONE')
def _():
	hip = (76, 60)
	p = standing(leg(hip, (96, 76), (96, 99), (106, 101)), far_leg=leg(hip, (62, 80), (48, 98), (42, 100)),
		hip=hip, shoulder=(76, 26), head_at=(78, 10))
	p.layer(arm((76, 30), (70, 46), (74, 58)), part([(75, 58), (75.1, 58)], 7))
	p.mark(zone(74, 66, 7, 6))
	return p.mark(arrow_to([(56, 54), (70, 46)], bend=0.3))


@figure('standing-leg-back', 'STANDING', 'NONE')
def _():
	p = Picture()
	p.under.append(line_art('M104 50 V104 M132 50 V104 M104 50 H132 M104 74 H132'))
	hip = (80, 62)
	p.layer(leg(hip, (66, 82), (54, 98), (46, 98)))
	p.layer(head(84, 12), part([hip, (82, 28)], TORSO), leg(hip, (82, 84), (82, 99), (92, 101)))
	p.layer(arm((82, 32), (92, 46), (104, 50)))
	p.mark(zone(74, 64, 7, 6))
	return p.mark(arrow_to([(66, 104), (40, 92)], bend=0.2))


@figure('kneeling-lunge', 'KNEELING', 'NONE', fallback=True)
def _():
	hip = (70, 66)
	p = Picture()
	p.layer(leg(hip, (58, 99), (30, 100), (26, 96)))
	p.layer(head(72, 12), part([hip, (70, 30)], TORSO), leg(hip, (100, 66), (104, 99), (114, 101)))
	p.layer(arm((70, 34), (84, 52), (98, 60)), part([(99, 60), (99.1, 60)], 7))
	p.mark(zone(68, 72, 7, 7))
	return p.mark(arrow_to([(50, 56), (64, 48)], bend=0.3))
