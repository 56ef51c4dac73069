"""Exceptions raised by vnreport_extract."""

from __future__ import annotations

__all__ = ["VnreportError", "InputError", "DecodeError"]


class VnreportError(Exception):
    """Base class of every error this library raises on purpose."""


def _name_and_reason(cls_name: str, args: tuple, input_name: str | None,
                     reason: str | None) -> tuple[str | None, str | None]:
    """``(reason)`` or ``(input_name, reason)`` positionally, else the keywords."""
    if len(args) == 2:
        return args[0], args[1]
    if len(args) == 1:
        return input_name, args[0]
    if args:
        raise TypeError(f"{cls_name} takes (reason) or (input_name, reason)")
    return input_name, reason


def _message(input_name: str | None, reason: str) -> str:
    return f"{input_name if input_name is not None else '<input>'}: {reason}"


class InputError(VnreportError, ValueError):
    """The input cannot be processed (empty, binary, not text).

    Attributes:
        input_name: the caller's name for the input (a file name, a URL), or None.
        reason: what is wrong with it, in a few words.
    """

    def __init__(self, *args: str | None, input_name: str | None = None, reason: str | None = None) -> None:
        """``InputError(reason)``, ``InputError(name, reason)`` or keywords ``input_name=``, ``reason=``."""
        input_name, reason = _name_and_reason("InputError", args, input_name, reason)
        self.input_name = input_name
        self.reason = reason or "invalid input"
        super().__init__(_message(input_name, self.reason))

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
        input_name, reason = _name_and_reason("DecodeError", args, input_name, reason)
        self.tried = tuple(tried)
        reason = reason or "no encoding gives Vietnamese text"
        full = f"{reason} (tried: {', '.join(self.tried)})" if self.tried else reason
        super().__init__(input_name=input_name, reason=full)


def _rebuild(cls: type[InputError], state: dict) -> InputError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, _message(state.get("input_name"), state.get("reason", "")))
    return err
