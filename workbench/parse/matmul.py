"""The parser's matrix products through numpy's BLAS, on one thread.

thinc (spaCy's network library) multiplies its matrices with BLIS. On this project's
machine (an AMD EPYC) the BLIS that ships with thinc reaches about a quarter of the speed
of the OpenBLAS that ships with numpy on the shapes the small model multiplies (20,000
token rows by 288 columns: 136 ms against 36 ms a product), and the products are four
fifths of tok2vec's time. Handing `gemm` to `numpy.matmul` took the parse of 12,079
candidate sentences of real news from 22.1 to 14.3 CPU seconds; every one of their
parses (tags, labels, heads) came out the same as BLIS's (the sums are ordered
differently, so the scores differ in the last bits, too little to move an arg-max there).

OpenBLAS would use every core for one product; the parse runs in one thread per process
(`single_thread`), since the pool's workers already use every core, and two threads
cost more CPU for the same parse. The parser's own transition loop keeps BLIS (spaCy
reaches it through C, not through `gemm`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any


def numpy_ops() -> Any:
    """A thinc `NumpyOps` whose `gemm` is numpy's `matmul` (same arguments, same result
    shape and type)."""
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            left = x.T if trans1 else x
            right = y.T if trans2 else y
            if out is None:
                return numpy.matmul(left, right)
            numpy.matmul(left, right, out=out)
            return out

    return MatmulOps()


def use_numpy_gemm(pipeline: Any) -> None:
    """Every layer of every component of a loaded spaCy pipeline multiplies through
    numpy."""
    ops = numpy_ops()
    for _name, component in pipeline.pipeline:
        for node in component.model.walk():
            node.ops = ops


@contextmanager
def single_thread() -> Iterator[None]:
    """numpy's BLAS on one thread while the block runs (threadpoolctl comes with
    scikit-learn); left as it is when threadpoolctl is missing."""
    controller = _controller()
    if controller is None:  # pragma: no cover - scikit-learn brings threadpoolctl
        yield
        return
    with controller.limit(limits=1, user_api="blas"):
        yield


@cache
def _controller() -> Any:
    """The process's thread pools, found once: `threadpool_limits` looks for them again at
    each call (walking the loaded libraries, 1.5-4 ms), and a worker parses a batch of
    sources per call, some sixty per 1,000 articles. The BLAS the parse uses is numpy's,
    loaded before the first parse, so it is among those found; a BLAS loaded later
    (scipy's own, when scikit-learn is imported after) is not limited, and the parse never
    multiplies through it."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - scikit-learn brings it
        return None
    return ThreadpoolController()
