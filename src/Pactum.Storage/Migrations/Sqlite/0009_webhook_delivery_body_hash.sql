-- Inbound webhook deliveries remember what their webhook-id carried: the SHA-256 of the raw body (lowercase hex). The
-- same id with the same body is a redelivery; with another body it is a conflict. Deliveries recorded before this
-- migration have no hash: a redelivery of such an id stays a duplicate whatever its body.
ALTER TABLE webhook_deliveries ADD COLUMN body_sha256 TEXT;
