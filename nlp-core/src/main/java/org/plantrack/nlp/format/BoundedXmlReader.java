package org.plantrack.nlp.format;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plantrack.nlp.DocumentFormatException;

/**
 * A StAX reader over one XML part that counts the elements it passes and the depth it is at, and stops with a
 * reason a user can read past either limit. Nothing is kept but the current event, so memory does not grow with the
 * part; a DTD is refused and entities are never expanded (no XXE, no entity expansion bombs).
 */
final class BoundedXmlReader implements AutoCloseable {

    /** WordprocessingML main namespace, transitional and strict. */
    private static final Set<String> WORD = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final String what;
    private final long maxElements;
    private final int maxDepth;
    private long elements;
    private int depth;

    BoundedXmlReader(InputStream in, String what, long maxElements, int maxDepth) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(in);
        this.what = what;
        this.maxElements = maxElements;
        this.maxDepth = maxDepth;
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path, so that the limits below behave the same.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** Moves to the next start or end tag (text, comments and processing instructions are passed over). */
    int nextTag() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                entered();
                return event;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return event;
            }
            if (event == XMLStreamConstants.DTD) {
                // Office parts never declare one; a DTD only serves entity tricks (XXE, "billion laughs").
                throw new DocumentFormatException("the " + what + " declares a DTD, which office documents never do; "
                        + "it was refused");
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    private void entered() {
        if (++elements > maxElements) {
            throw new DocumentFormatException("the " + what + " has more than " + String.format(Locale.ROOT, "%,d",
                    maxElements) + " XML elements, far more than a document of its size needs (text cut "
                    + "into runs of a character or two?); open it in a word processor, save it again and "
                    + "upload that, or split it");
        }
        if (++depth > maxDepth) {
            throw new DocumentFormatException("the " + what + " nests its XML more than " + maxDepth
                    + " levels deep, which no real document does; it was refused");
        }
    }

    /** Moves to the start tag named {@code localName} in the WordprocessingML namespace; false if there is none. */
    boolean seek(String localName) throws XMLStreamException {
        int event;
        while ((event = nextTag()) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT && is(localName)) {
                return true;
            }
        }
        return false;
    }

    /** Consumes the rest of the current element, its end tag included. */
    void skip() throws XMLStreamException {
        int level = depth;
        while (depth >= level) {
            if (nextTag() == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** The character content of the current element up to its end tag (text of child elements is not included). */
    String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int level = depth;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> {
                    entered();
                    skip();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth < level) {
                        return text.toString();
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }

    /** True when the current start tag is {@code localName} in the WordprocessingML namespace. */
    boolean is(String localName) {
        return isWord() && xml.getLocalName().equals(localName);
    }

    boolean isWord() {
        return WORD.contains(xml.getNamespaceURI());
    }

    String localName() {
        return xml.getLocalName();
    }

    /** A WordprocessingML attribute of the current start tag (w:val), or null. */
    String wordAttribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i)) && WORD.contains(xml.getAttributeNamespace(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute without a namespace (Target in a relationships part), or null. */
    String plainAttribute(String localName) {
        return xml.getAttributeValue(null, localName);
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
