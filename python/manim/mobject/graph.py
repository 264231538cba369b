"""Manim's manim.mobject.graph: Graph and DiGraph, networkx graphs drawn as vertex mobjects
(Dot, or a labelled dot) joined by edge mobjects (Line, Arrow for DiGraph) over the engine's
mobjects. Layouts come from networkx as Manim computes them ("spring", "circular",
"kamada_kawai", "planar", "random", "shell", "spectral", "spiral", "partite", "tree" or a
dict vertex -> point); `layout_config={"seed": ...}` makes spring layouts repeatable."""
import itertools as it
from copy import copy

import numpy as np

import manimcpp as _engine
from manim import _api

__all__ = ["Graph", "DiGraph"]

_Dot = _engine.Dot
_Line = _engine.Line
_VMobject = _engine.VMobject
_VGroup = _engine.VGroup
_MathTex = _engine.MathTex
_BLACK = "#000000"


def _nx():
    try:
        import networkx
    except ImportError:  # pragma: no cover - Debian's python3-networkx provides it
        raise ImportError("Graph needs networkx: install python3-networkx (or pip install "
                          "networkx)") from None
    return networkx


def override_animate(method):
    """Manim's override_animate: `mobject.animate.method(...)` plays the decorated animation
    method instead of morphing into a changed copy."""

    def decorator(animation_method):
        method._override_animate = animation_method
        return animation_method

    return decorator


def _labeled_dot_class():
    real = getattr(_engine, "LabeledDot", None)
    if real is not None:
        return real
    return _LabeledDot


class _LabeledDot(_Dot):
    """Manim's LabeledDot: a Dot just large enough for its label (a MathTex in BLACK for a
    string), the label centred on it."""

    def __init__(self, label, radius=None, **kwargs):
        if isinstance(label, str):
            rendered = _MathTex(label, color=_BLACK)
        else:
            rendered = label
        if radius is None:
            radius = 0.1 + max(rendered.width, rendered.height) / 2
        super().__init__(radius=radius, **kwargs)
        rendered.move_to(self.get_center())
        self.add(rendered)


def _tree_layout(T, root_vertex, scale=2, vertex_spacing=None, orientation="down"):
    """Manim's tree layout: leaves one unit apart, parents centred over their children
    (sliding right past obstructions), levels one unit apart, then scaled into `scale`."""
    nx = _nx()
    if root_vertex is None:
        raise ValueError("The tree layout requires the root_vertex parameter")
    if not nx.is_tree(T):
        raise ValueError("The tree layout must be used with trees")
    children = {root_vertex: list(T.neighbors(root_vertex))}
    stack = [list(children[root_vertex])]
    stick = [root_vertex]
    parent = {u: root_vertex for u in children[root_vertex]}
    pos = {}
    obstruction = [0.0] * len(T)
    o = -1 if orientation == "down" else 1

    def slide(v, dx):
        level = [v]
        while level:
            nextlevel = []
            for u in level:
                x, y = pos[u]
                x += dx
                obstruction[y] = max(x + 1, obstruction[y])
                pos[u] = x, y
                nextlevel += children[u]
            level = nextlevel

    while stack:
        C = stack[-1]
        if not C:
            p = stick.pop()
            stack.pop()
            cp = children[p]
            y = o * len(stack)
            if not cp:
                x = obstruction[y]
                pos[p] = x, y
            else:
                x = sum(pos[c][0] for c in cp) / float(len(cp))
                pos[p] = x, y
                ox = obstruction[y]
                if x < ox:
                    slide(p, ox - x)
                    x = ox
            obstruction[y] = x + 1
            continue
        t = C.pop()
        pt = parent[t]
        ct = [u for u in T.neighbors(t) if u != pt]
        for c in ct:
            parent[c] = t
        children[t] = copy(ct)
        stack.append(ct)
        stick.append(t)

    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    center = np.array([min(xs) + max(xs), min(ys) + max(ys), 0]) / 2
    height = max(ys) - min(ys)
    width = max(xs) - min(xs)
    if vertex_spacing is None:
        if isinstance(scale, (float, int)) and (width > 0 or height > 0):
            sf = 2 * scale / max(width, height)
        elif isinstance(scale, tuple):
            sw = 2 * scale[0] / width if scale[0] is not None and width > 0 else 1
            sh = 2 * scale[1] / height if scale[1] is not None and height > 0 else 1
            sf = np.array([sw, sh, 0])
        else:
            sf = 1
    else:
        sx, sy = vertex_spacing
        sf = np.array([sx, sy, 0])
    return {v: (np.array([x, y, 0]) - center) * sf for v, (x, y) in pos.items()}


def _determine_graph_layout(nx_graph, layout="spring", layout_scale=2, layout_config=None,
                            partitions=None, root_vertex=None):
    nx = _nx()
    automatic = {
        "circular": nx.layout.circular_layout,
        "kamada_kawai": nx.layout.kamada_kawai_layout,
        "planar": nx.layout.planar_layout,
        "random": nx.layout.random_layout,
        "shell": nx.layout.shell_layout,
        "spectral": nx.layout.spectral_layout,
        "partite": nx.layout.multipartite_layout,
        "spiral": nx.layout.spiral_layout,
        "spring": nx.layout.spring_layout,
    }
    if layout_config is None:
        layout_config = {}
    if isinstance(layout, dict):
        return layout
    if layout in automatic and layout not in ("random", "partite"):
        auto = automatic[layout](nx_graph, scale=layout_scale, **layout_config)
        if layout_config.get("dim") == 3:
            return auto
        return {k: np.append(v, [0]) for k, v in auto.items()}
    if layout == "tree":
        return _tree_layout(nx_graph, root_vertex=root_vertex, scale=layout_scale,
                            **layout_config)
    if layout == "partite":
        if partitions is None or len(partitions) == 0:
            raise ValueError("The partite layout requires the 'partitions' parameter to contain "
                             "the partition of the vertices")
        for i, part in enumerate(partitions):
            for v in part:
                if nx_graph.nodes[v] is None:
                    raise ValueError("The partition must contain arrays of vertices in the graph")
                nx_graph.nodes[v]["subset"] = i
        for v in nx_graph.nodes:
            if "subset" not in nx_graph.nodes[v]:
                nx_graph.nodes[v]["subset"] = len(partitions)
        auto = automatic["partite"](nx_graph, scale=layout_scale, **layout_config)
        return {k: np.append(v, [0]) for k, v in auto.items()}
    if layout == "random":
        auto = automatic["random"](nx_graph, **layout_config)
        return {k: np.append(2 * layout_scale * (v - np.array([0.5, 0.5])), [0])
                for k, v in auto.items()}
    raise ValueError(f"The layout '{layout}' is neither a recognized automatic layout, "
                     "nor a vertex placement dictionary.")


class GenericGraph(_VMobject):
    """The common part of Graph and DiGraph (Manim's GenericGraph)."""

    def __init__(self, vertices, edges, labels=False, label_fill_color=_BLACK,
                 layout="spring", layout_scale=2, layout_config=None, vertex_type=_Dot,
                 vertex_config=None, vertex_mobjects=None, edge_type=_Line, partitions=None,
                 root_vertex=None, edge_config=None):
        super().__init__()
        vertices = list(vertices)
        edges = [tuple(e) for e in edges]
        nx_graph = self._empty_networkx_graph()
        nx_graph.add_nodes_from(vertices)
        nx_graph.add_edges_from(edges)
        self._graph = nx_graph
        self._layout = _determine_graph_layout(nx_graph, layout=layout,
                                               layout_scale=layout_scale,
                                               layout_config=layout_config,
                                               partitions=partitions, root_vertex=root_vertex)
        if isinstance(labels, dict):
            self._labels = labels
        elif labels:
            self._labels = {v: _MathTex(v, fill_color=label_fill_color) for v in vertices}
        else:
            self._labels = {}
        if self._labels and vertex_type is _Dot:
            vertex_type = _labeled_dot_class()
        vertex_mobjects = vertex_mobjects or {}
        vertex_config = vertex_config or {}
        default_vertex_config = {k: v for k, v in vertex_config.items() if k not in vertices}
        self._vertex_config = {v: vertex_config.get(v, copy(default_vertex_config))
                               for v in vertices}
        self.default_vertex_config = default_vertex_config
        for v, label in self._labels.items():
            self._vertex_config[v]["label"] = label
        self.vertices = {v: vertex_type(**self._vertex_config[v]) for v in vertices}
        self.vertices.update(vertex_mobjects)
        for v in self.vertices:
            self[v].move_to(self._layout[v])

        edge_config = dict(edge_config or {})
        default_tip_config = edge_config.pop("tip_config", {}) if edge_config else {}
        default_edge_config = {k: v for k, v in edge_config.items() if not isinstance(k, tuple)}
        self._edge_config = {}
        self._tip_config = {}
        for e in edges:
            if e in edge_config:
                own = dict(edge_config[e])
                self._tip_config[e] = own.pop("tip_config", copy(default_tip_config))
                self._edge_config[e] = own
            else:
                self._tip_config[e] = copy(default_tip_config)
                self._edge_config[e] = copy(default_edge_config)
        self.default_edge_config = default_edge_config
        self._populate_edge_dict(edges, edge_type)
        self.add(*self.vertices.values())
        self.add(*self.edges.values())
        self.add_updater(self.update_edges)

    @staticmethod
    def _empty_networkx_graph():
        raise NotImplementedError("To be implemented in concrete subclasses")

    def _populate_edge_dict(self, edges, edge_type):
        raise NotImplementedError("To be implemented in concrete subclasses")

    def __getitem__(self, v):
        return self.vertices[v]

    def get_group_class(self):
        return _VGroup

    def _create_vertex(self, vertex, position=None, label=False, label_fill_color=_BLACK,
                       vertex_type=_Dot, vertex_config=None, vertex_mobject=None):
        if position is None:
            position = self.get_center()
        if vertex_config is None:
            vertex_config = {}
        if vertex in self.vertices:
            raise ValueError(
                f"Vertex identifier '{vertex}' is already used for a vertex in this graph.")
        if label is True:
            label = _MathTex(vertex, fill_color=label_fill_color)
        elif vertex in self._labels:
            label = self._labels[vertex]
        elif not isinstance(label, _engine.Mobject):
            label = None
        base = copy(self.default_vertex_config)
        base.update(vertex_config)
        vertex_config = base
        if label is not None:
            vertex_config["label"] = label
            if vertex_type is _Dot:
                vertex_type = _labeled_dot_class()
        if vertex_mobject is None:
            vertex_mobject = vertex_type(**vertex_config)
        vertex_mobject.move_to(position)
        return (vertex, position, vertex_config, vertex_mobject)

    def _add_created_vertex(self, vertex, position, vertex_config, vertex_mobject):
        if vertex in self.vertices:
            raise ValueError(
                f"Vertex identifier '{vertex}' is already used for a vertex in this graph.")
        self._graph.add_node(vertex)
        self._layout[vertex] = position
        if "label" in vertex_config:
            self._labels[vertex] = vertex_config["label"]
        self._vertex_config[vertex] = vertex_config
        self.vertices[vertex] = vertex_mobject
        self.vertices[vertex].move_to(position)
        self.add(self.vertices[vertex])
        return self.vertices[vertex]

    def _add_vertex(self, vertex, position=None, label=False, label_fill_color=_BLACK,
                    vertex_type=_Dot, vertex_config=None, vertex_mobject=None):
        return self._add_created_vertex(*self._create_vertex(
            vertex, position=position, label=label, label_fill_color=label_fill_color,
            vertex_type=vertex_type, vertex_config=vertex_config,
            vertex_mobject=vertex_mobject))

    def _create_vertices(self, *vertices, positions=None, labels=False,
                         label_fill_color=_BLACK, vertex_type=_Dot, vertex_config=None,
                         vertex_mobjects=None):
        positions = positions or {}
        vertex_mobjects = vertex_mobjects or {}
        center = self.get_center()
        base_positions = {v: center for v in vertices}
        base_positions.update(positions)
        if isinstance(labels, bool):
            labels = {v: labels for v in vertices}
        else:
            base_labels = {v: False for v in vertices}
            base_labels.update(labels)
            labels = base_labels
        if vertex_config is None:
            vertex_config = copy(self.default_vertex_config)
        base_config = copy(self.default_vertex_config)
        base_config.update({k: v for k, v in vertex_config.items() if k not in vertices})
        vertex_config = {v: (vertex_config[v] if v in vertex_config else copy(base_config))
                         for v in vertices}
        return [self._create_vertex(v, position=base_positions[v], label=labels[v],
                                    label_fill_color=label_fill_color,
                                    vertex_type=vertex_type, vertex_config=vertex_config[v],
                                    vertex_mobject=vertex_mobjects.get(v))
                for v in vertices]

    def add_vertices(self, *vertices, positions=None, labels=False, label_fill_color=_BLACK,
                     vertex_type=_Dot, vertex_config=None, vertex_mobjects=None):
        """Adds vertices (at the graph's centre unless `positions` says otherwise); returns
        the new vertex mobjects."""
        return [self._add_created_vertex(*v) for v in self._create_vertices(
            *vertices, positions=positions, labels=labels, label_fill_color=label_fill_color,
            vertex_type=vertex_type, vertex_config=vertex_config,
            vertex_mobjects=vertex_mobjects)]

    @override_animate(add_vertices)
    def _add_vertices_animation(self, *args, anim_args=None, **kwargs):
        anim_args = dict(anim_args or {})
        animation = anim_args.pop("animation", _engine.Create)
        # The vertices join the graph now and are drawn from nothing (Manim adds them when
        # the animation ends; both show the same frames).
        created = self._create_vertices(*args, **kwargs)
        mobs = [self._add_created_vertex(*v) for v in created]
        return _engine.AnimationGroup(*(animation(m, **anim_args) for m in mobs), group=self)

    def _remove_vertex(self, vertex):
        if vertex not in self.vertices:
            raise ValueError(f"The graph does not contain a vertex with identifier '{vertex}'")
        self._graph.remove_node(vertex)
        self._layout.pop(vertex)
        if vertex in self._labels:
            self._labels.pop(vertex)
        self._vertex_config.pop(vertex)
        edge_tuples = [e for e in self.edges if vertex in e]
        for e in edge_tuples:
            self._edge_config.pop(e)
        to_remove = [self.edges.pop(e) for e in edge_tuples]
        to_remove.append(self.vertices.pop(vertex))
        self.remove(*to_remove)
        return self.get_group_class()(*to_remove)

    def remove_vertices(self, *vertices):
        """Removes vertices and their edges; returns them (edges first) in a VGroup."""
        mobjects = []
        for v in vertices:
            mobjects.extend(self._remove_vertex(v).submobjects)
        return self.get_group_class()(*mobjects)

    @override_animate(remove_vertices)
    def _remove_vertices_animation(self, *vertices, anim_args=None):
        anim_args = dict(anim_args or {})
        animation = anim_args.pop("animation", _engine.Uncreate)
        mobjects = self.remove_vertices(*vertices)
        return _engine.AnimationGroup(*(animation(m, **anim_args) for m in mobjects),
                                      group=self)

    def _add_edge(self, edge, edge_type=_Line, edge_config=None):
        if edge_config is None:
            edge_config = self.default_edge_config.copy()
        added = []
        for v in edge:
            if v not in self.vertices:
                added.append(self._add_vertex(v))
        u, v = edge
        self._graph.add_edge(u, v)
        base = self.default_edge_config.copy()
        base.update(edge_config)
        self._edge_config[(u, v)] = base
        edge_mobject = edge_type(self[u].get_center(), self[v].get_center(), z_index=-1, **base)
        self.edges[(u, v)] = edge_mobject
        self.add(edge_mobject)
        added.append(edge_mobject)
        return self.get_group_class()(*added)

    def add_edges(self, *edges, edge_type=_Line, edge_config=None, **kwargs):
        """Adds edges (and any vertex they name that is new); returns the new mobjects."""
        edges = [tuple(e) for e in edges]
        edge_config = edge_config or {}
        non_edge = {k: v for k, v in edge_config.items() if k not in edges}
        base = self.default_edge_config.copy()
        base.update(non_edge)
        per_edge = {e: base.copy() for e in edges}
        for e in edges:
            per_edge[e].update(edge_config.get(e, {}))
        edge_vertices = set(it.chain(*edges))
        new_vertices = [v for v in edge_vertices if v not in self.vertices]
        added = self.add_vertices(*new_vertices, **kwargs)
        for e in edges:
            added = added + list(self._add_edge(e, edge_type=edge_type,
                                                edge_config=per_edge[e]).submobjects)
        return self.get_group_class()(*added)

    @override_animate(add_edges)
    def _add_edges_animation(self, *args, anim_args=None, **kwargs):
        anim_args = dict(anim_args or {})
        animation = anim_args.pop("animation", _engine.Create)
        mobjects = self.add_edges(*args, **kwargs)
        return _engine.AnimationGroup(*(animation(m, **anim_args) for m in mobjects),
                                      group=self)

    def _remove_edge(self, edge):
        edge = tuple(edge)
        if edge not in self.edges:
            raise ValueError(f"The graph does not contain a edge '{edge}'")
        edge_mobject = self.edges.pop(edge)
        self._graph.remove_edge(*edge)
        self._edge_config.pop(edge, None)
        self.remove(edge_mobject)
        return edge_mobject

    def remove_edges(self, *edges):
        """Removes edges; returns their mobjects in a VGroup."""
        return self.get_group_class()(*[self._remove_edge(e) for e in edges])

    @override_animate(remove_edges)
    def _remove_edges_animation(self, *edges, anim_args=None):
        anim_args = dict(anim_args or {})
        animation = anim_args.pop("animation", _engine.Uncreate)
        mobjects = self.remove_edges(*edges)
        return _engine.AnimationGroup(*(animation(m, **anim_args) for m in mobjects))

    @classmethod
    def from_networkx(cls, nxgraph, **kwargs):
        """A graph with nxgraph's vertices and edges."""
        return cls(list(nxgraph.nodes), list(nxgraph.edges), **kwargs)

    def change_layout(self, layout="spring", layout_scale=2, layout_config=None,
                      partitions=None, root_vertex=None):
        """Moves the vertices to a new layout (the edges follow through the updater)."""
        self._layout = _determine_graph_layout(self._graph, layout=layout,
                                               layout_scale=layout_scale,
                                               layout_config=layout_config,
                                               partitions=partitions, root_vertex=root_vertex)
        for v in self.vertices:
            self[v].move_to(self._layout[v])
        return self


class Graph(GenericGraph):
    """An undirected graph: Manim's Graph(vertices, edges, labels=..., layout=...,
    vertex_config=..., edge_config=...)."""

    @staticmethod
    def _empty_networkx_graph():
        return _nx().Graph()

    def _populate_edge_dict(self, edges, edge_type):
        self.edges = {(u, v): edge_type(self[u].get_center(), self[v].get_center(), z_index=-1,
                                        **self._edge_config[(u, v)])
                      for (u, v) in edges}

    def update_edges(self, graph):
        for (u, v), edge in graph.edges.items():
            edge.put_start_and_end_on(graph[u].get_center(), graph[v].get_center())

    def __repr__(self):
        return f"Undirected graph on {len(self.vertices)} vertices and {len(self.edges)} edges"

    __str__ = __repr__


class DiGraph(GenericGraph):
    """A directed graph: edges are Lines from one vertex's boundary to the other's, with a
    tip (`tip_config` in edge_config)."""

    @staticmethod
    def _empty_networkx_graph():
        return _nx().DiGraph()

    def _populate_edge_dict(self, edges, edge_type):
        self.edges = {(u, v): edge_type(self[u], self[v], z_index=-1,
                                        **self._edge_config[(u, v)])
                      for (u, v) in edges}
        for (u, v), edge in self.edges.items():
            edge.add_tip(**self._tip_config[(u, v)])

    def update_edges(self, graph):
        for (u, v), edge in graph.edges.items():
            tip = edge.pop_tips()[0]
            new_edge = type(edge)(self[u], self[v], **self._edge_config[(u, v)])
            edge.become(new_edge)
            edge.add_tip(tip)

    def __repr__(self):
        return f"Directed graph on {len(self.vertices)} vertices and {len(self.edges)} edges"

    __str__ = __repr__


_api.populate(globals())
