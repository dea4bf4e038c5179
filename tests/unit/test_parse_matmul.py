"""The parser's matrix products through numpy: the same products, on one thread."""

from __future__ import annotations

import numpy
from threadpoolctl import threadpool_info

from workbench.parse.matmul import _controller, numpy_ops, single_thread
from workbench.parse.model import nlp


def test_gemm_is_numpys_matmul_with_thincs_arguments():
    ops = numpy_ops()
    rng = numpy.random.default_rng(0)
    x = rng.random((5, 3), dtype="float32")
    y = rng.random((4, 3), dtype="float32")
    assert numpy.allclose(ops.gemm(x, y, trans2=True), x @ y.T)
    assert numpy.allclose(ops.gemm(x.T, y.T, trans1=True), x @ y.T)
    out = numpy.zeros((5, 4), dtype="float32")
    assert ops.gemm(x, y, out=out, trans2=True) is out
    assert numpy.allclose(out, x @ y.T)


def test_every_layer_of_the_loaded_pipeline_multiplies_through_numpy():
    kind = type(numpy_ops())
    layers = [n for _, c in nlp().pipeline for n in c.model.walk()]
    assert layers and all(type(n.ops).__name__ == kind.__name__ for n in layers)


def test_blas_runs_on_one_thread_inside_the_block():
    """The pools found at the first call (numpy's BLAS among them: numpy is loaded before
    any parse) are on one thread inside the block. A BLAS loaded later (scipy's own, when
    scikit-learn is imported after the first parse) is not limited: the parse never
    multiplies through it."""
    with single_thread():
        found = [lib for lib in _controller().info() if lib["user_api"] == "blas"]
    assert found and all(lib["num_threads"] == 1 for lib in found)
    outside = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert {lib["filepath"] for lib in found} <= {lib["filepath"] for lib in outside}
