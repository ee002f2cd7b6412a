"""Against uvicorn on 127.0.0.1: HEAD, the read-only methods and the JSON log lines on stderr."""

import json
import time

import httpx


def server_log_lines(tmp_path) -> list[dict]:
    (log,) = tmp_path.glob("server-*.log")
    return [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]


def test_uvicorn_answers_head_and_refuses_writes_and_logs_one_json_line_each(live_server, tmp_path):
    with httpx.Client(base_url=live_server) as client:
        get = client.get("/")
        head = client.head("/")
        post = client.post("/", content=b"name=value")
        big = client.request("GET", "/sources", content=b"x" * 20_000)
    assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", str(len(get.content)))
    assert (post.status_code, post.headers["allow"], big.status_code) == (405, "GET, HEAD", 413)

    deadline = time.monotonic() + 5
    while len(lines := [x for x in server_log_lines(tmp_path) if x["logger"] == "app.requests"]) < 4 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [(x["method"], x["path"], x["status"]) for x in lines] == [("GET", "/", 200), ("HEAD", "/", 200), ("POST", "/", 405), ("GET", "/sources", 413)]
    assert [x["request_id"] for x in lines] == [r.headers["x-request-id"] for r in (get, head, post, big)]
    assert all(x["duration_ms"] >= 0 and x["level"] == "info" for x in lines)
