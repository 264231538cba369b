// Long-lived TeX -> SVG worker for manim.cpp's MathTex (MathJax 4 in Node).
//
// Protocol: one JSON request per stdin line, one JSON line per request on stdout, in order.
//   {"id": 7, "tex": "x^2", "display": true}  ->  {"id": 7, "svg": "<svg ...>"}
//                                              or {"id": 7, "error": "MathJax's message"}
//   {"id": 0, "cmd": "version"}               ->  {"id": 0, "version": "4.1.3", "font": "..."}
// Glyphs are emitted as <path> elements (fontCache 'none'), rules as <rect>.
// Layout follows TeX where MathJax differs: TeX math parameters and 0.04 em rules, fraction bars
// without extra padding, cmr10 kerns in upright text and 1/3 em text word spaces, cmmi10 italic
// corrections and kerns, script sizes 0.7/0.5 with the wider 7/5 pt advances (see below).
// Usage: node mathjax_worker.mjs [--font tex|newcm]  (tex: MathJax's TeX font, the default)
import readline from 'node:readline';
import {mathjax} from '@mathjax/src/js/mathjax.js';
import {TeX} from '@mathjax/src/js/input/tex.js';
import {SVG} from '@mathjax/src/js/output/svg.js';
import {liteAdaptor} from '@mathjax/src/js/adaptors/liteAdaptor.js';
import {RegisterHTMLHandler} from '@mathjax/src/js/handlers/html.js';
import {SvgMfrac} from '@mathjax/src/js/output/svg/Wrappers/mfrac.js';
import {SvgTextNode} from '@mathjax/src/js/output/svg/Wrappers/TextNode.js';
import {SvgMi} from '@mathjax/src/js/output/svg/Wrappers/mi.js';
import {SvgMo} from '@mathjax/src/js/output/svg/Wrappers/mo.js';
import {DIRECTION, HFUZZ, VFUZZ} from '@mathjax/src/js/output/svg/FontData.js';
import {SvgMtable} from '@mathjax/src/js/output/svg/Wrappers/mtable.js';
import {ArrayItem} from '@mathjax/src/js/input/tex/base/BaseItems.js';
import BaseMethods from '@mathjax/src/js/input/tex/base/BaseMethods.js';
import ParseMethods from '@mathjax/src/js/input/tex/ParseMethods.js';
import {EnvironmentMap} from '@mathjax/src/js/input/tex/TokenMap.js';
import {Configuration} from '@mathjax/src/js/input/tex/Configuration.js';
import {ConfigurationType, HandlerType} from '@mathjax/src/js/input/tex/HandlerTypes.js';
import {MapHandler} from '@mathjax/src/js/input/tex/MapHandler.js';
import {SvgMsub, SvgMsup, SvgMsubsup} from '@mathjax/src/js/output/svg/Wrappers/msubsup.js';
import {SvgWrapper} from '@mathjax/src/js/output/svg/Wrapper.js';
import {MATHSPACE} from '@mathjax/src/js/util/lengths.js';
import '@mathjax/src/js/util/asyncLoad/esm.js';
import '@mathjax/src/js/input/tex/base/BaseConfiguration.js';
import '@mathjax/src/js/input/tex/ams/AmsConfiguration.js';
import '@mathjax/src/js/input/tex/newcommand/NewcommandConfiguration.js';
import '@mathjax/src/js/input/tex/textmacros/TextMacrosConfiguration.js';
import '@mathjax/src/js/input/tex/color/ColorConfiguration.js';
import '@mathjax/src/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';
import '@mathjax/src/js/input/tex/cancel/CancelConfiguration.js';
import '@mathjax/src/js/input/tex/mathtools/MathtoolsConfiguration.js';
// For TeX templates (docs/text.md): \begingroup scopes a template's definitions to one formula;
// the others stand in for the LaTeX packages of the same names.
import '@mathjax/src/js/input/tex/begingroup/BegingroupConfiguration.js';
import '@mathjax/src/js/input/tex/dsfont/DsfontConfiguration.js';
import '@mathjax/src/js/input/tex/braket/BraketConfiguration.js';
import '@mathjax/src/js/input/tex/gensymb/GensymbConfiguration.js';
import '@mathjax/src/js/input/tex/upgreek/UpgreekConfiguration.js';
import '@mathjax/src/js/input/tex/extpfeil/ExtpfeilConfiguration.js';

const fontArg = process.argv.indexOf('--font');
const fontName = fontArg > 0 ? process.argv[fontArg + 1] : 'tex';
let Font;
if (fontName === 'tex') {
  Font = (await import('@mathjax/mathjax-tex-font/js/svg.js')).MathJaxTexFont;
} else if (fontName === 'newcm') {
  Font = (await import('@mathjax/mathjax-newcm-font/js/svg.js')).MathJaxNewcmFont;
} else {
  process.stderr.write(`mathjax_worker: unknown font '${fontName}' (use newcm or tex)\n`);
  process.exit(2);
}

// TeX's own math parameters (cmsy10 and cmex10 \fontdimen values, in em) where MathJax's defaults
// differ: MathJax draws rules 0.06 em thick, TeX 0.04 em (fraction bars, radical vinculums, and
// the clearances derived from them).
const TEX_PARAMS = {
  num1: .676508, num2: .393732, num3: .443731, denom1: .685951, denom2: .344841,
  sup1: .412892, sup2: .362892, sup3: .288889, sub1: .15, sub2: .247217,
  sup_drop: .386108, sub_drop: .05, delim1: 2.39, delim2: 1.01, axis_height: .25,
  rule_thickness: .04, surd_height: .04,
  big_op_spacing1: .111112, big_op_spacing2: .166667, big_op_spacing3: .2,
  big_op_spacing4: .6, big_op_spacing5: .1,
  delimitershortfall: .5,  // plain TeX's and LaTeX's \delimitershortfall 5pt (MathJax: .3 em)
};
// MathML's default ("medium") fraction line is TeX's default rule thickness.
MATHSPACE.medium = TEX_PARAMS.rule_thickness;

// TeX (The TeXbook, Appendix G rule 15d) makes the fraction bar exactly as wide as the wider of
// numerator and denominator, with only \nulldelimiterspace outside it; MathJax adds 0.1 em of
// bar on each side. These replace MathJax's fraction layout with TeX's.
function fractionWidth(frac) {
  const [num, den] = frac.childNodes;
  const n = num.getOuterBBox(), d = den.getOuterBBox();
  return Math.max((n.L + n.w + n.R) * n.rscale, (d.L + d.w + d.R) * d.rscale);
}
SvgMfrac.prototype.getFractionBBox = function (bbox, display, t) {
  const nbox = this.childNodes[0].getOuterBBox();
  const dbox = this.childNodes[1].getOuterBBox();
  const a = this.font.params.axis_height;
  const {T, u, v} = this.getTUV(display, t);
  bbox.combine(nbox, 0, a + T + Math.max(nbox.d * nbox.rscale, u));
  bbox.combine(dbox, 0, a - T - Math.max(dbox.h * dbox.rscale, v));
  bbox.w = fractionWidth(this) + 2 * this.pad;
};
SvgMfrac.prototype.makeFraction = function (display, t) {
  const {numalign, denomalign} = this.node.attributes.getList('numalign', 'denomalign');
  const [num, den] = this.childNodes;
  const nbox = num.getOuterBBox(), dbox = den.getOuterBBox();
  const a = this.font.params.axis_height;
  const W = fractionWidth(this);
  const {T, u, v} = this.getTUV(display, t);
  num.toSVG(this.dom);
  num.place(this.getAlignX(W, nbox, numalign) + this.pad, a + T + Math.max(nbox.d * nbox.rscale, u));
  den.toSVG(this.dom);
  den.place(this.getAlignX(W, dbox, denomalign) + this.pad, a - T - Math.max(dbox.h * dbox.rscale, v));
  this.adaptor.append(this.dom[0], this.svg('rect', {
    width: this.fixed(W), height: this.fixed(t), x: this.fixed(this.pad), y: this.fixed(a - t / 2),
  }));
};

// TeX kerns adjacent upright letters with the font's kerning pairs (cmr10's lig/kern program;
// e.g. "At" and "nt" in \operatorname{Attention} close up by 1/36 em); MathJax's fonts carry no
// kerning. The pairs below are cmr10's lowercase/uppercase kerns of one and two units (em/36).
const UPRIGHT_KERNS = new Map();
function kernPairs(lefts, rights, k) {
  for (const a of lefts) for (const b of rights) UPRIGHT_KERNS.set(a + b, k / 36);
}
kernPairs('A', 'tCOGUQ', -1);
kernPairs('hmn', 'tubyvw', -1);
kernPairs('a', 'vjyw', -1);
kernPairs('bop', 'eodcq', 1);
kernPairs('bop', 'xvyw', -1);
kernPairs('bop', 'j', 2);
kernPairs('c', 'hk', -1);
kernPairs('t', 'yw', -1);
kernPairs('k', 'a', -2);
kernPairs('k', 'eoc', -1);
// Kern (em) after each character of a text node; null when the node has none.
function uprightKerns(chars, variant) {
  if (variant !== 'normal' || chars.length < 2) return null;
  const ks = chars.map((c, i) => i + 1 < chars.length
    ? UPRIGHT_KERNS.get(String.fromCodePoint(c) + String.fromCodePoint(chars[i + 1])) || 0 : 0);
  return ks.some((k) => k !== 0) ? ks : null;
}
// TeX sets scripts in the 7 pt and 5 pt designs of Computer Modern, which are wider for their
// size than 10 pt glyphs scaled down (cmr7 digits are 0.569 em against cmr10's 0.5, cmr5's
// 0.681). MathJax has one design: script glyphs and advances are widened by the digits' ratio,
// which stands for all glyphs of that size.
const SCRIPT_WIDEN = [1, .569446 / .5, .680557 / .5];
function scriptWiden(text) {
  if (text.parent.variant === '-explicitFont' || text.parent.stretch.c) return 1;
  const level = Math.min(text.parent.node.attributes.get('scriptlevel') || 0, 2);
  return SCRIPT_WIDEN[level];
}
const textBBox = SvgTextNode.prototype.computeBBox;
SvgTextNode.prototype.computeBBox = function (bbox, recompute = false) {
  textBBox.call(this, bbox, recompute);
  const variant = this.parent.variant;
  if (variant === '-explicitFont') return;
  const ks = uprightKerns(this.remappedText(this.node.getText(), variant), variant);
  if (ks) bbox.w += ks.reduce((a, b) => a + b, 0);
  const f = scriptWiden(this);
  if (f !== 1) {
    bbox.w *= f;
    bbox.ic *= f;
  }
};
// MathJax's text drawing, with the kern added after each character.
function drawText(node, parents) {
  const variant = node.parent.variant;
  const chars = variant === '-explicitFont' ? [] : node.remappedText(node.node.getText(), variant);
  const ks = uprightKerns(chars, variant);
  if (!ks) return textToSVG.call(node, parents);
  if (node.parent.childNodes.length > 1) {
    parents = node.dom = [node.adaptor.append(parents[0], node.svg('g', {'data-mml-node': 'text'}))];
  } else {
    node.dom = parents;
  }
  let x = 0;
  chars.forEach((n, i) => { x += node.placeChar(n, x, 0, parents[0], variant, true) + ks[i]; });
  node.addUtext(x, 0, parents[0], variant);
}
const textToSVG = SvgTextNode.prototype.toSVG;
SvgTextNode.prototype.toSVG = function (parents) {
  const f = scriptWiden(this);
  if (f === 1) return drawText(this, parents);
  // Widened about the node's own origin: the group sits where the text would.
  const g = this.adaptor.append(parents[0], this.svg('g', {transform: `scale(${f.toFixed(5)},1)`}));
  drawText(this, [g]);
  this.dom = [g];
};

// Math italic letters take cmmi10's italic corrections (TFM values, em); MathJax's TeX font
// has smaller ones for many capitals (V: 0.186 against 0.222), which moves everything after them.
const CMMI10_IC = {
  A: 0, B: .0502, C: .0715, D: .0278, E: .0576, F: .1389, G: 0, H: .0812, I: .0785, J: .0962,
  K: .0715, L: 0, M: .1090, N: .1090, O: .0278, P: .1389, Q: 0, R: .0077, S: .0576, T: .1389,
  U: .1090, V: .2222, W: .1389, X: .0785, Y: .2222, Z: .0715,
  a: 0, b: 0, c: 0, d: 0, e: 0, f: .1076, g: .0359, h: 0, i: 0, j: .0572, k: .0315, l: .0197,
  m: 0, n: 0, o: 0, p: 0, q: .0359, r: .0278, s: 0, t: 0, u: 0, v: .0359, w: .0269, x: 0,
  y: .0359, z: .0440,
};
// Code point of a math italic letter (U+1D434.., with h at U+210E).
function mathItalic(c) {
  if (c === 'h') return 0x210E;
  const a = c.charCodeAt(0);
  return a >= 97 ? 0x1D44E + a - 97 : 0x1D434 + a - 65;
}
// cmmi10's kerns (lig/kern program, em) between a math italic letter and the next symbol of the
// same font: the punctuation , . / and a few letters. TeX inserts them between adjacent atoms
// when the first has no scripts (The TeXbook, Appendix G rule 14).
const CMMI10_KERNS = new Map();
function mathKerns(lefts, rights, k) {
  for (const a of lefts) for (const b of rights) CMMI10_KERNS.set(a + b, k);
}
mathKerns('C', ',.', -.0556); mathKerns('C', '/', -.0278);
mathKerns('FJP', ',.', -.1111); mathKerns('FJPU', '/', -.0556);
mathKerns('HKMNSXZ', ',.', -.0556); mathKerns('HKMSZ', '/', -.0556); mathKerns('NX', '/', -.0833);
mathKerns('T', ',.', -.0556); mathKerns('T', '/', -.0278);
mathKerns('U', ',.', -.1111);
mathKerns('VWY', ',.', -.1667); mathKerns('VWY', '/', -.1111);
mathKerns('fjr', ',.', -.0556);
CMMI10_KERNS.set('dY', .0556); CMMI10_KERNS.set('dZ', -.0556);
CMMI10_KERNS.set('dj', -.1111); CMMI10_KERNS.set('df', -.1667);

// The single character of a token node, looking through one-child rows and TeX atoms (e.g.
// \mathbin{/}); null for anything else.
function singleToken(node) {
  while (node && !node.isToken && node.childNodes && node.childNodes.length === 1) {
    node = node.childNodes[0];
  }
  if (!node || !node.isToken || !(node.isKind('mi') || node.isKind('mo'))) return null;
  const t = node.getText();
  return Array.from(t).length === 1 ? {node, text: t} : null;
}
// The letter of an mi drawn in math italic, or null.
function italicLetter(node) {
  if (!node || !node.isKind('mi')) return null;
  const t = node.getText();
  if (!/^[A-Za-z]$/.test(t)) return null;
  const v = node.attributes.get('mathvariant');
  return v === 'italic' ? t : null;
}
const miBBox = SvgMi.prototype.computeBBox;
SvgMi.prototype.computeBBox = function (bbox, recompute = false) {
  miBBox.call(this, bbox, recompute);
  const left = italicLetter(this.node);
  const parent = this.node.parent;
  if (!left || !parent || !(parent.isKind('mrow') || parent.isInferred)) return;
  const next = singleToken(parent.childNodes[parent.childIndex(this.node) + 1]);
  if (!next) return;
  const right = next.node.isKind('mi') ? italicLetter(next.node) : next.text;
  const k = right && CMMI10_KERNS.get(left + right);
  if (k) bbox.w += k;
};

// Stretched delimiters (long arrows, big braces and parentheses): MathJax draws the extender as
// a scaled glyph clipped by a nested <svg> viewport, which our SVG reader (like Manim's) does not
// clip. An extender is uniform along its stretch direction, so it is drawn instead as the rules of
// its cross-section: the filled intervals of the glyph's outline across its middle.
function outlineCrossSection(path, at, vertical) {
  const nums = [];
  const re = /([MLC])|(-?(?:\d+\.?\d*|\.\d+))/g;
  let m;
  const subpaths = [];
  let cur = null;
  let cmd = 'M';
  const toks = [];
  while ((m = re.exec(path)) !== null) toks.push(m[1] || Number(m[2]));
  for (let i = 0; i < toks.length;) {
    if (typeof toks[i] === 'string') cmd = toks[i++];
    const n = cmd === 'C' ? 6 : 2;
    for (let k = 0; k < n; ++k) nums[k] = toks[i + k];
    i += n;
    if (cmd === 'M') {
      cur = [[nums[0], nums[1]]];
      subpaths.push(cur);
      cmd = 'L';
    } else if (cmd === 'L') {
      cur.push([nums[0], nums[1]]);
    } else {
      const [x0, y0] = cur[cur.length - 1];
      for (let t = 1; t <= 16; ++t) {
        const u = t / 16, v = 1 - u;
        cur.push([v * v * v * x0 + 3 * v * v * u * nums[0] + 3 * v * u * u * nums[2] + u * u * u * nums[4],
          v * v * v * y0 + 3 * v * v * u * nums[1] + 3 * v * u * u * nums[3] + u * u * u * nums[5]]);
      }
    }
  }
  const a = vertical ? 1 : 0, b = 1 - a;  // crossing coordinate a == at; collect coordinate b
  const hits = [];
  for (const sp of subpaths) {
    for (let i = 0; i < sp.length; ++i) {
      const p = sp[i], q = sp[(i + 1) % sp.length];
      if ((p[a] <= at) !== (q[a] <= at)) hits.push(p[b] + (q[b] - p[b]) * (at - p[a]) / (q[a] - p[a]));
    }
  }
  hits.sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < hits.length; i += 2) out.push([hits[i] / 1000, hits[i + 1] / 1000]);
  return out;
}
function extenderRules(wrapper, n, v, vertical) {
  const data = wrapper.getChar(n, v);
  const [h, d, w] = data;
  const p = data[3] && data[3].p;
  if (!p) return null;
  const cut = outlineCrossSection(p, vertical ? 500 * (h - d) : 500 * w, vertical);
  return cut.length ? cut : null;
}
function appendRules(wrapper, rects) {
  for (const attrs of rects) {
    const r = wrapper.svg('rect', attrs);
    if (wrapper.dom[0]) wrapper.adaptor.append(wrapper.dom[0], r);
    if (wrapper.dom[1]) wrapper.adaptor.append(wrapper.dom[1], wrapper.dom[0] ? wrapper.adaptor.clone(r) : r);
  }
}

const addExtH = SvgMo.prototype.addExtH;
SvgMo.prototype.addExtH = function (n, v, W, L, R, x = 0) {
  const cut = n && extenderRules(this, n, v, false);
  if (!cut) return addExtH.call(this, n, v, W, L, R, x);
  L = Math.max(0, L - HFUZZ);
  R = Math.max(0, R - HFUZZ);
  const X = W - L - R;
  if (X <= 0) return;
  appendRules(this, cut.map(([y0, y1]) => ({
    x: this.fixed(x + L), y: this.fixed(y0), width: this.fixed(X), height: this.fixed(y1 - y0),
  })));
};
// A tall delimiter's extender is, as in TeX's extensible recipes, whole copies of the repeat
// glyph (as many as the span needs, the last ones overlapping), so MathTex has LaTeX's pieces.
const addExtV = SvgMo.prototype.addExtV;
SvgMo.prototype.addExtV = function (n, v, H, D, T, B, W) {
  const cut = n && extenderRules(this, n, v, true);
  if (!cut) return addExtV.call(this, n, v, H, D, T, B, W);
  // No repeat glyph where the end pieces already meet (TeX adds none when top, middle and bottom
  // reach the size; MathJax's fuzz would make a sliver of one).
  if (H + D - T - B <= 1e-3) return;
  T = Math.max(0, T - VFUZZ);
  B = Math.max(0, B - VFUZZ);
  const Y = H + D - T - B;
  const [h, d, w] = this.getChar(n, v);
  const e = h + d;
  const k = Math.max(1, Math.ceil(Y / e - 1e-3));
  const y0 = B - D;  // bottom of the span
  for (let i = 0; i < k; ++i) {
    const bottom = k === 1 ? y0 + (Y - e) / 2 : y0 + i * (Y - e) / (k - 1);
    this.addGlyph(n, v, (W - w) / 2, bottom + d);
  }
};

// Rows of TeX's tables are set by TeX's interline rule: baselines \baselineskip apart unless the
// depth above plus the height below leave less than \lineskiplimit, then \lineskip between them;
// every row holds a strut. MathJax instead adds a fixed rowspacing to 1 em struts. Per LaTeX
// environment (em at 10 pt, measured against LaTeX here): [baselineskip, lineskiplimit, lineskip,
// strut height, strut depth, MathJax's own rowspacing (replaced)].
const ALIGN_ROWS = [1.5, .3, .4, .84, .36, .3];  // amsmath \openup\jot: 12 pt + 3 pt
const ARRAY_ROWS = [0, 0, 0, .84, .36, .4];  // array: \baselineskip 0, \@arstrut 8.4 pt + 3.6 pt
const TEX_ROWS = {
  'align': ALIGN_ROWS, 'align*': ALIGN_ROWS, 'aligned': ALIGN_ROWS, 'gather': ALIGN_ROWS,
  'gather*': ALIGN_ROWS, 'gathered': ALIGN_ROWS, 'alignat': ALIGN_ROWS, 'alignat*': ALIGN_ROWS,
  'alignedat': ALIGN_ROWS, 'flalign': ALIGN_ROWS, 'flalign*': ALIGN_ROWS, 'split': ALIGN_ROWS,
  'array': ARRAY_ROWS, 'matrix': ARRAY_ROWS, 'pmatrix': ARRAY_ROWS, 'bmatrix': ARRAY_ROWS,
  'Bmatrix': ARRAY_ROWS, 'vmatrix': ARRAY_ROWS, 'Vmatrix': ARRAY_ROWS,
  // amsmath's cases: \arraystretch 1.2 scales the array strut.
  'cases': [0, 0, 0, 1.008, .432, .2],
  // Tex's rows (LaTeX's center environment): text lines 12 pt apart, \lineskip 1 pt, no struts.
  'manimcenter': [1.2, 0, .1, 0, 0, .4],
  // Tex's itemize/enumerate: items are paragraphs 12 pt apart plus \itemsep + \parsep (8 pt).
  'manimlist': [2, .8, .9, 0, 0, .4],
  // Tex's tabular: array rows.
  'manimtabular': ARRAY_ROWS,
};
// The array item records the environment that ends it on the table it makes.
const arrayCheckItem = ArrayItem.prototype.checkItem;
ArrayItem.prototype.checkItem = function (item) {
  if (item.isKind('end') && TEX_ROWS[item.getName()]) this.arraydef['data-tex-rows'] = item.getName();
  return arrayCheckItem.call(this, item);
};
const tableData = SvgMtable.prototype.getTableData;
SvgMtable.prototype.getTableData = function () {
  if (this.data) return this.data;
  const rule = TEX_ROWS[this.node.attributes.getExplicit('data-tex-rows')];
  if (!rule) return tableData.call(this);
  const [skip, limit, lineskip, sh, sd, spacing] = rule;
  const useHeight = this.node.getProperty('useHeight');
  this.node.setProperty('useHeight', false);
  const data = tableData.call(this);
  this.node.setProperty('useHeight', useHeight);
  const {H, D} = data;
  for (let j = 0; j < H.length; ++j) {
    H[j] = Math.max(H[j], sh);
    D[j] = Math.max(D[j], sd);
    const row = this.tableRows[j];
    if (row) {
      row.bbox.h = H[j];
      row.bbox.d = D[j];
    }
  }
  for (let j = 0; j + 1 < H.length && j < this.rSpace.length; ++j) {
    const gap = D[j] + H[j + 1];
    // \\[len] adds len below its row (MathJax adds it to that row's spacing).
    const extra = this.rSpace[j] - spacing;
    const dist = (skip - gap >= limit ? skip : gap + lineskip) + (Math.abs(extra) > 1e-6 ? extra : 0);
    this.rSpace[j] = dist - gap;
  }
  return data;
};
// Table rules (\hline, |, frames) are MathJax <line>s and a <rect> drawn by their stroke; Tex and
// MathTex fill their shapes and draw no strokes, so rules are drawn as filled rectangles instead,
// LaTeX's \arrayrulewidth (0.4 pt) thick, centred where MathJax's lines run.
const RULE = .04;
// MathJax reserves 0.07 em for each rule; LaTeX's take their own 0.4 pt.
const columnWidths = SvgMtable.prototype.getColumnWidths;
SvgMtable.prototype.getColumnWidths = function () {
  this.cLines = this.cLines.map((x) => (x ? RULE : 0));
  this.rLines = this.rLines.map((x) => (x ? RULE : 0));
  if (this.fLine) this.fLine = RULE;
  return columnWidths.call(this);
};
SvgMtable.prototype.makeVLine = function (x, _style, t) {
  const {h, d} = this.getBBox();
  return this.svg('rect', {
    'data-line': 'v', x: this.fixed(x + t / 2 - RULE / 2), y: this.fixed(-d),
    width: this.fixed(RULE), height: this.fixed(h + d),
  });
};
SvgMtable.prototype.makeHLine = function (y, _style, t) {
  const w = this.getBBox().w;
  return this.svg('rect', {
    'data-line': 'h', x: this.fixed(0), y: this.fixed(y - t / 2 - RULE / 2),
    width: this.fixed(w), height: this.fixed(RULE),
  });
};
SvgMtable.prototype.makeFrame = function (w, h, d, _style) {
  const g = this.svg('g', {'data-frame': true});
  for (const [x, y, rw, rh] of [[0, h - RULE, w, RULE], [0, -d, RULE, h + d], [w - RULE, -d, RULE, h + d],
    [0, -d, w, RULE]]) {
    this.adaptor.append(g, this.svg('rect', {
      x: this.fixed(x), y: this.fixed(y), width: this.fixed(rw), height: this.fixed(rh),
    }));
  }
  return g;
};
// Tex's text rows: a one-column centred table without array's padding.
// Tex's lists: a right-aligned label column \labelsep (0.5 em) before the items' column.
// Tex's tabular: columns 2 \tabcolsep (12 pt) apart with \tabcolsep outside the outer ones.
new EnvironmentMap('manim-environment', ParseMethods.environment, {
  manimcenter: [BaseMethods.Array, null, null, null, 'c'],
  manimlist: [BaseMethods.Array, null, null, null, 'rl', '.5em'],
  manimtabular: 'ManimTabular',
}, {
  ManimTabular(parser, begin) {
    const item = BaseMethods.Array(parser, begin, null, null, null, '1.2em');
    item.setProperty('arrayPadding', '.6em 0');
    return item;
  },
});
Configuration.create('manim', {
  [ConfigurationType.HANDLER]: {[HandlerType.ENVIRONMENT]: ['manim-environment']},
});
// amsmath's \xrightarrow and \xleftarrow: the arrow is the label plus 14 mu (script style) wide and
// the label, with 3 mu on the arrow's head side, is centred over it, so it sits 5.5 mu from the
// tail and 8.5 mu from the head. A script mu is cmsy7's quad (1.170641 script em) / 18; MathJax
// pads 5 + 10 (xleftarrow 10 + 5) of its 1/18 script em. The arrow (\rightarrowfill@: a smashed
// minus, leaders, \rightarrow) is 0.366875 em high with no depth, and the label sits on it by
// TeX's limit rule with its own depth; MathJax gives the label a 0.2 em depth strut and lowers it.
const ARROW_FILL_H = .366875;
{
  const mu = 1.170641;
  const macros = MapHandler.getMap('AMSmath-macros');
  for (const [name, l, r] of [['xrightarrow', 5.5, 8.5], ['xleftarrow', 8.5, 5.5]]) {
    const m = macros.lookup(name);
    if (!m || !m.args) continue;
    m.args[1] = l * mu;
    m.args[2] = r * mu;
    const xArrow = m._func;
    m._func = function (parser, ...args) {
      const result = xArrow.call(this, parser, ...args);
      const top = parser.stack.Top();
      const atom = top && top.First;
      const mml = atom && atom.childNodes[0] && atom.childNodes[0].childNodes[1];
      if (mml && mml.isKind('munderover')) {
        const base = mml.childNodes[0] && mml.childNodes[0].childNodes[0];
        const mo = base && base.childNodes[0];
        if (mo && mo.isKind('mo')) mo.setProperty('texArrowFill', true);
        for (const [pos, attr] of [[mml.over, 'height'], [mml.under, 'depth']]) {
          const label = mml.childNodes[pos];
          if (!label || !label.isKind('mpadded')) continue;
          label.attributes.unset('voffset');
          label.attributes.unset(attr);
          const row = label.childNodes[0];
          if (row && row.childNodes.length === 2 && row.childNodes[1].isKind('mspace')) {
            row.childNodes.pop();
          }
        }
      }
      return result;
    };
  }
}
// \overrightarrow, \overleftarrow, \underrightarrow, \underleftarrow: LaTeX draws these arrows
// with the same \arrowfill@ (minus, leader minuses, head), so they get the same glyphs.
for (const [map, names] of [['macros', ['overrightarrow', 'overleftarrow']],
  ['AMSmath-macros', ['underrightarrow', 'underleftarrow', 'overleftrightarrow']]]) {
  const macros = MapHandler.getMap(map);
  for (const name of names) {
    const m = macros && macros.lookup(name);
    if (!m || !m._func) continue;
    const under = m._func;
    m._func = function (parser, ...args) {
      const result = under.call(this, parser, ...args);
      const top = parser.stack.Top();
      const walk = (node, depth) => {
        if (!node || depth > 4) return;
        if (node.isKind && node.isKind('mo') && node.getProperty) {
          const t = node.childNodes[0] && node.childNodes[0].text;
          if (t === '\u2192' || t === '\u2190') node.setProperty('texArrowGlyphs', true);
          return;
        }
        for (const c of node.childNodes || []) walk(c, depth + 1);
      };
      if (top && top.First) {
        const n = top.First;
        if (n.isKind('munder') || n.isKind('mover') || n.isKind('munderover')) {
          for (let i = 1; i < n.childNodes.length; ++i) walk(n.childNodes[i], 0);
        }
      }
      return result;
    };
  }
}
const moStretchBBox = SvgMo.prototype.getStretchBBox;
SvgMo.prototype.getStretchBBox = function (WHD, D, C) {
  moStretchBBox.call(this, WHD, D, C);
  if (this.node.getProperty('texArrowFill')) {
    this.bbox.h = ARROW_FILL_H;
    this.bbox.d = 0;
  }
};
const moBBox = SvgMo.prototype.computeBBox;
SvgMo.prototype.computeBBox = function (bbox, recompute = false) {
  moBBox.call(this, bbox, recompute);
  if (this.node.getProperty('texArrowFill')) {
    bbox.h = ARROW_FILL_H;
    bbox.d = 0;
  }
};
// The arrow itself is drawn as LaTeX's \rightarrowfill@ (\arrowfill@\relbar\relbar\rightarrow)
// draws it, glyph for glyph, so MathTex has LaTeX's submobjects (tex[0][i], index_labels,
// TransformMatchingTex): over a box W wide, a minus (0.7778 em) at the tail, \mkern-7mu,
// \cleaders of a minus between two \mkern-2mu (boxes 0.5556 em wide, as many as fit, the rest
// split equally at both ends), \mkern-7mu and the arrow head (1 em) at the end; \xleftarrow
// mirrors it (head first). The natural arrow (no leaders) is 1 em, MathJax's unstretched arrow.
const MINUS_W = 7 / 9;
const HEAD_W = 1;
const LEADER_W = MINUS_W - 4 / 18;
function arrowFillGlyphs(head, W) {
  const fill = Math.max(0, W - HEAD_W);
  const n = Math.floor(fill / LEADER_W + 1e-6);
  const first = (fill - n * LEADER_W) / 2;
  const glyphs = [];
  if (head === 0x2192) {
    glyphs.push([0x2212, 0]);
    const x0 = MINUS_W - 7 / 18 + first;
    for (let k = 0; k < n; ++k) glyphs.push([0x2212, x0 + k * LEADER_W - 2 / 18]);
    glyphs.push([0x2192, W - HEAD_W]);
  } else {
    glyphs.push([0x2190, 0]);
    const x0 = HEAD_W - 7 / 18 + first;
    for (let k = 0; k < n; ++k) glyphs.push([0x2212, x0 + k * LEADER_W - 2 / 18]);
    glyphs.push([0x2212, W - MINUS_W]);
  }
  return glyphs;
}
const moToSVG = SvgMo.prototype.toSVG;
SvgMo.prototype.toSVG = function (parents) {
  const head = (this.node.getProperty('texArrowFill') || this.node.getProperty('texArrowGlyphs')) &&
    this.getText().codePointAt(0);
  if (head !== 0x2192 && head !== 0x2190) return moToSVG.call(this, parents);
  if (this.stretch.dir !== DIRECTION.None && this.size === null) this.getStretchedVariant([]);
  this.standardSvgNodes(parents);
  // LaTeX's arrow box is as wide as the widest label (plus its padding) even when that is
  // narrower than MathJax's stretch threshold; MathJax then centres the unstretched arrow.
  let W = this.getBBox().w, x0 = 0;
  const stack = this.parent;
  if (stack && stack.childNodes[0] === this && /^m(under)?over$|^munder$/.test(stack.node.kind)) {
    const Ws = stack.getBBox().w;
    if (Ws > W + 1e-3) {
      x0 = -(Ws - W) / 2;
      W = Ws;
    }
  }
  for (const [c, x] of arrowFillGlyphs(head, W)) this.addGlyph(c, 'normal', x0 + x, 0);
};

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const tex = new TeX({
  packages: ['base', 'ams', 'newcommand', 'textmacros', 'color', 'boldsymbol', 'cancel',
    'mathtools', 'begingroup', 'dsfont', 'braket', 'gensymb', 'upgreek', 'extpfeil', 'manim'],
  // Errors must reach the caller, not be typeset as red merror boxes.
  formatError: (_jax, err) => { throw err; },
});
const svg = new SVG({fontCache: 'none', fontData: Font});
Object.assign(svg.font.params, TEX_PARAMS);
// Scripts: TeX puts a subscript at the nucleus' width and a superscript at width plus italic
// correction; MathJax adds 0.033 em (extra_ic) and a padded 1.05 ic + 0.05 em.
svg.font.params.extra_ic = 0;
for (const W of [SvgMsub, SvgMsup, SvgMsubsup]) {
  W.prototype.getAdjustedIc = function () { return this.baseIc; };
}
// TeX's script and scriptscript sizes are 7/10 and 5/10 of the text size (cmr7, cmr5);
// MathJax's default scriptsizemultiplier 1/sqrt 2 makes level 1 0.707.
const wrapperScale = SvgWrapper.prototype.getScale;
SvgWrapper.prototype.getScale = function () {
  wrapperScale.call(this);
  const level = this.node.attributes.get('scriptlevel');
  const sm = this.node.attributes.get('scriptsizemultiplier');
  if (level === 1 && Math.abs(sm - Math.SQRT1_2) < 1e-9 && this.bbox.scale > .4) {
    const pscale = this.parent ? this.parent.bbox.scale : 1;
    this.bbox.scale *= .7 / Math.SQRT1_2;
    this.bbox.rscale = this.bbox.scale / pscale;
  }
};
// MathJax draws \top and \bot 0.668 em tall; cmsy10's are 0.694 em (ascender height). The bar of
// \top (stem end of \bot) moves up by the difference, the stem stretches.
for (const cp of [0x22A4, 0x22A5]) {
  for (const v of Object.values(svg.font.variant)) {
    const e = v.chars && v.chars[cp];
    if (!e || !e[3] || !e[3].p || e[0] !== .668) continue;
    const p = e[3].p.replace(/(-?[\d.]+) (-?[\d.]+)/g,
      (_m, x, y) => `${x} ${Number(y) > 600 ? Number(y) + 26 : y}`);
    v.chars[cp] = [.694, e[1], e[2], {...e[3], p}];
  }
}
// MathJax gives the radical sign a 0.02 em italic correction, which opens a gap before the
// radicand and the vinculum; TeX's radicals (cmsy10, cmex10) have none.
for (const v of Object.values(svg.font.variant)) {
  const e = v.chars && v.chars[0x221A];
  if (!e || !e[3] || !e[3].ic) continue;
  const {ic: _ic, ...data} = e[3];
  v.chars[0x221A] = [e[0], e[1], e[2], data];
}
for (const [c, ic] of Object.entries(CMMI10_IC)) {
  const cp = mathItalic(c);
  for (const v of Object.values(svg.font.variant)) {
    const e = v.chars && v.chars[cp];
    if (!e) continue;
    const data = {...(e[3] || {})};
    if (ic) data.ic = ic; else delete data.ic;
    v.chars[cp] = [e[0], e[1], e[2], data];
  }
}
// A word space in \text is the text font's interword space (cmr10 \fontdimen2 = 1/3 em, cmbx10
// 0.383 em); MathJax's fonts give the space characters 1/4 em.
for (const [variant, w] of [['normal', 1 / 3], ['bold', .383331]]) {
  for (const cp of [0x20, 0xA0]) {
    const chars = svg.font.variant[variant] && svg.font.variant[variant].chars;
    // Variants share character entries: replace the entry, never edit it in place.
    if (chars && chars[cp]) chars[cp] = [chars[cp][0], chars[cp][1], w, {...chars[cp][3]}];
  }
}
const doc = mathjax.document('', {InputJax: tex, OutputJax: svg});

async function typeset(req) {
  // Close any \begingroup an earlier (failed) formula left open, so no template's definitions
  // outlive its formula.
  tex.parseOptions.packageData.get('begingroup').stack.reset();
  // handleRetriesFor waits for font pieces that MathJax loads on demand (big delimiters...).
  const node = await mathjax.handleRetriesFor(() => doc.convert(req.tex, {display: req.display !== false}));
  const root = adaptor.firstChild(node);  // <mjx-container><svg>...</svg></mjx-container>
  return adaptor.outerHTML(root);
}

const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
const rl = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
let chain = Promise.resolve();
rl.on('line', (line) => {
  // Requests are answered strictly in order.
  chain = chain.then(async () => {
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      out({id: -1, error: `bad request line: ${e.message}`});
      return;
    }
    if (req.cmd === 'version') {
      out({id: req.id, version: mathjax.version, font: fontName});
      return;
    }
    try {
      if (typeof req.tex !== 'string') throw new Error('request has no "tex" string');
      out({id: req.id, svg: await typeset(req)});
    } catch (e) {
      out({id: req.id, error: String(e && e.message ? e.message : e)});
    }
  });
});
rl.on('close', () => { chain.then(() => process.exit(0)); });
