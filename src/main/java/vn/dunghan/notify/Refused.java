package vn.dunghan.notify;

/**
 * The destination answered and refused this one message (a mail server's error reply, a 4xx from a
 * gateway or a receiver): it is there, and the next message may well go through.
 */
class Refused extends Exception {

  Refused(String message) {
    super(message);
  }
}
