"""Exceptions raised by vnreport_extract."""

from __future__ import annotations

__all__ = ["VnreportError", "InputError", "DecodeError"]


class VnreportError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(VnreportError, ValueError):
    """The input cannot be processed (empty, binary, not text).

    Attributes:
        input_name: the caller's name for the input (a file name, a URL), or None.
        reason: what is wrong with it, in a few words.
    """

    def __init__(self, *args: str | None, input_name: str | None = None, reason: str | None = None) -> None:
        """``InputError(reason)``, ``InputError(name, reason)`` or keywords ``input_name=``, ``reason=``."""
        if len(args) == 2:
            input_name, reason = args
        elif len(args) == 1:
            reason = args[0]
        elif args:
            raise TypeError("InputError takes (reason) or (input_name, reason)")
        self.input_name = input_name
        self.reason = reason or "invalid input"
        super().__init__(f"{input_name if input_name is not None else '<input>'}: {self.reason}")

    def __reduce__(self):  # keep pickling (multiprocessing) working with keyword-only args
        return (_rebuild, (type(self), self.__dict__.copy()))


class DecodeError(InputError):
    """The bytes decode under no supported encoding as Vietnamese text.

    Attributes:
        tried: the encodings that were tried, in order.
    """

    def __init__(
        self,
        *args: str | None,
        input_name: str | None = None,
        reason: str | None = None,
        tried: tuple[str, ...] = (),
    ) -> None:
        """Like :class:`InputError`, plus ``tried``; the message lists the encodings tried."""
        if len(args) == 2:
            input_name, reason = args
        elif len(args) == 1:
            reason = args[0]
        elif args:
            raise TypeError("DecodeError takes (reason) or (input_name, reason)")
        self.tried = tuple(tried)
        reason = reason or "no encoding gives Vietnamese text"
        full = f"{reason} (tried: {', '.join(self.tried)})" if self.tried else reason
        super().__init__(input_name=input_name, reason=full)


def _rebuild(cls: type[InputError], state: dict) -> InputError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    name = state.get("input_name")
    Exception.__init__(err, f"{name if name is not None else '<input>'}: {state.get('reason', '')}")
    return err
