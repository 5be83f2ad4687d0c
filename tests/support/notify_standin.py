"""A local stand-in for GOV.UK Notify's REST API v2, for the message tests.

It checks each request as Notify does: the bearer token with Notify's own client
library (`notifications_python_client.authentication`: the issuer must be the
service, the HS256 signature must verify with the key's secret, `iat` within 30
seconds), and the JSON body against the fields Notify documents for
`POST /v2/notifications/sms` and `/email` (no others allowed; a UK mobile number;
the template must exist). It answers as Notify does, 201 with Notify's response,
or Notify's error bodies, and on cue: `--cue` maps a recipient to the statuses to
give it in turn (then 201), so a test can make a number fail, be rate limited, or
fail once and then go.

Every request is appended to `--log` as one JSON line: the path, the status
answered, the issuer and the body, so the test reads what Notify would have
received. The port it listens on is printed on the first line of stdout.

    notify_standin.py --service ID --secret SECRET --sms-template ID
                      [--email-template ID] --log FILE [--cue '{"07700900400": [400]}']
"""
import argparse
import json
import re
import sys
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from notifications_python_client.authentication import decode_jwt_token, get_token_issuer
from notifications_python_client.errors import TokenError

parser = argparse.ArgumentParser()
parser.add_argument("--service", required=True)
parser.add_argument("--secret", required=True)
parser.add_argument("--sms-template", required=True)
parser.add_argument("--email-template")
parser.add_argument("--log", required=True)
parser.add_argument("--cue", default="{}")
args = parser.parse_args()
cues = {key: list(statuses) for key, statuses in json.loads(args.cue).items()}

# The fields each endpoint takes (Notify rejects any other), and which are required.
FIELDS = {
    "/v2/notifications/sms": (
        {"phone_number", "template_id", "personalisation", "reference", "sms_sender_id"},
        {"phone_number", "template_id"},
        "phone_number",
    ),
    "/v2/notifications/email": (
        {"email_address", "template_id", "personalisation", "reference", "email_reply_to_id",
         "one_click_unsubscribe_url"},
        {"email_address", "template_id"},
        "email_address",
    ),
}
ERRORS = {
    429: ("RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"),
    500: ("Exception", "Internal server error"),
    503: ("Exception", "Service unavailable"),
}


def uk_mobile(number):
    digits = re.sub(r"[\s()+\-.]", "", number)
    for prefix in ("0044", "44"):
        if digits.startswith(prefix):
            digits = "0" + digits[len(prefix):]
    return re.fullmatch(r"07\d{9}", digits) is not None


def normalised(recipient):
    return re.sub(r"[\s()\-.]", "", recipient)


class Notify(BaseHTTPRequestHandler):
    def log_message(self, *_):
        pass

    def answer(self, status, body, record):
        record["status"] = status
        with open(args.log, "a", encoding="utf-8") as log:
            log.write(json.dumps(record, ensure_ascii=False) + "\n")
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, kind, message, record):
        self.answer(status, {"status_code": status, "errors": [{"error": kind, "message": message}]}, record)

    def do_POST(self):
        record = {"path": self.path, "iss": None, "body": None}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.path not in FIELDS:
            return self.error(404, "NotFound", "Not Found", record)
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return self.error(401, "AuthError", "Unauthorized: authentication token must be provided", record)
        token = auth[len("Bearer "):]
        try:
            record["iss"] = get_token_issuer(token)
            if record["iss"] != args.service:
                return self.error(403, "AuthError", "Invalid token: service not found", record)
            decode_jwt_token(token, args.secret)
        except TokenError as e:
            return self.error(403, "AuthError", f"Invalid token: {e.message}", record)
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            return self.error(400, "BadRequestError", "Invalid JSON supplied in POST data", record)
        try:
            body = json.loads(raw)
        except ValueError:
            return self.error(400, "BadRequestError", "Invalid JSON supplied in POST data", record)
        record["body"] = body
        allowed, required, recipient_field = FIELDS[self.path]
        if not isinstance(body, dict):
            return self.error(400, "ValidationError", "body is not an object", record)
        for field in sorted(set(body) - allowed):
            return self.error(400, "ValidationError", f"Additional properties are not allowed ({field} was unexpected)", record)
        for field in sorted(required - set(body)):
            return self.error(400, "ValidationError", f"{field} is a required property", record)
        for field in ("reference", recipient_field):
            if field in body and not isinstance(body[field], str):
                return self.error(400, "ValidationError", f"{field} is not of type string", record)
        personalisation = body.get("personalisation", {})
        if not isinstance(personalisation, dict) or not all(isinstance(v, str) for v in personalisation.values()):
            return self.error(400, "ValidationError", "personalisation is not of type object", record)
        sms = self.path.endswith("/sms")
        template = args.sms_template if sms else args.email_template
        if body["template_id"] != template:
            return self.error(400, "BadRequestError", "Template not found", record)
        if "body" not in personalisation:
            return self.error(400, "BadRequestError", "Missing personalisation: body", record)
        recipient = body[recipient_field]
        if sms and not uk_mobile(recipient):
            return self.error(400, "ValidationError", "phone_number Not a UK mobile number", record)
        if not sms and "@" not in recipient:
            return self.error(400, "ValidationError", "email_address Not a valid email address", record)
        queue = cues.get(normalised(recipient), [])
        status = queue.pop(0) if queue else 201
        if status == 400:
            return self.error(400, "ValidationError", "phone_number Not a UK mobile number", record)
        if status != 201:
            kind, message = ERRORS.get(status, ("Exception", "Internal server error"))
            return self.error(status, kind, message, record)
        notification = str(uuid.uuid4())
        content = {"body": personalisation["body"]}
        if sms:
            content["from_number"] = "GOVUK"
        else:
            content["subject"] = personalisation.get("subject", "")
            content["from_email"] = "perilink@notifications.service.gov.uk"
        record["notification_id"] = notification
        self.answer(201, {
            "id": notification,
            "reference": body.get("reference"),
            "content": content,
            "uri": f"https://api.notifications.service.gov.uk/v2/notifications/{notification}",
            "template": {"id": template, "version": 1,
                         "uri": f"https://api.notifications.service.gov.uk/v2/template/{template}"},
        }, record)


server = ThreadingHTTPServer(("127.0.0.1", 0), Notify)
print(server.server_address[1], flush=True)
sys.stdout.close()
server.serve_forever()
