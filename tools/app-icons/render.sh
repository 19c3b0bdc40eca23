#!/bin/sh
# Renders the installed app's icons from the favicon's drawing with headless Chromium:
# icon-192.png and icon-512.png as the favicon (rounded square), icon-maskable-512.png
# full bleed with the motif well inside the 80 % safe zone (a launcher may cut any shape
# out of it). Run from the repository root: sh tools/app-icons/render.sh
set -e
out=src/main/resources/static
work=$(mktemp -d)
motif='d="M6 20c0-6 5-10 10-10s10 4 10 8-4 6-8 6-6-3-6-6 2-5 5-5" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"'
page() {
	printf '<!DOCTYPE html><style>html,body{margin:0}svg{display:block;width:100vw;height:100vh}</style>%s' \
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">$1</svg>" > "$work/$2.html"
}
page "<rect width=\"32\" height=\"32\" rx=\"8\" fill=\"#0F766E\"/><path $motif/>" any
page "<rect width=\"32\" height=\"32\" fill=\"#0F766E\"/><path transform=\"translate(16 16) scale(0.8) translate(-16 -17)\" $motif/>" maskable
shot() {
	chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
		--default-background-color=00000000 --window-size="$2,$2" --screenshot="$out/$3" "file://$work/$1.html"
}
shot any 192 icon-192.png
shot any 512 icon-512.png
shot maskable 512 icon-maskable-512.png
rm -r "$work"
