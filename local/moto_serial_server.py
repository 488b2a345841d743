"""moto's server, answering one request at a time, with TransactWriteItems idempotency.

moto's DynamoDB TransactWriteItems deep-copies the tables it touches and restores them when a
transaction fails; two requests running at once can then fail with "dictionary changed size
during iteration" or restore a copy that drops the other request's writes. Real DynamoDB has no
such problem, so the local stack serializes requests to moto instead of weakening the code
under test.

DynamoDB treats a TransactWriteItems repeated with the same ClientRequestToken (the SDK sends
one and reuses it when it retries after a timeout) as already done for ten minutes; moto applies
it again. Under load a retried vote would then find its own captcha used. The patch below keeps
DynamoDB's behaviour: a token seen with success answers success without writing again.

Usage: python moto_serial_server.py HOST PORT
"""
import os
import signal
import sys

import time

from werkzeug.serving import run_simple

from moto.core.responses import ActionResult
from moto.dynamodb.responses import DynamoHandler

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app


_TOKEN_LIFETIME_SECONDS = 600
_committed_tokens: dict[str, float] = {}
_transact_write_items = DynamoHandler.transact_write_items


def _idempotent_transact_write_items(self):  # type: ignore[no-untyped-def]
    token = self.body.get("ClientRequestToken")
    now = time.monotonic()
    for old in [t for t, at in _committed_tokens.items() if now - at > _TOKEN_LIFETIME_SECONDS]:
        del _committed_tokens[old]
    if token and token in _committed_tokens:
        return ActionResult({"ConsumedCapacity": [], "ItemCollectionMetrics": {}})
    result = _transact_write_items(self)
    if token:
        _committed_tokens[token] = now
    return result


DynamoHandler.transact_write_items = _idempotent_transact_write_items  # type: ignore[method-assign]


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))  # moto builds queue URLs from it
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, app, threaded=False, use_reloader=False, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
