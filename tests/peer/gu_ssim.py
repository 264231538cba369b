"""SSIM of manim.cpp's frames against Manim's control frames, from a graphical-units run.

Run the harness with --keep (renders are kept), then:
    /usr/bin/python3 tests/peer/gu_ssim.py OUT WORK [MANIM_TESTS]
where OUT holds its results.json and WORK is its --work folder. Prints one line per test:
status, max pixel difference, SSIM (Wang et al. 2004: luma, 11x11 Gaussian window, sigma 1.5,
mean over the image) mean and minimum over the compared frames. Passed tests whose renders the
harness removed print "no frames/control" (they equal Manim's within its tolerance).
Needs numpy and PIL (Debian's python3-numpy, python3-pil)."""
import json, sys, glob, os
import numpy as np
from PIL import Image

def gauss(sigma=1.5, r=5):
    x = np.arange(-r, r + 1)
    g = np.exp(-x**2 / (2 * sigma**2)); return g / g.sum()

def blur(a, g):
    from numpy.lib.stride_tricks import sliding_window_view as sw
    r = len(g) // 2
    a = np.pad(a, r, mode="reflect")
    a = np.tensordot(sw(a, len(g), axis=0), g, axes=([-1], [0]))
    return np.tensordot(sw(a, len(g), axis=1), g, axes=([-1], [0]))

def ssim(x, y):
    # Wang et al. 2004 on the luma (0..255), 11x11 Gaussian window sigma 1.5
    g = gauss(); C1 = (0.01 * 255)**2; C2 = (0.03 * 255)**2
    mx, my = blur(x, g), blur(y, g)
    sxx = blur(x * x, g) - mx * mx; syy = blur(y * y, g) - my * my; sxy = blur(x * y, g) - mx * my
    m = ((2 * mx * my + C1) * (2 * sxy + C2)) / ((mx * mx + my * my + C1) * (sxx + syy + C2))
    return float(m.mean())

def luma(rgba):
    f = rgba[..., :3].astype(np.float64)
    return f @ np.array([0.299, 0.587, 0.114])

res_dir, work = sys.argv[1], sys.argv[2]
tests = sys.argv[3] if len(sys.argv) > 3 else "/work/shared/manim_tests/tests"
for r in json.load(open(os.path.join(res_dir, "results.json"))):
    mod, name = r["module"], r["test"]
    ctrl_path = glob.glob(f"{tests}/test_graphical_units/control_data/*/{name}.npz")
    cand = [p for p in ctrl_path if mod.replace("test_", "") in p] or ctrl_path
    # the test's own folder only: "number_plane*" would also take number_plane_log's frames
    folder = name.replace("[", "_").replace("]", "_")
    pngs = sorted(glob.glob(f"{work}/work/{mod}/{folder}/media/images/**/*.png", recursive=True))
    if not cand or not pngs:
        print(f"{mod}::{name}\t{r['status']}\tno frames/control"); continue
    ctrl = np.load(cand[0])["frame_data"]
    if ctrl.ndim == 3: ctrl = ctrl[None]
    if r["last_frame"]: pngs = pngs[-1:]
    vals = []
    for p, c in zip(pngs, ctrl):
        o = np.asarray(Image.open(p).convert("RGBA"))
        if o.shape != c.shape: continue
        vals.append(ssim(luma(o), luma(c)))
    if vals:
        print(f"{mod}::{name}\t{r['status']}\tmax_diff={r.get('max_diff')}\tssim_mean={np.mean(vals):.5f}\tssim_min={np.min(vals):.5f}\tframes={len(vals)}")
    else:
        print(f"{mod}::{name}\t{r['status']}\tshape mismatch")
