"""The catalogue of the v2 training API: general flavors and preset AI engines.

Why a module of its own (as ``specs.py`` is for the 2020 API): these are the region's catalogues,
not user resources, and more than one family reads them. Training jobs are validated against them
(``training_v2``), algorithms have their engine completed from them (``algorithms_v2``), and the two
list operations answer them. The entries are the reference's samples plus a few current ones.
"""

from __future__ import annotations

import copy

from ..framework import Context, JsonObj, operation

__all__ = [
    "ENGINES",
    "FLAVORS",
    "flavor_by_id",
    "known_engine",
    "list_training_engines_v2",
    "list_training_flavors_v2",
]


def _flavor(
    flavor_id: str,
    name: str,
    flavor_type: str,
    billing: str,
    max_num: int,
    cores: int,
    memory_gb: int,
    gpu: tuple[int, str, str] | None = None,
) -> JsonObj:
    info: JsonObj = {"max_num": max_num, "cpu": {"arch": "x86", "core_num": cores}}
    if gpu is not None:
        info["gpu"] = {"unit_num": gpu[0], "product_name": gpu[1], "memory": gpu[2]}
    info["memory"] = {"size": memory_gb, "unit": "GB"}
    info["disk"] = {"size": 50, "unit": "GB"}
    return {
        "flavor_id": flavor_id,
        "flavor_name": name,
        "flavor_type": flavor_type,
        "billing": {"code": billing, "unit_num": 1},
        "flavor_info": info,
    }


FLAVORS: tuple[JsonObj, ...] = (
    # The reference's two CPU flavors (list_training_flavors_v2's sample), the GPU flavors of the
    # create / get samples, and a multi-node GPU flavor.
    _flavor("modelarts.vm.cpu.2u", "Computing CPU(2U) instance", "CPU", "modelarts.vm.cpu.2u", 1, 2, 8),
    _flavor("modelarts.vm.cpu.8u", "Computing CPU(8U) instance", "CPU", "modelarts.vm.cpu.8u", 16, 8, 32),
    _flavor(
        "modelarts.p3.large.public.free",
        "Computing GPU(Vnt1) instance",
        "GPU",
        "modelarts.vm.gpu.free",
        1,
        8,
        64,
        (1, "GP-Vnt1", "32GB"),
    ),
    _flavor(
        "modelarts.vm.pnt1.large.eco",
        "Computing GPU(Pnt1) instance",
        "GPU",
        "modelarts.vm.gpu.pnt1.eco",
        1,
        8,
        64,
        (1, "GP-Pnt1", "8GB"),
    ),
    _flavor(
        "modelarts.p3.4xlarge.public",
        "Computing GPU(Vnt1) 4-card instance",
        "GPU",
        "modelarts.vm.gpu.4v100",
        16,
        32,
        256,
        (4, "GP-Vnt1", "32GB"),
    ),
)
"""Public flavors for v2 training jobs (``list_training_flavors_v2``)."""


def _engine(engine_id: str, name: str, version: str, v1: bool, user: str, cpu: str, gpu: str, image: str) -> JsonObj:
    return {
        "engine_id": engine_id,
        "engine_name": name,
        "engine_version": version,
        "v1_compatible": v1,
        "run_user": user,
        "image_info": {"cpu_image_url": cpu, "gpu_image_url": gpu, "image_version": image},
    }


_MODERN = "cuda_10.1-py_3.7-ubuntu_18.04-x86_64"
ENGINES: tuple[JsonObj, ...] = (
    # The five engines of list_training_engines_v2's sample, the PyTorch engines of the job get and
    # algorithm create samples, and two PyTorch engines of the current image line.
    _engine(
        "caffe-1.0.0-python2.7",
        "Caffe",
        "caffe-1.0.0-python2.7",
        True,
        "",
        "modelarts-job-dev-image/caffe1-cpu-cp27:1.0.0",
        "modelarts-job-dev-image/caffe1-gpu-cuda8-cp27:1.0.0",
        "3.1.0",
    ),
    _engine(
        "horovod-cp36-tf-1.16.2",
        "Horovod",
        "0.16.2-TF-1.13.1-python3.6",
        True,
        "",
        "modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36-horovod0162:1.13.1",
        "modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36-horovod0162:1.13.1",
        "3.2.1",
    ),
    _engine(
        f"horovod_0.20.0-tensorflow_2.1.0-{_MODERN}",
        "Horovod",
        f"horovod_0.20.0-tensorflow_2.1.0-{_MODERN}",
        False,
        "1102",
        "aip/horovod_tensorflow:train",
        "aip/horovod_tensorflow:train",
        f"horovod_0.20.0-tensorflow_2.1.0-{_MODERN}-20210912152543-1e0838d",
    ),
    _engine(
        f"tensorflow_2.1.0-{_MODERN}",
        "TensorFlow",
        f"tensorflow_2.1.0-{_MODERN}",
        False,
        "1102",
        "aip/tensorflow_2_1:train",
        "aip/tensorflow_2_1:train",
        f"tensorflow_2.1.0-{_MODERN}-20210912152543-1e0838d",
    ),
    _engine(
        "xgboost-sklearn-python3.6",
        "XGBoost-Sklearn",
        "XGBoost-0.80-Sklearn-0.18.1-python3.6",
        True,
        "",
        "modelarts-job-dev-image/python-train-py36:secure",
        "",
        "2.0.10-20211101113705",
    ),
    _engine(
        "pytorch-cp36-1.4.0-v2",
        "PyTorch",
        "PyTorch-1.4.0-python3.6-v2",
        True,
        "",
        "modelarts-job-dev-image/pytorch-cpu-cp36:1.4.0",
        "modelarts-job-dev-image/pytorch-gpu-cuda10-cp36:1.4.0",
        "3.2.1",
    ),
    _engine(
        "pytorch-cp36-1.3.0",
        "PyTorch",
        "PyTorch-1.3.0-python3.6",
        True,
        "",
        "modelarts-job-dev-image/pytorch-cpu-cp36:1.3.0",
        "modelarts-job-dev-image/pytorch-gpu-cuda10-cp36:1.3.0",
        "3.2.1",
    ),
    _engine(
        "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64",
        "PyTorch",
        "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64",
        False,
        "1102",
        "aip/pytorch_1_8:train",
        "aip/pytorch_1_8:train",
        "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64-20220926104358-041ba2e",
    ),
    _engine(
        "pytorch_2.1.0-cuda_12.1-py_3.10-ubuntu_22.04-x86_64",
        "PyTorch",
        "pytorch_2.1.0-cuda_12.1-py_3.10-ubuntu_22.04-x86_64",
        False,
        "1000",
        "aip/pytorch_2_1:train",
        "aip/pytorch_2_1:train",
        "pytorch_2.1.0-cuda_12.1-py_3.10-ubuntu_22.04-x86_64-20240611102355-7d8c0a1",
    ),
)
"""Preset AI engines for v2 training jobs (``list_training_engines_v2``)."""

_FLAVORS_BY_ID = {f["flavor_id"]: f for f in FLAVORS}
_ENGINES_BY_ID = {e["engine_id"]: e for e in ENGINES}
_ENGINES_BY_NAME = {(e["engine_name"], e["engine_version"]): e for e in ENGINES}


def flavor_by_id(flavor_id: str) -> JsonObj | None:
    """The catalogue's flavor of this id, or ``None``."""
    return _FLAVORS_BY_ID.get(flavor_id)


def known_engine(engine: JsonObj) -> JsonObj | None:
    """The catalogue's engine that ``engine`` names, by ``engine_id`` (when given) or else by
    ``engine_name`` + ``engine_version``; ``None`` when it names none (or nothing)."""
    if engine.get("engine_id") is not None:
        return _ENGINES_BY_ID.get(str(engine["engine_id"]))
    if engine.get("engine_name") is not None or engine.get("engine_version") is not None:
        return _ENGINES_BY_NAME.get((str(engine.get("engine_name", "")), str(engine.get("engine_version", ""))))
    return None


@operation("list_training_flavors_v2")
def list_training_flavors_v2(ctx: Context) -> JsonObj:
    """The public flavors, all or those of one ``flavor_type``."""
    wanted = ctx.query.get("flavor_type")
    flavors = [copy.deepcopy(f) for f in FLAVORS if not wanted or f["flavor_type"] == str(wanted)]
    return {"total_count": len(flavors), "flavors": flavors}


@operation("list_training_engines_v2")
def list_training_engines_v2(ctx: Context) -> JsonObj:
    """The preset engines."""
    return {"total": len(ENGINES), "items": [copy.deepcopy(e) for e in ENGINES]}
