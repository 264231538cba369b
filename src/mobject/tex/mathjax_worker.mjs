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

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const tex = new TeX({
  packages: ['base', 'ams', 'newcommand', 'textmacros', 'color', 'boldsymbol', 'cancel',
    'mathtools', 'begingroup', 'dsfont', 'braket', 'gensymb', 'upgreek', 'extpfeil'],
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
