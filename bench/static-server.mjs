// The floor: serves the bytes of one file as the answer to every request, the way the GraphQL servers answer, so
// that wrk against it measures what HTTP and JSON transfer alone cost on this machine.
//   node bench/static-server.mjs PORT FILE
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, file] = process.argv.slice(2);
const body = readFileSync(file);
createServer((request, response) => {
    request.resume();
    request.on('end', () => {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
        response.end(body);
    });
}).listen(Number(port), '127.0.0.1');
