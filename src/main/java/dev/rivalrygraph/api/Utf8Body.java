package dev.rivalrygraph.api;

import io.vertx.core.buffer.Buffer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body as text. JSON is UTF-8 (RFC 8259): bytes that are not well-formed UTF-8 are refused, not replaced
 * with U+FFFD, which would run a query the client never sent. Decoding here, with a decoder that reports, gives the
 * same answer on the JVM and in the native executable.
 */
final class Utf8Body {

    private Utf8Body() {
    }

    static String decode(Buffer body) throws GraphQLRequest.Malformed {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new GraphQLRequest.Malformed("The request body is not valid UTF-8.");
        }
    }
}
