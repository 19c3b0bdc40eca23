"""Writes the step illustrations to src/main/resources/illustrations/ (one SVG each) and their
index (id, position, equipment, and whether it is the fallback for that combination).
Run from the repository root: python3 tools/illustrations/generate.py [preview.html]"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from figures import FIGURES  # noqa: E402

OUT = 'src/main/resources/illustrations'


def main():
	os.makedirs(OUT, exist_ok=True)
	for name in os.listdir(OUT):
		if name.endswith('.svg'):
			os.remove(os.path.join(OUT, name))
	index = ['# id position equipment [fallback]: written by tools/illustrations/generate.py']
	previews = []
	for id, (position, equipment, fallback, build) in sorted(FIGURES.items()):
		svg = build().svg()
		with open(os.path.join(OUT, id + '.svg'), 'w') as f:
			f.write(svg)
		index.append(' '.join([id, position, equipment] + (['fallback'] if fallback else [])))
		previews.append(f'<figure><div>{svg}</div><figcaption>{id}</figcaption></figure>')
	with open(os.path.join(OUT, 'index.txt'), 'w') as f:
		f.write('\n'.join(index) + '\n')
	if len(sys.argv) > 1:
		with open(sys.argv[1], 'w') as f:
			f.write('<!doctype html><meta charset="utf-8"><style>body{font:12px sans-serif;display:flex;'
				'flex-wrap:wrap;gap:8px;color:#1F2933;background:#FBFAF7} figure{margin:0;width:'
				+ (sys.argv[2] if len(sys.argv) > 2 else '200') + 'px} svg{width:100%;height:auto;display:block}'
				'@media (prefers-color-scheme: dark){body{color:#E5E7EB;background:#111827}'
				'.ill-paper{stroke:#1A2332}.ill-accent-fill{fill:#5EEAD4}.ill-accent-stroke{stroke:#5EEAD4}}'
				'</style>' + ''.join(previews))
	print(len(FIGURES), 'illustrations')


main()
