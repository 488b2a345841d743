"""moto's server, answering one request at a time.

moto's DynamoDB TransactWriteItems deep-copies the tables it touches and restores them when a
transaction fails; two requests running at once can then fail with "dictionary changed size
during iteration" or restore a copy that drops the other request's writes. Real DynamoDB has no
such problem, so the local stack serializes requests to moto instead of weakening the code
under test. Usage: python moto_serial_server.py HOST PORT
"""
import os
import signal
import sys

from werkzeug.serving import run_simple

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))  # moto builds queue URLs from it
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, app, threaded=False, use_reloader=False, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
