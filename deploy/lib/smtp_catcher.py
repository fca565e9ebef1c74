# An SMTP server for the deploy/ scripts: records every message it accepts, one JSON line each ({at,
# to, subject, id: X-DungHan-Notification-Id, messageId}) in OUT; writes the port it listens on
# (127.0.0.1; PORT, or one the system chooses when 0 or absent) to PORT_FILE. With MODE_FILE it can
# hang: while that file says "hang" it takes new connections and reads whatever comes without ever
# answering, not even the greeting, and a session already open stops answering at its next command;
# such a connection stays silent after the mode is back to "ok" (as behind a firewall that drops
# packets). HELD_FILE counts the connections held so.
#
#   python3 deploy/lib/smtp_catcher.py OUT PORT_FILE [PORT [MODE_FILE HELD_FILE]] &
import email, email.policy, json, os, socketserver, sys, threading, time

out_path, port_path = sys.argv[1], sys.argv[2]
port = int(sys.argv[3]) if len(sys.argv) > 3 else 0
mode_path = sys.argv[4] if len(sys.argv) > 4 else None
held_path = sys.argv[5] if len(sys.argv) > 5 else None
lock = threading.Lock()
held = [0]

def mode():
    if mode_path is None:
        return "ok"
    try:
        with open(mode_path) as f:
            return f.read().strip()
    except OSError:
        return "ok"

class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def hold(self):
        with lock:
            held[0] += 1
            if held_path:
                with open(held_path, "w") as f:
                    f.write(str(held[0]))
        while self.rfile.read1(4096):
            pass

    def handle(self):
        if mode() == "hang":
            self.hold()
            return
        self.reply("220 peer ESMTP")
        rcpt = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            if mode() == "hang":
                self.hold()
                return
            verb = raw.decode("utf-8", "replace").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 peer")
            elif verb == "MAIL":
                rcpt = []
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpt.append(raw.decode().split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                data = bytearray()
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    data += line[1:] if line.startswith(b"..") else line
                message = email.message_from_bytes(bytes(data), policy=email.policy.default)
                with lock, open(out_path, "a", encoding="utf-8") as out:
                    out.write(json.dumps({"at": time.time(), "to": rcpt, "subject": str(message["subject"]),
                                          "id": message["X-DungHan-Notification-Id"],
                                          "messageId": str(message["message-id"])},
                                         ensure_ascii=False) + "\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            else:
                self.reply("502 not implemented")

class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

server = Server(("127.0.0.1", port), Session)
with open(port_path, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
