package eu.sharingcities.partners.knowhow;

import eu.sharingcities.text.Refusal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of file an article may carry, told by their first bytes as well as their name, so what
 * is served is what it says it is — never HTML or a script under another name: PDF, PNG, JPEG, the
 * Office Open XML and OpenDocument files (ZIP containers), CSV and plain text in UTF-8.
 */
final class AttachmentKinds {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"), Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private AttachmentKinds() {
    }

    /** The file's content type, or refused with what is accepted. */
    static String check(String name, byte[] content) {
        if (name == null || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()-]{0,98}\\.[A-Za-z0-9]{1,5}")) {
            throw new Refusal("knowhow.refused.attachmentName", String.valueOf(name));
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new Refusal("knowhow.refused.attachmentSize", MAX_BYTES / 1024 / 1024);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null || !looksLike(extension, content)) {
            throw new Refusal("knowhow.refused.attachmentKind", name, String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        return type;
    }

    private static boolean looksLike(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(c, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
            case "jpg", "jpeg" -> startsWith(c, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case "csv", "txt" -> isText(c);
            default -> startsWith(c, new byte[]{'P', 'K', 3, 4}); // the ZIP container of OOXML and OpenDocument
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 without NUL bytes or markup's opening: a text a browser will not take for a page. */
    private static boolean isText(byte[] c) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c)).toString();
            return text.indexOf('\0') < 0 && !text.stripLeading().startsWith("<");
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
