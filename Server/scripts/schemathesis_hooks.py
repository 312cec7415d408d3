"""schemathesis hooks for the LaborRules contract: JSON Lines bodies for /v1/batch are sent as the UTF-8 text the
schema describes (schemathesis has no serializer of its own for application/jsonl)."""
import json

import schemathesis


@schemathesis.serializer("application/jsonl")
def jsonl(ctx, value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    return (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")
