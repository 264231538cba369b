// Long-lived TeX -> SVG worker for manim.cpp's MathTex (MathJax 4 in Node).
//
// Protocol: one JSON request per stdin line, one JSON line per request on stdout, in order.
//   {"id": 7, "tex": "x^2", "display": true}  ->  {"id": 7, "svg": "<svg ...>"}
//                                              or {"id": 7, "error": "MathJax's message"}
//   {"id": 0, "cmd": "version"}               ->  {"id": 0, "version": "4.1.3", "font": "..."}
// Glyphs are emitted as <path> elements (fontCache 'none'), rules as <rect>.
// Layout follows TeX where MathJax differs: TeX math parameters and 0.04 em rules, fraction bars
// without extra padding, cmr10 kerns in upright text and 1/3 em text word spaces (see below).
// Usage: node mathjax_worker.mjs [--font tex|newcm]  (tex: MathJax's TeX font, the default)
import readline from 'node:readline';
import {mathjax} from '@mathjax/src/js/mathjax.js';
import {TeX} from '@mathjax/src/js/input/tex.js';
import {SVG} from '@mathjax/src/js/output/svg.js';
import {liteAdaptor} from '@mathjax/src/js/adaptors/liteAdaptor.js';
import {RegisterHTMLHandler} from '@mathjax/src/js/handlers/html.js';
import {SvgMfrac} from '@mathjax/src/js/output/svg/Wrappers/mfrac.js';
import {SvgTextNode} from '@mathjax/src/js/output/svg/Wrappers/TextNode.js';
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
const textBBox = SvgTextNode.prototype.computeBBox;
SvgTextNode.prototype.computeBBox = function (bbox, recompute = false) {
  textBBox.call(this, bbox, recompute);
  const variant = this.parent.variant;
  if (variant === '-explicitFont') return;
  const ks = uprightKerns(this.remappedText(this.node.getText(), variant), variant);
  if (ks) bbox.w += ks.reduce((a, b) => a + b, 0);
};
const textToSVG = SvgTextNode.prototype.toSVG;
SvgTextNode.prototype.toSVG = function (parents) {
  const variant = this.parent.variant;
  const text = this.node.getText();
  const chars = variant === '-explicitFont' ? [] : this.remappedText(text, variant);
  const ks = uprightKerns(chars, variant);
  if (!ks) return textToSVG.call(this, parents);
  // MathJax's own loop, with the kern added after each character.
  if (this.parent.childNodes.length > 1) {
    parents = this.dom = [this.adaptor.append(parents[0], this.svg('g', {'data-mml-node': 'text'}))];
  } else {
    this.dom = parents;
  }
  let x = 0;
  chars.forEach((n, i) => { x += this.placeChar(n, x, 0, parents[0], variant, true) + ks[i]; });
  this.addUtext(x, 0, parents[0], variant);
};

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const tex = new TeX({
  packages: ['base', 'ams', 'newcommand', 'textmacros', 'color', 'boldsymbol', 'cancel',
    'mathtools'],
  // Errors must reach the caller, not be typeset as red merror boxes.
  formatError: (_jax, err) => { throw err; },
});
const svg = new SVG({fontCache: 'none', fontData: Font});
Object.assign(svg.font.params, TEX_PARAMS);
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
