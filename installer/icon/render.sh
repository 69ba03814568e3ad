#!/usr/bin/env bash
# Regenerates every rendering of the Promptly icon from the two SVG sources:
#   promptly.svg        master artwork  -> promptly-32.png ... promptly-512.png
#   promptly-small.svg  pixel-hinted    -> promptly-16.png, promptly-24.png
# and then packs them into
#   promptly.ico   (Windows: 16, 24, 32, 48, 64, 128, 256)
#   promptly.icns  (macOS:   16, 32, 64, 128, 256, 512, and the same PNGs in the @2x slots)
#   preview.png    (review sheet: 512, 128, 48, 32, 16 on white and on #1e1e1e)
#
# Needs (Debian/Ubuntu package names):
#   librsvg2-bin   rsvg-convert  - SVG -> PNG (ImageMagick's own SVG renderer is not good enough)
#   imagemagick    convert       - ICO file and preview sheet
#   icnsutils      png2icns      - optional, only with USE_PNG2ICNS=1 (python3 writes the ICNS otherwise)
#   python3                      - ICNS writer and the ICO/ICNS checks
#   sudo apt-get install -y librsvg2-bin imagemagick python3
#
# Works from any directory; writes next to itself.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

for tool in rsvg-convert convert python3; do
  command -v "$tool" >/dev/null || { echo "render.sh: '$tool' not found (see header for packages)" >&2; exit 1; }
done

# 1. PNGs
for size in 16 24; do
  rsvg-convert --width "$size" --height "$size" promptly-small.svg -o "promptly-$size.png"
done
for size in 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" promptly.svg -o "promptly-$size.png"
done

# 2. Windows ICO (ImageMagick stores each size as its own entry; 256 is stored as PNG)
convert promptly-16.png promptly-24.png promptly-32.png promptly-48.png \
        promptly-64.png promptly-128.png promptly-256.png promptly.ico

# 3. macOS ICNS with PNG payloads, as Apple's iconutil writes them:
#    icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, plus the Retina (@2x) slots
#    ic11 16@2x, ic12 32@2x, ic13 128@2x, ic14 256@2x filled from the same PNGs.
#    (png2icns from icnsutils also works, but writes legacy RLE entries and JPEG 2000 for
#    256/512 px; set USE_PNG2ICNS=1 to use it anyway.)
if [[ "${USE_PNG2ICNS:-0}" == 1 ]] && command -v png2icns >/dev/null; then
  png2icns promptly.icns promptly-16.png promptly-32.png promptly-128.png \
           promptly-256.png promptly-512.png >/dev/null
else
  python3 - <<'EOF'
import struct
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
           (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
body = b""
for ostype, size in entries:
    png = open(f"promptly-{size}.png", "rb").read()
    body += ostype + struct.pack(">I", len(png) + 8) + png
open("promptly.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
EOF
fi

# 4. Check both containers by re-parsing them
python3 - <<'EOF'
import struct
def png_size(b):
    assert b[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", b[16:24])
# ICNS
d = open("promptly.icns", "rb").read()
assert d[:4] == b"icns" and struct.unpack(">I", d[4:8])[0] == len(d), "bad ICNS header"
pos, found = 8, []
while pos < len(d):
    t, n = d[pos:pos + 4].decode(), struct.unpack(">I", d[pos + 4:pos + 8])[0]
    if d[pos + 8:pos + 16] == b"\x89PNG\r\n\x1a\n":
        found.append(f"{t}={png_size(d[pos + 8:pos + n])[0]}")
    else:
        found.append(t)
    pos += n
assert pos == len(d), "ICNS entries do not add up"
print("promptly.icns:", " ".join(found))
# ICO
d = open("promptly.ico", "rb").read()
reserved, kind, count = struct.unpack("<HHH", d[:6])
assert reserved == 0 and kind == 1, "bad ICO header"
sizes = []
for i in range(count):
    w, h, _, _, _, bpp, n, off = struct.unpack("<BBBBHHII", d[6 + 16 * i:22 + 16 * i])
    assert off + n <= len(d), "ICO entry out of range"
    sizes.append(f"{w or 256}x{h or 256}/{bpp}bpp")
print("promptly.ico: ", " ".join(sizes))
EOF

# 5. Preview sheet for reviewing: 512, 128, 48, 32, 16 on white and on dark
row() {  # $1 = background colour, $2 = output file
  local args=()
  for size in 512 128 48 32 16; do
    args+=( \( "promptly-$size.png" -background "$1" -gravity center -extent "$((size + 32))x544" \) )
  done
  convert "${args[@]}" +append -bordercolor "$1" -border 8 "$2"
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
row white "$tmp/light.png"
row '#1e1e1e' "$tmp/dark.png"
convert "$tmp/light.png" "$tmp/dark.png" -append -define png:exclude-chunks=date,time preview.png

echo "render.sh: wrote promptly-{16,24,32,48,64,128,256,512}.png, promptly.ico, promptly.icns, preview.png"
