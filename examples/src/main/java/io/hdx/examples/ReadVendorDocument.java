package io.hdx.examples;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.testkit.SampleData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Task: read a shared document another vendor wrote. Decodes the CDA XML file given as argument (without one: a
 * synthetic 入院记录 into which a vendor's own element has been inserted), leniently: vendor deviations are read,
 * kept and reported as warnings, never refused. Then judges it with the validator. Prints only codes, paths and
 * counts.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * runs every example; or run {@code io.hdx.examples.ReadVendorDocument} from an IDE.
 *
 * @since 0.1.0
 */
public final class ReadVendorDocument {
  private ReadVendorDocument() {}

  /** Reads the file (or the built-in sample) and prints what the decoder and the validator found. */
  public static void main(String[] args) throws IOException {
    byte[] xml = args.length > 0 ? Files.readAllBytes(Paths.get(args[0])) : vendorSample();
    System.exit(read(xml) ? 0 : 1);
  }

  /** A synthetic C0034 with a vendor's own element after the title, as some HIS exports carry. */
  static byte[] vendorSample() {
    String xml = new String(CdaEncoder.create().encode(SampleData.withSeed(1).document("C0034", 0).document()),
        StandardCharsets.UTF_8);
    return xml.replace("</title>", "</title><his:export xmlns:his=\"urn:example:his\" batch=\"7\"/>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the document could be read and has no validation error. */
  static boolean read(byte[] xml) {
    DecodeResult result;
    try {
      result = CdaDecoder.create().decode(xml);
    } catch (CodecException e) {
      System.out.println("UNREADABLE " + e.getMessage());
      return false;
    }
    for (DecodeWarning w : result.warnings()) {
      System.out.println("kept, with a warning: " + w);
    }
    ValidationReport report = DocumentValidator.create().validate(result.document());
    System.out.println(result.document().code() + " " + result.document().title().orElse("") + ": "
        + result.warnings().size() + " decoder warnings, " + report.issues().size() + " validation issues, "
        + (report.isValid() ? "valid" : "INVALID"));
    return report.isValid();
  }
}
