package io.hdx.cli;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.json.JsonDecoder;
import io.hdx.codec.json.JsonEncodeFeature;
import io.hdx.codec.json.JsonEncoder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code hdx convert IN --to xml|json [--pretty] [--out OUT]}: decodes a shared document (CDA XML or HDX JSON, told
 * apart by its first character) and encodes it in the chosen form, to OUT or to stdout. XML to XML is
 * lossless: the output is XML-equivalent to the input (docs/cli.md); {@code --pretty} indents XML output (one
 * element per line; text kept as written, so the result differs from the input only in blank space between
 * elements). XML to JSON carries what the document
 * model holds; each part of the XML the model does not hold is reported on stderr (code and XPath), as
 * is every lenient-mode deviation. Exit 0 when converted, 1 when the input was read but a part of it has
 * no form in the target ({@code JSON-0202}, {@code CDA-0202}), 2 when it cannot be read.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class ConvertCommand implements Command {
  private static final CdaDecoder XML_DECODER = CdaDecoder.create();
  private static final CdaEncoder XML_ENCODER = CdaEncoder.create();
  private static final JsonDecoder JSON_DECODER = JsonDecoder.create();
  private static final JsonEncoder JSON_ENCODER = JsonEncoder.create().with(JsonEncodeFeature.PRETTY_PRINT);

  @Override
  public List<String> verb() {
    return Collections.singletonList("convert");
  }

  @Override
  public String synopsis() {
    return "convert IN --to xml|json [--pretty] [--out OUT]";
  }

  @Override
  public String summary() {
    return "converts a shared document between CDA XML and JSON (XML to XML losslessly)";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("to", "out")), Collections.singleton("pretty"));
    if (args.positionals().size() != 1) {
      throw new UsageException("exactly one input document IN is required");
    }
    String to = args.requiredOption("to");
    if (!to.equals("xml") && !to.equals("json")) {
      throw new UsageException("--to must be xml or json");
    }
    if (args.flag("pretty") && !to.equals("xml")) {
      throw new UsageException("--pretty goes with --to xml (JSON is always written indented)");
    }
    String in = args.positionals().get(0);
    byte[] input = CryptoFiles.read(in);
    boolean fromXml = isXml(input, in);
    DecodeResult decoded;
    try {
      decoded = fromXml ? XML_DECODER.decode(input) : JSON_DECODER.decode(input);
    } catch (CodecException e) {
      console.err().println("hdx convert: " + in + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    for (DecodeWarning w : decoded.warnings()) {
      console.err().println("  WARNING " + w.code() + " " + w.xpath() + " " + w.message()
          + (fromXml && to.equals("json") && isUnmapped(w) ? " (not carried into JSON)" : ""));
    }
    byte[] output;
    try {
      if (to.equals("json")) {
        output = JSON_ENCODER.encode(decoded.document());
      } else if (decoded.source().isPresent()) {
        output = XML_ENCODER.encode(decoded.document(), decoded.source().get());
      } else {
        output = XML_ENCODER.encode(decoded.document());
      }
    } catch (CodecException e) {
      // Read, but a part of it has no form in the target (e.g. JSON-0202: a decimal beyond what JSON carries).
      console.err().println("hdx convert: " + in + ": cannot be written as " + to + ": " + e.getMessage());
      return ExitCode.INVALID;
    }
    if (args.flag("pretty")) {
      try {
        output = PrettyXml.indent(output);
      } catch (XMLStreamException e) {
        throw new IllegalStateException("the encoder wrote XML its own parser refuses", e);
      }
    }
    if (args.option("out").isPresent()) {
      CryptoFiles.write(args.option("out").get(), output);
      console.out().println("CONVERTED " + in + " " + (fromXml ? "xml" : "json") + " " + to + " "
          + args.option("out").get());
    } else {
      try {
        console.out().write(output);
        console.out().flush();
      } catch (IOException e) {
        throw UsageException.unreadable("cannot write to stdout", e);
      }
    }
    return ExitCode.OK;
  }

  private static boolean isUnmapped(DecodeWarning w) {
    return w.code().equals(DecodeWarning.UNKNOWN_ELEMENT) || w.code().equals(DecodeWarning.NARRATIVE_MARKUP);
  }

  /** XML when the first non-blank character (after a UTF-8 byte order mark) is '<', JSON when it is '{'. */
  private static boolean isXml(byte[] input, String name) {
    int i = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF
        ? 3 : 0;
    while (i < input.length && (input[i] == ' ' || input[i] == '\t' || input[i] == '\r' || input[i] == '\n')) {
      i++;
    }
    if (i < input.length && input[i] == '<') {
      return true;
    }
    if (i < input.length && input[i] == '{') {
      return false;
    }
    throw UsageException.unreadable(name + ": neither XML nor JSON", null);
  }
}
