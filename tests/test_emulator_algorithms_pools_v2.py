"""The emulator's current-edition algorithms, resource pools and hyperparameter search.

Why through the shared ``api`` fixture: every answer is checked against the spec's response schema,
so the request/response shape differences of the algorithm schemas (``values``/``value``, the
discrete values list/string) and the trial tables are held to the document as well.  Lifecycles run
on the manual clock.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from modelarts_client.api.algorithms_v2 import (
    create_algorithm_v2,
    delete_algorithm_v2,
    get_algorithm_v2,
    list_algorithms_v2,
    update_algorithm_v2,
)
from modelarts_client.api.hyperparameter_search_v2 import (
    get_autosearch_parameter_analysis_image_v2,
    get_autosearch_parameter_analysis_v2,
    get_autosearch_trial_v2,
    get_autosearch_yaml_template_v2,
    list_autosearch_trials_v2,
    list_autosearch_yaml_templates_v2,
    list_search_algorithms_v2,
    stop_autosearch_trial_v2,
)
from modelarts_client.api.resource_pools_v2 import get_pool_v2, list_pools_v2
from modelarts_client.api.training_jobs_v2 import create_training_job_v2, stop_training_job_v2
from modelarts_client.models.algorithm_v2_create_request import AlgorithmV2CreateRequest
from modelarts_client.models.algorithm_v2_update_request import AlgorithmV2UpdateRequest
from modelarts_client.models.training_job_v2_action_request import TrainingJobV2ActionRequest
from modelarts_client.models.training_job_v2_create_request import TrainingJobV2CreateRequest
from modelarts_emulator.resources.pools_v2 import SUBPOOL_WORKSPACE_ID, pool_by_name
from modelarts_emulator.validation import spec_index

from .test_emulator_core import Api, Clock
from .test_emulator_core import api as api  # fixtures shared with the core tests
from .test_emulator_core import app as app
from .test_emulator_core import clock as clock
from .test_emulator_core import http as http

RUNNING_POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"


def _algorithm(name: str, **extra: Any) -> AlgorithmV2CreateRequest:
    body = copy.deepcopy(spec_index().request_example("create_algorithm_v2"))
    body["metadata"]["name"] = name
    body.update(extra)
    return AlgorithmV2CreateRequest.from_dict(body)


# ------------------------------------------------------------------------------- algorithms


async def test_algorithm_crud(api: Api, clock: Clock) -> None:
    extra = {
        "resource_requirements": [{"key": "flavor_type", "values": ["CPU", "GPU"], "operator": "in"}],
        "advanced_config": {
            "auto_search": {
                "search_params": [{"name": "bs", "param_type": "discrete", "discrete_values": ["16", "32"]}]
            }
        },
    }
    status, created = await api(create_algorithm_v2, body=_algorithm("algo-a", **extra))
    assert status == 201, created
    meta = created["metadata"]
    assert uuid.UUID(meta["id"]).version == 4 and meta["name"] == "algo-a" and meta["create_time"] == clock.now_ms()
    assert meta["workspace_id"] == "0" and meta["update_time"] == 0 and meta["is_valid"] is True
    config = created["job_config"]
    assert config["engine"]["engine_id"] == "pytorch-cp36-1.3.0"  # completed from name + version
    assert config["code_tree"] == {"name": "code/", "children": [{"name": "test-pytorch.py"}]}
    assert config["command"] == "" and config["parameters"][0]["description"] == ""
    assert created["resource_requirements"] == [{"key": "flavor_type", "value": ["CPU", "GPU"], "operator": "in"}]
    assert created["advanced_config"]["auto_search"]["search_params"][0]["discrete_values"] == "16,32"
    algorithm_id = meta["id"]
    assert await api(get_algorithm_v2, algorithm_id) == (200, created)

    clock.advance(5)
    update = spec_index().request_example("update_algorithm_v2")
    update["metadata"]["name"] = "algo-a2"
    status, updated = await api(update_algorithm_v2, algorithm_id, body=AlgorithmV2UpdateRequest.from_dict(update))
    assert status == 201, updated
    assert updated["metadata"]["name"] == "algo-a2" and updated["metadata"]["description"].endswith("modified")
    assert updated["metadata"]["update_time"] == clock.now_ms() and updated["metadata"]["id"] == algorithm_id
    assert updated["resource_requirements"] is None and updated["advanced_config"] == {}  # a PUT replaces
    assert (await api(get_algorithm_v2, algorithm_id))[1] == updated

    assert await api(delete_algorithm_v2, algorithm_id) == (202, None)
    for call, args in (
        (get_algorithm_v2, {}),
        (delete_algorithm_v2, {}),
        (update_algorithm_v2, {"body": AlgorithmV2UpdateRequest.from_dict(update)}),
    ):
        status, missing = await api(call, algorithm_id, **args)
        assert status == 404 and missing["error_code"] == "ModelArts.0102", missing


async def test_algorithm_names_are_unique(api: Api) -> None:
    _, first = await api(create_algorithm_v2, body=_algorithm("same"))
    status, dup = await api(create_algorithm_v2, body=_algorithm("same"))
    assert status == 400 and dup["error_code"] == "ModelArts.2752", dup
    _, other = await api(create_algorithm_v2, body=_algorithm("other"))
    rename = {"metadata": {"name": "same"}, "job_config": {"code_dir": "/c/", "boot_file": "/c/b.py"}}
    status, dup = await api(
        update_algorithm_v2, other["metadata"]["id"], body=AlgorithmV2UpdateRequest.from_dict(rename)
    )
    assert status == 400 and dup["error_code"] == "ModelArts.2752"
    keep = {"metadata": {"name": "same", "description": "kept name"}}
    status, kept = await api(
        update_algorithm_v2, first["metadata"]["id"], body=AlgorithmV2UpdateRequest.from_dict(keep)
    )
    assert status == 201 and kept["metadata"]["description"] == "kept name"
    status, missing = await api(
        create_algorithm_v2, body=_algorithm("in-nowhere", metadata={"name": "x", "workspace_id": "nope"})
    )
    assert status == 404 and missing["error_code"] == "ModelArts.7005"


async def test_algorithm_list_pages_by_records(api: Api, clock: Clock) -> None:
    names = [f"algo-{n}" for n in "gfedcba"]  # created g first: newest first is a..g
    for name in names:
        await api(create_algorithm_v2, body=_algorithm(name))
        clock.advance(1)
    seen: list[str] = []
    for offset in (0, 3, 6):
        status, page = await api(list_algorithms_v2, offset=offset, limit=3)
        assert status == 200 and page["count"] == 7 and page["total"] == 7, page
        assert page["offset"] == offset and page["limit"] == 3 and page["order"] == "desc"
        seen += [a["metadata"]["name"] for a in page["items"]]
    assert seen == [f"algo-{n}" for n in "abcdefg"]
    _, oldest = await api(list_algorithms_v2, order="asc", limit=2, offset=1)
    assert [a["metadata"]["name"] for a in oldest["items"]] == ["algo-f", "algo-e"]
    _, by_name = await api(list_algorithms_v2, sort_by="name", order="asc", limit=2, offset=5)
    assert [a["metadata"]["name"] for a in by_name["items"]] == ["algo-f", "algo-g"] and by_name["sort_by"] == "name"
    _, found = await api(list_algorithms_v2, searches="name:ALGO-C")
    assert found["count"] == 1 and found["total"] == 7 and found["items"][0]["metadata"]["name"] == "algo-c"
    _, none = await api(list_algorithms_v2, searches="nosuchfield:x")
    assert none["count"] == 0 and none["items"] == []
    _, elsewhere = await api(list_algorithms_v2, workspace_id="ws-other")
    assert elsewhere["count"] == 0 and elsewhere["total"] == 7


# ------------------------------------------------------------------------------- pools


async def test_pools_list_filters_and_get(api: Api) -> None:
    status, listed = await api(list_pools_v2)
    assert status == 200 and listed["kind"] == "PoolList"
    default_ws = {p["metadata"]["name"]: p["status"]["phase"] for p in listed["items"]}
    assert default_ws[RUNNING_POOL] == "Running" and sorted(default_ws.values()) == ["Creating", "Running"]
    _, creating = await api(list_pools_v2, status="creating")
    assert [p["status"]["phase"] for p in creating["items"]] == ["Creating"]
    _, created = await api(list_pools_v2, status="created")
    assert [p["metadata"]["name"] for p in created["items"]] == [RUNNING_POOL]
    assert (await api(list_pools_v2, status="failed"))[1]["items"] == []
    _, labelled = await api(list_pools_v2, label_selector="os.modelarts/name=auto-pool-os")
    assert [p["metadata"]["name"] for p in labelled["items"]] == [RUNNING_POOL]
    _, unlabelled = await api(list_pools_v2, label_selector="os.modelarts/name!=auto-pool-os,!no.such/label")
    assert [p["status"]["phase"] for p in unlabelled["items"]] == ["Creating"]
    assert (await api(list_pools_v2, label_selector="no.such/label"))[1]["items"] == []
    _, sub = await api(list_pools_v2, workspace_id=SUBPOOL_WORKSPACE_ID, parent=RUNNING_POOL)
    assert [p["spec"]["type"] for p in sub["items"]] == ["Logical"]
    assert sub["items"][0]["status"]["root"] == RUNNING_POOL
    assert (await api(list_pools_v2, parent=RUNNING_POOL))[1]["items"] == []  # the sub-pool is in another workspace

    status, pool = await api(get_pool_v2, RUNNING_POOL)
    assert status == 200 and pool == spec_index().example("get_pool_v2") | {"metadata": pool["metadata"]}
    assert pool_by_name(RUNNING_POOL) == pool and pool_by_name("nope") is None
    status, missing = await api(get_pool_v2, "no-such-pool")
    assert status == 404 and missing["error_code"] == "ModelArts.50015001"


# ------------------------------------------------------------------------------- search catalogues


async def test_search_algorithms_and_templates(api: Api) -> None:
    status, algos = await api(list_search_algorithms_v2)
    assert status == 200 and algos["search_algo_count"] == len(algos["search_algo_list"]) == 3
    _, templates = await api(list_autosearch_yaml_templates_v2)
    assert templates == spec_index().example("list_autosearch_yaml_templates_v2")
    status, bayes = await api(get_autosearch_yaml_template_v2, "hpo", "Bayes")
    assert status == 200 and bayes == spec_index().example("get_autosearch_yaml_template_v2")
    status, tpe = await api(get_autosearch_yaml_template_v2, "hpo", "TPE")
    assert status == 200 and tpe["file_name"] == "TPE.yaml" and "type: tpe_search" in tpe["content"]
    for algorithm_type, name in (("hpo", "AutoBSS"), ("nope", "Bayes")):
        status, missing = await api(get_autosearch_yaml_template_v2, algorithm_type, name)
        assert status == 404 and missing["error_code"] == "ModelArts.0102"


# ------------------------------------------------------------------------------- trials

AUTO_SEARCH: dict[str, Any] = {
    "reward_attrs": [{"name": "acc", "mode": "max", "regex": "acc=(.*)"}, {"name": "loss", "mode": "min"}],
    "search_params": [
        {"name": "batch_size", "param_type": "discrete", "discrete_values": ["16", "32", "64"]},
        {"name": "learning_rate", "param_type": "continuous", "lower_bound": "0.001", "upper_bound": "0.1"},
    ],
    "algo_configs": [{"name": "tpe_search", "params": [{"key": "num_samples", "value": "4", "type": "Integer"}]}],
}


async def _job(api: Api, name: str, auto_search: dict[str, Any] | None = AUTO_SEARCH, **algorithm: Any) -> str:
    body = copy.deepcopy(spec_index().request_example("create_training_job_v2"))
    body["metadata"]["name"] = name
    body["algorithm"] = {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py", **algorithm}
    if auto_search is not None:
        body["algorithm"]["policies"] = {"auto_search": auto_search}
    status, job = await api(create_training_job_v2, body=TrainingJobV2CreateRequest.from_dict(body))
    assert status == 201, job
    return str(job["metadata"]["id"])


def _column(page: dict[str, Any], name: str) -> list[Any]:
    items = page["items"]
    at = items["header"].index(name)
    return [row[at] for row in items["data"]]


async def test_trials_follow_the_job_run(api: Api, clock: Clock) -> None:
    job_id = await _job(api, "search-a")
    status, page = await api(list_autosearch_trials_v2, job_id)
    assert status == 200 and page["total"] == page["count"] == 4 and page["limit"] == 50, page
    assert page["items"]["header"][-3:] == ["acc", "loss", "best_reward"]
    assert _column(page, "status") == ["PENDING"] * 4 and _column(page, "done") == ["False"] * 4
    configs = _column(page, "config")
    assert [c["trial_index"] for c in configs] == [0, 1, 2, 3]
    assert all(c["batch_size"] in (16, 32, 64) and 0.001 <= c["learning_rate"] <= 0.1 for c in configs)
    assert all(c["param/batch_size"] == c["batch_size"] for c in configs)
    trial_ids = _column(page, "trial_id")
    assert len(set(trial_ids)) == 4 and (await api(list_autosearch_trials_v2, job_id))[1] == page  # derived, stable

    clock.advance(5 + 3)  # Creating 2 s, Pending 3 s, then 3 of the 10 s run: trial 0 done, trial 1 running
    _, page = await api(list_autosearch_trials_v2, job_id)
    assert _column(page, "status") == ["TERMINATED", "RUNNING", "PENDING", "PENDING"]
    assert _column(page, "done") == ["True", "False", "False", "False"]
    assert _column(page, "training_iteration")[:2] == ["10", "2"]
    _, sliced = await api(list_autosearch_trials_v2, job_id, offset=1, limit=2)
    assert sliced["count"] == 2 and sliced["total"] == 4 and _column(sliced, "trial_id") == trial_ids[1:3]

    status, trial = await api(get_autosearch_trial_v2, job_id, trial_ids[0])
    assert status == 200 and [row[0] for row in trial["data"]] == ["False"] * 10 + ["True"]
    assert trial["data"][-1][trial["header"].index("trial_id")] == trial_ids[0]
    status, missing = await api(get_autosearch_trial_v2, job_id, "nope")
    assert status == 404 and missing["error_code"] == "ModelArts.0102"

    status, stopped = await api(stop_autosearch_trial_v2, job_id, trial_ids[1])
    assert status == 200 and stopped == {"earlystop_trial": trial_ids[1]}
    assert (await api(stop_autosearch_trial_v2, job_id, trial_ids[1]))[0] == 200  # again: same answer
    for other in (trial_ids[0], trial_ids[3]):  # finished, pending
        status, refused = await api(stop_autosearch_trial_v2, job_id, other)
        assert status == 409 and refused["error_code"] == "ModelArts.0105", refused

    clock.advance(10)  # the job has completed
    _, page = await api(list_autosearch_trials_v2, job_id)
    assert _column(page, "status") == ["TERMINATED"] * 4 and _column(page, "done") == ["True"] * 4
    assert _column(page, "training_iteration") == ["10", "2", "10", "10"]  # the stopped trial kept its progress
    _, trial = await api(get_autosearch_trial_v2, job_id, trial_ids[1])
    assert [row[0] for row in trial["data"]] == ["False", "False", "True"]


async def test_terminated_job_and_analysis(api: Api, clock: Clock) -> None:
    outputs = [{"name": "train_url", "remote": {"obs": {"obs_url": "obs://bucket/search-b/output"}}}]
    job_id = await _job(api, "search-b", outputs=outputs)
    clock.advance(5 + 6)
    stop = TrainingJobV2ActionRequest.from_dict({"action_type": "terminate"})
    assert (await api(stop_training_job_v2, job_id, body=stop))[0] == 202
    clock.advance(30)
    _, page = await api(list_autosearch_trials_v2, job_id)
    assert _column(page, "status") == ["TERMINATED", "TERMINATED", "TERMINATED", "PENDING"]
    assert _column(page, "done") == ["True", "True", "False", "False"]
    trial_id = _column(page, "trial_id")[2]
    status, refused = await api(stop_autosearch_trial_v2, job_id, trial_id)
    assert status == 409 and refused["error_code"] == "ModelArts.0105"

    status, analysis = await api(get_autosearch_parameter_analysis_v2, job_id)
    assert status == 200 and [row[0] for row in analysis["data"]] == ["batch_size", "learning_rate"]
    assert all(len(row[1].split("/")) == 2 for row in analysis["data"])
    status, image = await api(get_autosearch_parameter_analysis_image_v2, job_id, "batch_size")
    assert status == 200
    assert image["file_path"] == "/bucket/search-b/output/log/hyperparameter-analysis/fanova/batch_size.png"
    status, missing = await api(get_autosearch_parameter_analysis_image_v2, job_id, "momentum")
    assert status == 404 and missing["error_code"] == "ModelArts.0102"


async def test_trials_of_a_job_from_a_stored_algorithm(api: Api, clock: Clock) -> None:
    auto_search = {"search_params": [{"name": "depth", "param_type": "discrete", "discrete_values": ["2", "4"]}]}
    _, algorithm = await api(
        create_algorithm_v2, body=_algorithm("searching", advanced_config={"auto_search": auto_search})
    )
    job_id = await _job(api, "search-c", auto_search=None, id=algorithm["metadata"]["id"])
    _, page = await api(list_autosearch_trials_v2, job_id)
    assert page["total"] == 3 and page["items"]["header"][-2:] == ["acc", "best_reward"]  # the defaults
    assert all(c["depth"] in (2, 4) for c in _column(page, "config"))


async def test_jobs_without_auto_search_have_no_search_to_read(api: Api) -> None:
    job_id = await _job(api, "plain", auto_search=None)
    for call, args in (
        (list_autosearch_trials_v2, ()),
        (get_autosearch_trial_v2, ("abc",)),
        (stop_autosearch_trial_v2, ("abc",)),
        (get_autosearch_parameter_analysis_v2, ()),
        (get_autosearch_parameter_analysis_image_v2, ("batch_size",)),
    ):
        status, refused = await api(call, job_id, *args)
        assert status == 404 and refused["error_code"] == "ModelArts.0102", (call, refused)
        assert "not an auto search job" in refused["error_msg"]
        status, missing = await api(call, "no-such-job", *args)
        assert status == 404, (call, missing)
