#!/bin/sh
# Put 简报编辑器 into this user's application menu (Linux). The build copies this script next to
# the program in the unpacked bundle; run it from there. No administrator rights needed.
#   ./install-menu-entry.sh           add the menu entry and icons
#   ./install-menu-entry.sh --remove  take them away again (the program folder stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
program="$here/bulletin-desktop"
resources="$here/_internal/resources"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/bulletin-desktop.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    for size in 16 32 48 64 128 256; do rm -f "$data/icons/hicolor/${size}x${size}/apps/bulletin-desktop.png"; done
    rm -f "$data/icons/hicolor/scalable/apps/bulletin-desktop.svg"
    echo "已从应用程序菜单移除简报编辑器。"
    exit 0
fi

[ -x "$program" ] || { echo "找不到程序 $program：请在解压后的简报编辑器文件夹里运行本脚本。" >&2; exit 1; }
case "$here" in
    *[\"\`\$\\\|\&]*) echo "文件夹路径中含有引号、\$、|、& 或反斜杠，菜单项无法指向它；请把文件夹移到别处再运行。" >&2; exit 1 ;;
esac

mkdir -p "$data/applications"
# The menu entry must name the program by its full path: the bundle folder is not on PATH.
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" \
    "$resources/bulletin-desktop.desktop" > "$entry"
for size in 16 32 48 64 128 256; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$resources/icons/app/bulletin-desktop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/bulletin-desktop.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$resources/icons/app/bulletin-desktop.svg" "$data/icons/hicolor/scalable/apps/bulletin-desktop.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "已把简报编辑器加入应用程序菜单（$entry）。"
