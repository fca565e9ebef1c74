# An SMTP server for the deploy/ scripts: accepts every message and records it, one JSON line each
# ({at, to, subject, messageId}) in the file named first; writes the port it listens on (127.0.0.1,
# chosen by the system) to the file named second.
#
#   python3 deploy/lib/smtp_catcher.py target/x/mail.jsonl target/x/smtp.port &
import email, email.policy, json, socketserver, sys, threading, time

out_path, port_path = sys.argv[1], sys.argv[2]
lock = threading.Lock()

class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 catcher ESMTP")
        rcpt = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            verb = raw.decode("utf-8", "replace").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 catcher")
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
                    out.write(json.dumps({"at": time.time(), "to": rcpt,
                                          "subject": str(message["subject"]),
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

server = Server(("127.0.0.1", 0), Session)
with open(port_path, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
