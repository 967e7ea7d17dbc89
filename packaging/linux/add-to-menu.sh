#!/bin/sh
# Adds this copy of the app to your applications menu and lets a double-clicked backup
# (.dhbackup) open in it. Everything goes into your own account (~/.local/share); nothing
# needs an administrator. Run it again after moving the folder.
#
#   ./add-to-menu.sh            add (or update) the menu entry, icon and backup file type
#   ./add-to-menu.sh --remove   take them away again
set -eu

here=$(cd "$(dirname "$0")" && pwd)
id=org.disclosurehelper.DisclosureHelper
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor
mime=$data/mime

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$apps" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/$id.desktop" "$mime/packages/$id.xml" "$icons/scalable/apps/$id.svg"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$icons/${size}x${size}/apps/$id.png"
    done
    refresh
    echo "Removed from the applications menu."
    exit 0
fi

program=$here/disclosure-helper
if [ ! -x "$program" ]; then
    echo "This script belongs beside the disclosure-helper program; it is not there." >&2
    exit 1
fi

mkdir -p "$apps" "$mime/packages" "$icons/scalable/apps"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$here/share/icons/hicolor/${size}x${size}/apps/$id.png" "$icons/${size}x${size}/apps/"
done
cp "$here/share/icons/hicolor/scalable/apps/$id.svg" "$icons/scalable/apps/"
cp "$here/share/mime/packages/$id.xml" "$mime/packages/"

# The desktop file names this folder's program, quoted as the desktop entry spec asks
# (the folder may have spaces; ", `, $ and \ are escaped).
quoted=$(printf '%s' "$program" | sed 's/[\\"`$]/\\\\&/g')
{
    grep -v -e '^Exec=' -e '^TryExec=' "$here/share/applications/$id.desktop"
    printf 'Exec="%s" %%f\n' "$quoted"
    printf 'TryExec=%s\n' "$program"
} > "$apps/$id.desktop.new"
mv "$apps/$id.desktop.new" "$apps/$id.desktop"
refresh
echo "Added to the applications menu. Backups (.dhbackup) now open with the app."
