"""RFC 3161 timestamps for PAdES B-T / B-LT signatures, over the standard library's HTTP.

pyHanko's own HTTP clients need ``requests`` or an aiohttp session; one POST of a DER request
does not justify either, so this client uses ``urllib`` (in a worker thread, as pyHanko's
does). A timestamp authority that cannot be reached raises ``TimestampUnavailable``: the
caller then signs B-B (offline laptops) and says so.
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request

from asn1crypto import tsp
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError, set_tsp_headers

TIMEOUT_SECONDS = 10


class TimestampUnavailable(Exception):
    """The timestamp authority did not answer, or not with a timestamp."""


class UrllibTimeStamper(TimeStamper):
    def __init__(self, url: str, *, timeout: float = TIMEOUT_SECONDS) -> None:
        if not url.startswith(("http://", "https://")):
            raise TimestampUnavailable(
                f"the timestamp authority address {url!r} is not an http(s) address")
        self.url = url
        self.timeout = timeout
        super().__init__()

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        def post() -> tsp.TimeStampResp:
            request = urllib.request.Request(
                self.url, data=req.dump(), headers=set_tsp_headers({}), method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    kind = answer.headers.get("Content-Type", "")
                    body = answer.read()
            except (OSError, urllib.error.URLError) as exc:
                raise TimestampRequestError(
                    f"the timestamp authority {self.url} could not be reached ({exc})") from exc
            if kind != "application/timestamp-reply":
                raise TimestampRequestError(
                    f"the timestamp authority {self.url} did not answer with a timestamp")
            return tsp.TimeStampResp.load(body)

        return await asyncio.to_thread(post)
