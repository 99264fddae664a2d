// Loaded into the production server with `--require` (scripts/server-node-options.ts).
//
// Sign-in throttling needs the address of whoever opened the connection. `next start`
// does not hand it to the app: its base server sets `x-forwarded-for` from the socket
// only when the request has none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`
// in next/dist/server/base-server.js), so any client can put whatever address it likes
// there and move to a fresh one on every attempt. Node announces each request on this
// diagnostics channel before the server sees it; the subscriber writes the socket's
// address into a header of its own, replacing any value a client sent under that name.
// server/client-address.ts reads it, and trusts it only once this file has run.
const diagnosticsChannel = require("node:diagnostics_channel");

const PEER_ADDRESS_HEADER = "x-vigil-peer-address";

diagnosticsChannel.subscribe("http.server.request.start", ({ request, socket }) => {
  const address = socket && socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  else delete request.headers[PEER_ADDRESS_HEADER];
});

globalThis[Symbol.for("vigil.peer-address-header")] = PEER_ADDRESS_HEADER;
