"""Support for `manimcpp scene.py`: runs a scene file as Manim does (as a module named after
the file) and lists the Scene subclasses it defines."""
import sys
import traceback
import types


def load_scene_file(path, module_name):
    """Returns [(name, class)] in definition order, or None after printing the traceback."""
    module = types.ModuleType(module_name)
    module.__file__ = path
    sys.modules[module_name] = module
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        code = compile(source, path, "exec")
        exec(code, module.__dict__)
    except BaseException as e:  # noqa: B902 - any failure of the user's file is reported
        tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
        traceback.print_exception(type(e), e, tb)
        return None
    from manimcpp import Scene

    return [
        (name, obj)
        for name, obj in vars(module).items()
        if isinstance(obj, type) and issubclass(obj, Scene) and obj is not Scene
        and obj.__module__ == module_name
    ]
