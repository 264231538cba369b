#!/usr/bin/env python3
"""Writes python/manim/_api_names.json: the public names of every module of Manim CE v0.18.0
and the public attributes of every class, read from a git mirror of Manim (names only, no
code). The `manim` package builds its module tree from this table (python/manim/_api.py).

Usage: scripts/gen_api_names.py [--mirror DIR] [--tag v0.18.0] [--out FILE]
"""
import argparse
import ast
import json
import os
import subprocess
import sys

DEFAULT_MIRROR = "/work/.mirror/ManimCommunity+manim/repo"


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=True, capture_output=True,
                          text=True).stdout


def module_name(path):
    parts = path[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def resolve_relative(mod, is_pkg, level, target):
    """The absolute module of `from <level dots><target> import ...` inside `mod`."""
    if level == 0:
        return target
    base = mod.split(".")
    if not is_pkg:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def public(name):
    return not name.startswith("_")


def class_attrs(node):
    """Public names a Manim class defines: methods, properties, class attributes and the
    attributes its methods assign on self."""
    attrs = set()
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            attrs.add(item.name)
        elif isinstance(item, ast.Assign):
            for t in item.targets:
                if isinstance(t, ast.Name):
                    attrs.add(t.id)
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            attrs.add(item.target.id)
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            for t in targets:
                for el in (t.elts if isinstance(t, ast.Tuple) else [t]):
                    if (isinstance(el, ast.Attribute) and isinstance(el.value, ast.Name)
                            and el.value.id == "self"):
                        attrs.add(el.attr)
    return sorted(a for a in attrs if public(a))


def base_names(node):
    out = []
    for b in node.bases:
        if isinstance(b, ast.Name):
            out.append(b.id)
        elif isinstance(b, ast.Attribute):
            out.append(b.attr)
        elif isinstance(b, ast.Subscript) and isinstance(b.value, ast.Name):
            out.append(b.value.id)
    return out


def scan(mirror, tag):
    files = [p for p in git(mirror, "ls-tree", "-r", "--name-only", tag, "manim").split()
             if p.endswith(".py")]
    modules = {}
    for path in files:
        mod = module_name(path)
        is_pkg = path.endswith("__init__.py")
        tree = ast.parse(git(mirror, "show", f"{tag}:{path}"))
        info = {"package": is_pkg, "defined": [], "kinds": {}, "imports": {}, "stars": [],
                "submodules": [], "all": None, "classes": {}}
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                info["defined"].append(node.name)
                info["kinds"][node.name] = "class"
                info["classes"][node.name] = {"bases": base_names(node),
                                              "attrs": class_attrs(node)}
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                info["defined"].append(node.name)
                info["kinds"][node.name] = "function"
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    for el in (t.elts if isinstance(t, ast.Tuple) else [t]):
                        if isinstance(el, ast.Name):
                            if el.id == "__all__" and isinstance(node.value, (ast.List,
                                                                             ast.Tuple)):
                                info["all"] = [e.value for e in node.value.elts
                                               if isinstance(e, ast.Constant)]
                            else:
                                info["defined"].append(el.id)
                                info["kinds"].setdefault(el.id, "value")
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == "__all__" and isinstance(node.value, ast.List):
                info["all"] = (info["all"] or []) + [e.value for e in node.value.elts
                                                     if isinstance(e, ast.Constant)]
            elif isinstance(node, ast.ImportFrom):
                src = resolve_relative(mod, is_pkg, node.level, node.module or "")
                if src != "manim" and not src.startswith("manim."):
                    continue
                for alias in node.names:
                    if alias.name == "*":
                        info["stars"].append(src)
                    elif f"{src}.{alias.name}".replace(".", "/") + ".py" in files or \
                            f"{src}.{alias.name}".replace(".", "/") + "/__init__.py" in files:
                        info["submodules"].append(alias.asname or alias.name)
                        info["imports"][alias.asname or alias.name] = f"{src}.{alias.name}"
                    else:
                        info["imports"][alias.asname or alias.name] = src
        modules[mod] = info
    return modules


def star_names(modules, mod, seen=None):
    """What `from mod import *` gives: __all__, else every public global."""
    info = modules[mod]
    if info["all"] is not None:
        return list(info["all"])
    seen = seen or set()
    if mod in seen:
        return []
    seen.add(mod)
    names = [n for n in info["defined"] if public(n)]
    names += [n for n in info["imports"] if public(n)]
    for s in info["stars"]:
        if s in modules:
            names += star_names(modules, s, seen)
    return list(dict.fromkeys(names))


def origin(modules, mod, name, depth=0):
    """The module where `name`, reachable from `mod`, is defined (follows re-exports)."""
    info = modules.get(mod)
    if info is None or depth > 20:
        return None
    if name in info["defined"]:
        return mod
    if name in info["imports"]:
        src = info["imports"][name]
        if name in info["submodules"]:
            return src + "#module"
        return origin(modules, src, name, depth + 1) or src
    for s in info["stars"]:
        if s in modules and name in star_names(modules, s):
            return origin(modules, s, name, depth + 1)
    return None


def build(modules):
    out_modules = {}
    classes = {}
    for mod, info in sorted(modules.items()):
        names = star_names(modules, mod)
        if info["all"] is not None:
            # Public globals beyond __all__ are importable by name too.
            names += [n for n in info["defined"] + list(info["imports"]) if public(n)]
        # Private classes and functions are importable by name (tests use some).
        names += [n for n in info["defined"] if not public(n) and not n.startswith("__")
                  and info["kinds"].get(n) in ("class", "function")]
        names = list(dict.fromkeys(names))
        table = {}
        for n in names:
            o = origin(modules, mod, n)
            if o is None:
                continue
            table[n] = "" if o == mod else o
        entry = {"names": table}
        if info["package"]:
            entry["package"] = True
        entry["star"] = star_names(modules, mod)
        kinds = {n: info["kinds"][n] for n in table if table[n] == "" and n in info["kinds"]}
        entry["kinds"] = kinds
        out_modules[mod] = entry
        for cname, c in info["classes"].items():
            # One entry per class name: the definition Manim's top level exports wins.
            if cname not in classes or mod in ("manim.mobject.mobject",):
                classes[cname] = {"module": mod, "bases": c["bases"], "attrs": c["attrs"]}
    # Prefer the class that `manim.<Name>` resolves to.
    top = out_modules["manim"]["names"]
    for cname in list(classes):
        home = top.get(cname)
        if home and home != classes[cname]["module"]:
            for mod, info in modules.items():
                if mod == home and cname in info["classes"]:
                    c = info["classes"][cname]
                    classes[cname] = {"module": mod, "bases": c["bases"], "attrs": c["attrs"]}
    return {"version": "0.18.0", "modules": out_modules, "classes": classes}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", default=DEFAULT_MIRROR)
    ap.add_argument("--tag", default="v0.18.0")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "python", "manim",
                                                  "_api_names.json"))
    a = ap.parse_args()
    if not os.path.isdir(a.mirror):
        sys.exit(f"gen_api_names: no git mirror of Manim at {a.mirror} (pass --mirror DIR)")
    table = build(scan(a.mirror, a.tag))
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(table, f, indent=0, sort_keys=True, separators=(",", ":"))
        f.write("\n")
    n = sum(len(m["names"]) for m in table["modules"].values())
    print(f"{a.out}: {len(table['modules'])} modules, {n} names, {len(table['classes'])} classes")


if __name__ == "__main__":
    main()
