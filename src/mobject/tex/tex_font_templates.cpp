// TexFontTemplates: the font preambles of Manim CE v0.18.0's manim.utils.tex_templates (the
// fonts of mathastext's showcase), kept byte-identical because the document text names the
// media/Tex files.
#include "manim/mobject/tex_font_templates.hpp"

#include <stdexcept>

namespace manim {

namespace {

struct Entry {
  const char* name;
  const char* description;
  const char* preamble;  // added to the simple AMS template's preamble (after a newline)
  const char* tex_compiler;
  const char* output_format;
  const char* post_doc_commands;
};

// clang-format off
const Entry kFonts[] = {
    {"american_typewriter", R"~(American Typewriter)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{American Typewriter}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"antykwa", R"~(Antykwa Półtawskiego (TX Fonts for Greek and math symbols))~",
     R"~(
\usepackage[OT4,OT1]{fontenc}
\usepackage{txfonts}
\usepackage[upright]{txgreeks}
\usepackage{antpolt}
\usepackage[defaultmathsizes,nolessnomore]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"apple_chancery", R"~(Apple Chancery)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Apple Chancery}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"auriocus_kalligraphicus", R"~(Auriocus Kalligraphicus (Symbol Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{aurical}
\renewcommand{\rmdefault}{AuriocusKalligraphicus}
\usepackage[symbolgreek]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"baskervald_adf_fourier", R"~(Baskervald ADF with Fourier)~",
     R"~(
\usepackage[upright]{fourier}
\usepackage{baskervald}
\usepackage[defaultmathsizes,noasterisk]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"baskerville_it", R"~(Baskerville (Italic))~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Baskerville}
\usepackage[defaultmathsizes,italic]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"biolinum", R"~(Biolinum)~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{libertine}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[greek=n,biolinum]{libgreek}
\usepackage[noasterisk,defaultmathsizes]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"brushscriptx", R"~(BrushScriptX-Italic (PX math and Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{pxfonts}
%\usepackage{pbsi}
\renewcommand{\rmdefault}{pbsi}
\renewcommand{\mddefault}{xl}
\renewcommand{\bfdefault}{xl}
\usepackage[defaultmathsizes,noasterisk]{mathastext}
)~",
     "xelatex", ".xdv", R"~(
\boldmath

)~"},
    {"chalkboard_se", R"~(Chalkboard SE)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Chalkboard SE}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"chalkduster", R"~(Chalkduster)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Chalkduster}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "lualatex", ".pdf", R"~()~"},
    {"comfortaa", R"~(Comfortaa)~",
     R"~(
\usepackage[default]{comfortaa}
\usepackage[LGRgreek,defaultmathsizes,noasterisk]{mathastext}
\let\varphi\phi
\linespread{1.06}
)~",
     "latex", ".dvi", R"~()~"},
    {"comic_sans", R"~(Comic Sans MS)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Comic Sans MS}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"droid_sans", R"~(Droid Sans)~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[default]{droidsans}
\usepackage[LGRgreek]{mathastext}
\let\varepsilon\epsilon
)~",
     "latex", ".dvi", R"~()~"},
    {"droid_sans_it", R"~(Droid Sans (Italic))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[default]{droidsans}
\usepackage[LGRgreek,defaultmathsizes,italic]{mathastext}
\let\varphi\phi
)~",
     "latex", ".dvi", R"~()~"},
    {"droid_serif", R"~(Droid Serif)~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[default]{droidserif}
\usepackage[LGRgreek]{mathastext}
\let\varepsilon\epsilon
)~",
     "latex", ".dvi", R"~()~"},
    {"droid_serif_px_it", R"~(Droid Serif (PX math symbols) (Italic))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{pxfonts}
\usepackage[default]{droidserif}
\usepackage[LGRgreek,defaultmathsizes,italic,basic]{mathastext}
\let\varphi\phi
)~",
     "latex", ".dvi", R"~()~"},
    {"ecf_augie", R"~(ECF Augie (Euler Greek))~",
     R"~(
\renewcommand\familydefault{fau} % emerald package
\usepackage[defaultmathsizes,eulergreek]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"ecf_jd", R"~(ECF JD (with TX fonts))~",
     R"~(
\usepackage{txfonts}
\usepackage[upright]{txgreeks}
\renewcommand\familydefault{fjd} % emerald package
\usepackage{mathastext}
)~",
     "latex", ".dvi", R"~(
\mathversion{bold}

)~"},
    {"ecf_skeetch", R"~(ECF Skeetch (CM Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[T1]{fontenc}
\DeclareFontFamily{T1}{fsk}{}
\DeclareFontShape{T1}{fsk}{m}{n}{<->s*[1.315] fskmw8t}{}
\renewcommand\rmdefault{fsk}
\usepackage[noendash,defaultmathsizes,nohbar,defaultimath]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"ecf_tall_paul", R"~(ECF Tall Paul (with Symbol font))~",
     R"~(
\DeclareFontFamily{T1}{ftp}{}
\DeclareFontShape{T1}{ftp}{m}{n}{
    <->s*[1.4] ftpmw8t
}{} % increase size by factor 1.4
\renewcommand\familydefault{ftp} % emerald package
\usepackage[symbol]{mathastext}
\let\infty\inftypsy
)~",
     "latex", ".dvi", R"~()~"},
    {"ecf_webster", R"~(ECF Webster (with TX fonts))~",
     R"~(
\usepackage{txfonts}
\usepackage[upright]{txgreeks}
\renewcommand\familydefault{fwb} % emerald package
\usepackage{mathastext}
\renewcommand{\int}{\intop\limits}
\linespread{1.5}
)~",
     "latex", ".dvi", R"~(

\mathversion{bold}

)~"},
    {"electrum_adf", R"~(Electrum ADF (CM Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[LGRgreek,basic,defaultmathsizes]{mathastext}
\usepackage[lf]{electrum}
\Mathastext
\let\varphi\phi
)~",
     "latex", ".dvi", R"~()~"},
    {"epigrafica", R"~(Epigrafica)~",
     R"~(
\usepackage[LGR,OT1]{fontenc}
\usepackage{epigrafica}
\usepackage[basic,LGRgreek,defaultmathsizes]{mathastext}
\let\varphi\phi
\linespread{1.2}
)~",
     "latex", ".dvi", R"~()~"},
    {"fourier_utopia", R"~(Fourier Utopia (Fourier upright Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[upright]{fourier}
\usepackage{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"french_cursive", R"~(French Cursive (Euler Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[default]{frcursive}
\usepackage[eulergreek,noplusnominus,noequal,nohbar,%
nolessnomore,noasterisk]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"gfs_bodoni", R"~(GFS Bodoni)~",
     R"~(
\usepackage[T1]{fontenc}
\renewcommand{\rmdefault}{bodoni}
\usepackage[LGRgreek]{mathastext}
\let\varphi\phi
\linespread{1.06}
)~",
     "latex", ".dvi", R"~()~"},
    {"gfs_didot", R"~(GFS Didot (Italic))~",
     R"~(
\usepackage[T1]{fontenc}
\renewcommand\rmdefault{udidot}
\usepackage[LGRgreek,defaultmathsizes,italic]{mathastext}
\let\varphi\phi
)~",
     "latex", ".dvi", R"~()~"},
    {"gfs_neoHellenic", R"~(GFS NeoHellenic)~",
     R"~(
\usepackage[T1]{fontenc}
\renewcommand{\rmdefault}{neohellenic}
\usepackage[LGRgreek]{mathastext}
\let\varphi\phi
\linespread{1.06}
)~",
     "latex", ".dvi", R"~()~"},
    {"gnu_freesans_tx", R"~(GNU FreeSerif (and TX fonts symbols))~",
     R"~(
\usepackage[no-math]{fontspec}
\usepackage{txfonts}  %\let\mathbb=\varmathbb
\setmainfont[ExternalLocation,
                Mapping=tex-text,
                BoldFont=FreeSerifBold,
                ItalicFont=FreeSerifItalic,
                BoldItalicFont=FreeSerifBoldItalic]{FreeSerif}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".pdf", R"~()~"},
    {"gnu_freeserif_freesans", R"~(GNU FreeSerif and FreeSans)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[ExternalLocation,
                Mapping=tex-text,
                BoldFont=FreeSerifBold,
                ItalicFont=FreeSerifItalic,
                BoldItalicFont=FreeSerifBoldItalic]{FreeSerif}
\setsansfont[ExternalLocation,
                Mapping=tex-text,
                BoldFont=FreeSansBold,
                ItalicFont=FreeSansOblique,
                BoldItalicFont=FreeSansBoldOblique,
                Scale=MatchLowercase]{FreeSans}
\renewcommand{\familydefault}{lmss}
\usepackage[LGRgreek,defaultmathsizes,noasterisk]{mathastext}
\renewcommand{\familydefault}{\sfdefault}
\Mathastext
\let\varphi\phi % no `var' phi in LGR encoding
\renewcommand{\familydefault}{\rmdefault}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"helvetica_fourier_it", R"~(Helvetica with Fourier (Italic))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[scaled]{helvet}
\usepackage{fourier}
\renewcommand{\rmdefault}{phv}
\usepackage[italic,defaultmathsizes,noasterisk]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"latin_modern_tw_it", R"~(Latin Modern Typewriter Proportional (CM Greek) (Italic))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[variablett,nomath]{lmodern}
\renewcommand{\familydefault}{\ttdefault}
\usepackage[frenchmath]{mathastext}
\linespread{1.08}
)~",
     "latex", ".dvi", R"~()~"},
    {"latin_modern_tw", R"~(Latin Modern Typewriter Proportional)~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[variablett]{lmodern}
\renewcommand{\rmdefault}{\ttdefault}
\usepackage[LGRgreek]{mathastext}
\MTgreekfont{lmtt} % no lgr lmvtt, so use lgr lmtt
\Mathastext
\let\varepsilon\epsilon % only \varsigma in LGR
)~",
     "latex", ".dvi", R"~()~"},
    {"libertine", R"~(Libertine)~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{libertine}
\usepackage[greek=n]{libgreek}
\usepackage[noasterisk,defaultmathsizes]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"libris_adf_fourier", R"~(Libris ADF with Fourier)~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage[upright]{fourier}
\usepackage{libris}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[noasterisk]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"minion_pro_myriad_pro", R"~(Minion Pro and Myriad Pro (and TX fonts symbols))~",
     R"~(
\usepackage{txfonts}
\usepackage[upright]{txgreeks}
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Minion Pro}
\setsansfont[Mapping=tex-text,Scale=MatchUppercase]{Myriad Pro}
\renewcommand\familydefault\sfdefault
\usepackage[defaultmathsizes]{mathastext}
\renewcommand\familydefault\rmdefault
)~",
     "xelatex", ".xdv", R"~()~"},
    {"minion_pro_tx", R"~(Minion Pro (and TX fonts symbols))~",
     R"~(
\usepackage{txfonts}
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Minion Pro}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"new_century_schoolbook", R"~(New Century Schoolbook (Symbol Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{newcent}
\usepackage[symbolgreek]{mathastext}
\linespread{1.1}
)~",
     "latex", ".dvi", R"~()~"},
    {"new_century_schoolbook_px", R"~(New Century Schoolbook (Symbol Greek, PX math symbols))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{pxfonts}
\usepackage{newcent}
\usepackage[symbolgreek,defaultmathsizes]{mathastext}
\linespread{1.06}
)~",
     "latex", ".dvi", R"~()~"},
    {"noteworthy_light", R"~(Noteworthy Light)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Noteworthy Light}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"palatino", R"~(Palatino (Symbol Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{palatino}
\usepackage[symbolmax,defaultmathsizes]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"papyrus", R"~(Papyrus)~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Papyrus}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"romande_adf_fourier_it", R"~(Romande ADF with Fourier (Italic))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{fourier}
\usepackage{romande}
\usepackage[italic,defaultmathsizes,noasterisk]{mathastext}
\renewcommand{\itshape}{\swashstyle}
)~",
     "latex", ".dvi", R"~()~"},
    {"slitex", R"~(SliTeX (Euler Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{tpslifonts}
\usepackage[eulergreek,defaultmathsizes]{mathastext}
\MTEulerScale{1.06}
\linespread{1.2}
)~",
     "latex", ".dvi", R"~()~"},
    {"times_fourier_it", R"~(Times with Fourier (Italic))~",
     R"~(
\usepackage{fourier}
\renewcommand{\rmdefault}{ptm}
\usepackage[italic,defaultmathsizes,noasterisk]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"urw_avant_garde", R"~(URW Avant Garde (Symbol Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{avant}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[symbolgreek,defaultmathsizes]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"urw_zapf_chancery", R"~(URW Zapf Chancery (CM Greek))~",
     R"~(
\usepackage[T1]{fontenc}
\DeclareFontFamily{T1}{pzc}{}
\DeclareFontShape{T1}{pzc}{mb}{it}{<->s*[1.2] pzcmi8t}{}
\DeclareFontShape{T1}{pzc}{m}{it}{<->ssub * pzc/mb/it}{}
\DeclareFontShape{T1}{pzc}{mb}{sl}{<->ssub * pzc/mb/it}{}
\DeclareFontShape{T1}{pzc}{m}{sl}{<->ssub * pzc/mb/sl}{}
\DeclareFontShape{T1}{pzc}{m}{n}{<->ssub * pzc/mb/it}{}
\usepackage{chancery}
\usepackage{mathastext}
\linespread{1.05})~",
     "latex", ".dvi", R"~(

\boldmath

)~"},
    {"venturis_adf_fourier_it", R"~(Venturis ADF with Fourier (Italic))~",
     R"~(
\usepackage{fourier}
\usepackage[lf]{venturis}
\usepackage[italic,defaultmathsizes,noasterisk]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"verdana_it", R"~(Verdana (Italic))~",
     R"~(
\usepackage[no-math]{fontspec}
\setmainfont[Mapping=tex-text]{Verdana}
\usepackage[defaultmathsizes,italic]{mathastext}
)~",
     "xelatex", ".xdv", R"~()~"},
    {"vollkorn_fourier_it", R"~(Vollkorn with Fourier (Italic))~",
     R"~(
\usepackage{fourier}
\usepackage{vollkorn}
\usepackage[italic,nohbar]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"vollkorn", R"~(Vollkorn (TX fonts for Greek and math symbols))~",
     R"~(
\usepackage[T1]{fontenc}
\usepackage{txfonts}
\usepackage[upright]{txgreeks}
\usepackage{vollkorn}
\usepackage[defaultmathsizes]{mathastext}
)~",
     "latex", ".dvi", R"~()~"},
    {"zapf_chancery", R"~(Zapf Chancery)~",
     R"~(
\DeclareFontFamily{T1}{pzc}{}
\DeclareFontShape{T1}{pzc}{mb}{it}{<->s*[1.2] pzcmi8t}{}
\DeclareFontShape{T1}{pzc}{m}{it}{<->ssub * pzc/mb/it}{}
\usepackage{chancery} % = \renewcommand{\rmdefault}{pzc}
\renewcommand\shapedefault\itdefault
\renewcommand\bfdefault\mddefault
\usepackage[defaultmathsizes]{mathastext}
\linespread{1.05}
)~",
     "latex", ".dvi", R"~()~"},
};
// clang-format on

TexTemplate build(const Entry& e) {
  TexTemplate t;  // Manim's _new_ams_template(): babel (english), amsmath, amssymb
  t.add_to_preamble(e.preamble);
  t.tex_compiler = e.tex_compiler;
  t.output_format = e.output_format;
  // Manim sets these attributes after construction, so config.tex_compiler still decides for the
  // latex ones; xelatex/lualatex templates always need that compiler.
  t.compiler_given = std::string(e.tex_compiler) != TexTemplate::default_tex_compiler;
  t.post_doc_commands = e.post_doc_commands;
  return t;
}

}  // namespace

const std::vector<TexFontTemplateInfo>& tex_font_templates() {
  static const std::vector<TexFontTemplateInfo> all = [] {
    std::vector<TexFontTemplateInfo> v;
    for (const Entry& e : kFonts) v.push_back({e.name, e.description});
    return v;
  }();
  return all;
}

TexTemplate tex_font_template(const std::string& name) {
  for (const Entry& e : kFonts)
    if (name == e.name) return build(e);
  std::string names;
  for (const Entry& e : kFonts) names += std::string(names.empty() ? "" : ", ") + e.name;
  throw std::invalid_argument("TexFontTemplates has no template '" + name + "'; use one of " +
                              names);
}

std::optional<TexFontTemplateInfo> find_tex_font_template(const TexTemplate& t) {
  if (!t.template_file().empty()) return std::nullopt;
  for (const Entry& e : kFonts) {
    const TexTemplate f = build(e);
    if (f.preamble == t.preamble && f.post_doc_commands == t.post_doc_commands)
      return TexFontTemplateInfo{e.name, e.description};
  }
  return std::nullopt;
}

}  // namespace manim
