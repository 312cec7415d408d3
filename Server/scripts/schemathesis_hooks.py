"""schemathesis hooks for the LaborRules contract: JSON Lines bodies for /v1/batch and CSV bodies for /v1/audit are
sent as UTF-8 text (schemathesis has no serializer of its own for application/jsonl or text/csv)."""
import json

import schemathesis


@schemathesis.serializer("application/jsonl", "text/csv")
def text_lines(ctx, value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    return (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")
