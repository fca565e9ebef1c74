package vn.dunghan.notify;

/** A unit as a recipient: its head's address and its webhook, either possibly absent. */
public record UnitContact(
    String code, String name, String headName, String headEmail, String webhookUrl) {}
