#!/bin/sh
# Render a DOCX to PDF (LibreOffice) and to PNG pages (pdftoppm) for a visual check.
#   tools/preview.sh FILE.docx OUTDIR [DPI]
# Fonts: FONTCONFIG_FILE points to pipeline/data/fonts.conf, which aliases the GB/T 9704
# Word font names (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体) to installed free faces.
# A private LibreOffice profile per call lets several previews run in parallel.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 FILE.docx OUTDIR [DPI]" >&2
    exit 2
fi
src=$1
out=$2
dpi=${3:-80}
here=$(cd "$(dirname "$0")/.." && pwd)
command -v soffice >/dev/null 2>&1 || { echo "preview: soffice not found" >&2; exit 3; }
command -v pdftoppm >/dev/null 2>&1 || { echo "preview: pdftoppm not found" >&2; exit 3; }
mkdir -p "$out"
profile=$(mktemp -d "${TMPDIR:-/tmp}/lo_profile.XXXXXX")
trap 'rm -rf "$profile"' EXIT INT TERM
export FONTCONFIG_FILE="$here/pipeline/data/fonts.conf"
soffice --headless --norestore "-env:UserInstallation=file://$profile" \
    --convert-to pdf --outdir "$out" "$src" >"$profile/soffice.log" 2>&1 || {
    cat "$profile/soffice.log" >&2; exit 4; }
base=$(basename "$src")
pdf="$out/${base%.*}.pdf"
[ -s "$pdf" ] || { echo "preview: no PDF produced" >&2; cat "$profile/soffice.log" >&2; exit 4; }
pdftoppm -r "$dpi" -png "$pdf" "$out/${base%.*}"
echo "$pdf"
