"""A built site on http://127.0.0.1:<free port>/, in a process of its own.

``python tests/support/serve.py SITE`` prints the port on its first line, then serves until
it is stopped (``tests.support.browser.SiteServer`` starts and stops it). A server thread in
the pytest process would take the GIL from the main thread's tests for every request that
the background jobs' Chromiums and LinkChecker make while they run.
"""

from __future__ import annotations

import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        # LinkChecker throttles every host to ~3 requests/s unless the server answers
        # with a "LinkChecker" header; ours is a local test server, so it allows more.
        self.send_header("LinkChecker", "allowed")
        super().end_headers()


def main(site: str) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1])
