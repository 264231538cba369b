"""Decorators that mark classes, functions and parameters as deprecated (Manim's
manim.utils.deprecation): each use logs a warning on the "manim" logger and the docstring
gets an "attention" admonition."""
import functools
import inspect
import logging
import re

logger = logging.getLogger("manim")

__all__ = ["deprecated", "deprecated_params"]


def _get_callable_info(obj):
    """('class' | 'method' | 'function', qualified name)."""
    name = obj.__qualname__
    if type(obj).__name__ != "function":
        return "class", name
    return ("method" if "." in name else "function"), name


def _deprecation_text_component(since, until, message):
    since_part = f"since {since} " if since else ""
    until_part = (f"is expected to be removed after {until}" if until
                  else "may be removed in a later version")
    extra = f" {message}" if message else ""
    return f"deprecated {since_part}and {until_part}.{extra}"


def deprecated(func=None, since=None, until=None, replacement=None, message=""):
    """Marks a class or function deprecated: `@deprecated`, or with since=, until=,
    replacement= (a name, linked in the docs) and message=."""
    if func is None:
        return lambda f: deprecated(f, since, until, replacement, message)
    what, name = _get_callable_info(func)

    def warning_msg(for_docs=False):
        msg = message
        if replacement is not None:
            repl = replacement
            if for_docs:
                role = {"class": "class", "method": "meth", "function": "func"}[what]
                repl = f":{role}:`~.{replacement}`"
            msg = f"Use {repl} instead." + (f" {message}" if message else "")
        return f"The {what} {name} has been {_deprecation_text_component(since, until, msg)}"

    def add_doc(obj):
        obj.__doc__ = f"{obj.__doc__ or ''}\n\n.. attention:: Deprecated\n  {warning_msg(True)}"

    def warn_then(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            logger.warning(warning_msg())
            return f(*args, **kwargs)

        return wrapper

    if what == "class":
        add_doc(func)
        func.__init__ = warn_then(func.__init__)
        return func
    wrapped = warn_then(func)
    add_doc(wrapped)
    return wrapped


def deprecated_params(params=None, since=None, until=None, message="", redirections=None):
    """Marks keyword parameters deprecated: `params` (names, or one string separated by
    commas or spaces); `redirections` maps them to new ones, as (old, new) pairs or functions
    whose parameters are old names and that return a dict of new keyword arguments."""
    if callable(params):
        raise ValueError("deprecate_parameters requires arguments to be specified.")
    params = [] if params is None else (re.split(r"[,\s]+", params) if isinstance(params, str)
                                        else list(params))
    redirections = list(redirections or [])
    for r in redirections:
        if isinstance(r, tuple):
            params.append(r[0])
        else:
            params.extend(inspect.signature(r).parameters)
    params = list(dict.fromkeys(params))
    if not all(re.match(r"^[^\d\W]\w*\Z", p) for p in params):
        raise ValueError("Given parameter values are invalid.")

    def warning_msg(func, used):
        what, name = _get_callable_info(func)
        many = len(used) > 1
        names = ", ".join(used[:-1]) + " and " + used[-1] if many else used[0]
        return (f"The parameter{'s' if many else ''} {names} of {what} {name} "
                f"{'have been' if many else 'has been'} "
                f"{_deprecation_text_component(since, until, message)}")

    def redirect(kwargs, used):
        for r in redirections:
            if isinstance(r, tuple):
                old, new = r
                if old in used:
                    kwargs[new] = kwargs.pop(old)
            else:
                args = {p: kwargs.pop(p) for p in inspect.signature(r).parameters if p in used}
                if args:
                    kwargs.update(r(**args))

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            used = [p for p in params if p in kwargs]
            if used:
                logger.warning(warning_msg(func, used))
                redirect(kwargs, used)
            return func(*args, **kwargs)

        return wrapper

    return decorate


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
