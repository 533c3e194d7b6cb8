package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.LayoutValue;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The layout and the engines agree, for a typed document of every one of the 73 specs: every value the layout's
 * walker yields sits at its datum's CDA path in what the CDA encoder writes, and the decoder reads that back
 * equal. (The validator's paths for the same values are {@code TypedGroupsProperties}'s.)
 */
class LayoutAgreementTest {

  @Test
  void everySpec_layoutPathsLocateTheEncodedValues_andTheDecoderReadsThemBack() throws Exception {
    Map<DocumentSpec, Class<?>> typed = TestDocuments.typedClasses();
    assertEquals(DocumentSpecRegistry.standard().all().size(), typed.size(), "a typed class per spec");
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<DocumentSpec, Class<?>> e : typed.entrySet()) {
      ClinicalDocument doc = TestDocuments.typedDocument(e.getKey(), e.getValue());
      byte[] cda = CdaEncoder.create().encode(doc);
      Document dom = parse(cda);
      DocumentLayout layout = DocumentLayout.standard(doc.code()).get();
      for (LayoutValue v : layout.walk(doc)) {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
            .evaluate(v.datum().xpath(), dom, XPathConstants.NODESET);
        checked++;
        if (nodes.getLength() == 0) {
          misses.add(doc.code() + " " + v.datum().xpath());
        }
      }
      assertEquals(doc, CdaDecoder.create().decode(cda).document(), doc.code() + ": decode(encode(doc))");
    }
    assertTrue(misses.isEmpty(), misses.size() + " layout paths locate nothing: " + misses);
    assertTrue(checked > 3000, "values checked: " + checked);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false); // the layout's paths are unprefixed, as CDA's default namespace reads
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
