// Long-lived TeX -> SVG worker for manim.cpp's MathTex (MathJax 4 in Node).
//
// Protocol: one JSON request per stdin line, one JSON line per request on stdout, in order.
//   {"id": 7, "tex": "x^2", "display": true}  ->  {"id": 7, "svg": "<svg ...>"}
//                                              or {"id": 7, "error": "MathJax's message"}
//   {"id": 0, "cmd": "version"}               ->  {"id": 0, "version": "4.1.3", "font": "..."}
// Glyphs are emitted as <path> elements (fontCache 'none'), rules as <rect>.
// Usage: node mathjax_worker.mjs [--font tex|newcm]  (tex: MathJax's TeX font, the default)
import readline from 'node:readline';
import {mathjax} from '@mathjax/src/js/mathjax.js';
import {TeX} from '@mathjax/src/js/input/tex.js';
import {SVG} from '@mathjax/src/js/output/svg.js';
import {liteAdaptor} from '@mathjax/src/js/adaptors/liteAdaptor.js';
import {RegisterHTMLHandler} from '@mathjax/src/js/handlers/html.js';
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

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const tex = new TeX({
  packages: ['base', 'ams', 'newcommand', 'textmacros', 'color', 'boldsymbol', 'cancel',
    'mathtools'],
  // Errors must reach the caller, not be typeset as red merror boxes.
  formatError: (_jax, err) => { throw err; },
});
const svg = new SVG({fontCache: 'none', fontData: Font});
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
