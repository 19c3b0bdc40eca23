"""What a page costs a browser on its first visit: the page and everything it references
(stylesheets and what they reference, scripts and the modules they import, icons, images),
each fetched once with Accept-Encoding: gzip as a browser would, counted in bytes as sent.
A service worker a script registers counts too: the browser fetches it on the first visit.
Media a page loads only on demand (preload="none") are listed apart. Any address on another
host is counted as a request to another host. A session address that first shows the safety
check is weighed twice: the check, then the player after answering "no" to every question;
then the two together, each address counted once, as one visit that goes from the check to
the player costs a browser with an empty cache.
Used by bench/page-weight.sh; prints figures.

    python3 bench/page_weight.py URL...
"""

import gzip
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request



class LoopbackCookies(http.cookiejar.CookieJar):
	"""Sends Secure cookies over http too, as browsers do for loopback addresses."""

	def extract_cookies(self, response, request):
		super().extract_cookies(response, request)
		for cookie in self:
			cookie.secure = False


BROWSER = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(LoopbackCookies()))

TAG = re.compile(r"<(link|script|img|audio|video|source)\b([^>]*)>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*("[^"]*"|'[^']*')""")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
SERVICE_WORKER = re.compile(r"""serviceWorker\s*\.register\(\s*['"]([^'"]+)['"]""")
JS_IMPORT = re.compile(r"""(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]""", re.MULTILINE)


def fetch(url, form=None):
	data = urllib.parse.urlencode(form).encode() if form is not None else None
	request = urllib.request.Request(url, data, headers={"Accept-Encoding": "gzip", "User-Agent": "page-weight"})
	with BROWSER.open(request) as response:
		body = response.read()
		encoding = response.headers.get("Content-Encoding", "")
		text = gzip.decompress(body) if encoding == "gzip" else body
		return response.status, len(body), encoding or "identity", text.decode("utf-8", "replace")


def references(kind, text):
	"""(address, on demand?) pairs a resource of this kind makes the browser fetch."""
	if kind == "html":
		for tag, attributes in TAG.findall(text):
			values = {name.lower(): value[1:-1] for name, value in ATTRIBUTE.findall(attributes)}
			tag = tag.lower()
			if tag == "link":
				rel = values.get("rel", "").lower()
				if "stylesheet" in rel or "modulepreload" in rel or "preload" in rel:
					yield values.get("href"), False
				elif rel == "icon" and values.get("type") == "image/svg+xml":
					# Browsers that read SVG icons take this one rather than the .ico.
					yield values.get("href"), False
			elif tag in ("script", "img") and values.get("src"):
				yield values["src"], False
			elif tag in ("audio", "video", "source") and values.get("src"):
				yield values["src"], values.get("preload", "").lower() == "none" or tag == "source"
	elif kind == "css":
		for address, imported in CSS_URL.findall(text):
			address = address or imported
			if not address.startswith("data:") and not address.startswith("#"):
				yield address, False
	elif kind == "js":
		for groups in JS_IMPORT.findall(text):
			yield next(group for group in groups if group), False
		for worker in SERVICE_WORKER.findall(text):
			yield worker, False


CHECK_FORM = re.compile(r'<form method="post" action="([^"]+)" class="check-form">(.*?)</form>', re.DOTALL)
INPUT = re.compile(r'<input type="(hidden|radio)" name="([^"]+)" value="([^"]*)"')


def answer_check(url, text):
	"""The player behind the safety check: every question answered "no"; None without a check."""
	check = CHECK_FORM.search(text)
	if not check:
		return None
	form = {}
	for kind, name, value in INPUT.findall(check.group(2)):
		if kind == "hidden" or value == "no":
			form[name] = value
	fetch(urllib.parse.urljoin(url, check.group(1)), form)
	return url


def kind_of(url):
	path = urllib.parse.urlparse(url).path
	if path.endswith(".css"):
		return "css"
	if path.endswith(".js") or path.endswith(".mjs"):
		return "js"
	return "other"


def weigh(page):
	host = urllib.parse.urlparse(page).netloc
	seen = {}
	on_demand = {}
	other_hosts = []
	queue = [(page, "html", False)]
	while queue:
		url, kind, later = queue.pop(0)
		if url in seen or url in on_demand:
			continue
		if urllib.parse.urlparse(url).netloc != host:
			other_hosts.append(url)
			continue
		status, size, encoding, text = fetch(url)
		(on_demand if later else seen)[url] = (status, size, encoding)
		if later:
			continue
		for address, deferred in references(kind, text):
			if address:
				absolute = urllib.parse.urljoin(url, address)
				queue.append((absolute, kind_of(absolute), deferred))
	total = sum(size for _, size, _ in seen.values())
	print(f"{page}")
	for url, (status, size, encoding) in seen.items():
		print(f"  {size:8,d} B  {encoding:8s} {status}  {urllib.parse.urlparse(url).path}")
	print(f"  {total:8,d} B  in {len(seen)} requests on the first visit ({total / 1024:.1f} KiB)")
	for url, (status, size, encoding) in on_demand.items():
		print(f"  {size:8,d} B  {encoding:8s} {status}  {urllib.parse.urlparse(url).path}  (only when played)")
	print(f"  {len(other_hosts)} requests to other hosts{': ' + ', '.join(other_hosts) if other_hosts else ''}")
	return seen


for address in sys.argv[1:]:
	check = weigh(address)
	if answer_check(address, fetch(address)[3]):
		print('After answering "no" to every question of the safety check:')
		player = weigh(address)
		visit = {**check, **player}
		# The check and the player share an address: both pages count.
		total = sum(size for _, size, _ in visit.values()) + check[address][1]
		print(f"The check and then the player, each file once: {total:,d} B in {len(visit) + 1} requests ({total / 1024:.1f} KiB)")
