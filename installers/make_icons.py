"""Draw the app icon (two overlapping speech bubbles) at every size Briefcase asks for.

Run: .venv/bin/python installers/make_icons.py  (writes resources/icons/talktogether-<size>.png and .ico)
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZES = (16, 32, 64, 128, 256, 512, 1024)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink, for smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=s // 5, fill=(46, 94, 110, 255))
    # Two bubbles: one teal-white, one warm, overlapping like a conversation.
    d.rounded_rectangle((s * 0.14, s * 0.18, s * 0.66, s * 0.56), radius=s // 10, fill=(236, 246, 245, 255))
    d.polygon([(s * 0.24, s * 0.54), (s * 0.22, s * 0.70), (s * 0.38, s * 0.55)], fill=(236, 246, 245, 255))
    d.rounded_rectangle((s * 0.36, s * 0.42, s * 0.86, s * 0.78), radius=s // 10, fill=(244, 190, 120, 255))
    d.polygon([(s * 0.74, s * 0.76), (s * 0.80, s * 0.90), (s * 0.62, s * 0.77)], fill=(244, 190, 120, 255))
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, img in images.items():
        img.save(OUT / f"talktogether-{size}.png")
    images[256].save(OUT / "talktogether.ico", sizes=[(s, s) for s in (16, 32, 64, 128, 256)])
    images[512].save(OUT / "talktogether.png")


if __name__ == "__main__":
    main()
