package dev.rivalrygraph.page;

import dev.rivalrygraph.error.BadUserInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursors: the key values of an item in its list's order ({@link Sort}), base64url-encoded so that clients pass
 * them back rather than build them. The bytes: a format version, the signature of the list and order, then each key
 * value with a tag naming its type. A cursor that does not decode, or that names another list or order, is refused
 * with a message saying what to do.
 */
final class Cursor {

    private static final byte VERSION = 1;
    /** How the position cursors an earlier version gave out begin: refused with a message of their own. */
    private static final String POSITION = "cursor:";
    private static final byte NULL = 'N';
    private static final byte STRING = 'S';
    private static final byte LONG = 'L';
    private static final byte INT = 'I';
    private static final byte DATE = 'D';
    private static final byte DECIMAL = 'B';
    private static final byte ENUM = 'E';

    private Cursor() {
    }

    static <T> String of(Sort<T> sort, T item) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(sort.signature());
            for (Object value : sort.values(item)) {
                write(out, value);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            out.writeUTF(s);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (value instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            out.writeUTF(d.toString());
        } else if (value instanceof Enum<?> e) {
            out.writeByte(ENUM);
            out.writeUTF(e.name());
        } else {
            throw new IllegalArgumentException("No cursor encoding for a sort key of " + value.getClass());
        }
    }

    /** The key values {@code cursor} holds, checked against {@code sort}; {@code argument} names it in errors. */
    static <T> List<Object> values(String cursor, String argument, Sort<T> sort) throws BadUserInputException {
        List<Object> values = new ArrayList<>(sort.keys().size());
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException malformed) {
            throw malformed(argument);
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).startsWith(POSITION)) {
            throw new BadUserInputException("`" + argument + "` is a cursor of an earlier version of this API, which "
                    + "gave positions: start again without `" + argument + "` and use the cursors it returns.");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                throw malformed(argument);
            }
            if (in.readInt() != sort.signature()) {
                throw new BadUserInputException("`" + argument + "` is a cursor of another list or another `orderBy`: "
                        + "pass a cursor this list returned with the same `orderBy`, or start again without `"
                        + argument + "`.");
            }
            for (Sort.Key<T> key : sort.keys()) {
                values.add(read(in, key.type()));
            }
            if (in.read() != -1 || !sort.fits(values)) {
                throw malformed(argument);
            }
            return values;
        } catch (IOException | IllegalArgumentException | DateTimeException malformed) {
            throw malformed(argument);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(DataInputStream in, Class<?> type) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> in.readUTF();
            case LONG -> in.readLong();
            case INT -> in.readInt();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case DECIMAL -> new BigDecimal(in.readUTF());
            case ENUM -> {
                if (!type.isEnum()) {
                    throw new IllegalArgumentException("not an enum key");
                }
                yield Enum.valueOf((Class) type, in.readUTF());
            }
            default -> throw new IllegalArgumentException("unknown tag " + tag);
        };
    }

    private static BadUserInputException malformed(String argument) {
        return new BadUserInputException("`" + argument + "` is not a cursor of this list: pass a `cursor`, "
                + "`startCursor` or `endCursor` that this list returned.");
    }
}
