#!/usr/bin/env python3
"""SSE fan-out: N streams connected to `counterpart serve`, one change made, the time until
every stream has received it. Standard library only (asyncio). Prints figures; asserts
nothing. Usage: sse_fanout.py BASE_URL TOKEN STREAMS CHANGE_JSON_PATH"""
import asyncio
import json
import sys
import time
import urllib.request
from urllib.parse import urlparse


async def open_stream(host, port, token):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(
        (
            "GET /api/v1/events HTTP/1.1\r\nHost: %s:%d\r\nAuthorization: Bearer %s\r\n"
            "Accept: text/event-stream\r\n\r\n" % (host, port, token)
        ).encode()
    )
    await writer.drain()
    buffered = b""
    while b"retry:" not in buffered:
        chunk = await reader.read(4096)
        if not chunk:
            raise RuntimeError("stream closed before it opened")
        buffered += chunk
    return reader, writer


async def wait_for_event(reader, marker):
    buffered = b""
    while marker not in buffered:
        chunk = await reader.read(65536)
        if not chunk:
            raise RuntimeError("stream closed")
        buffered += chunk
    return time.monotonic()


def post(base, token, path, body):
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request) as answer:
        return answer.status


async def main():
    base, token, count, incident = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    url = urlparse(base)
    started = time.monotonic()
    streams = []
    for start in range(0, count, 100):
        streams += await asyncio.gather(
            *[open_stream(url.hostname, url.port, token) for _ in range(start, min(count, start + 100))]
        )
    opened = time.monotonic() - started
    waiting = [asyncio.create_task(wait_for_event(reader, b"event: notice.posted")) for reader, _ in streams]
    await asyncio.sleep(0.5)
    sent = time.monotonic()
    status = await asyncio.to_thread(
        post, base, token, "/api/v1/notices",
        {"title": "ベンチマーク", "body": "fan-out", "incident": incident},
    )
    arrived = await asyncio.wait_for(asyncio.gather(*waiting), timeout=30)
    delays = sorted(t - sent for t in arrived)
    for _, writer in streams:
        writer.close()
    print(
        "sse fan-out: %d streams opened in %.2f s; POST %d; one change reached all in %.0f ms "
        "(median %.0f ms, p99 %.0f ms)   [anchor: every stream within 1,000 ms]"
        % (count, opened, status, delays[-1] * 1000, delays[len(delays) // 2] * 1000,
           delays[int(len(delays) * 0.99) - 1] * 1000)
    )


asyncio.run(main())
