package io.hdx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.cda.DecodeMode;
import io.hdx.model.HdxException;
import io.hdx.model.ValidationException;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.valueset.CodeShape;
import io.hdx.model.valueset.CodeSystem;
import io.hdx.model.valueset.CodeSystems;
import io.hdx.model.valueset.Sex;
import io.hdx.model.valueset.ValueSetRegistry;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.VerifiedContent;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sign.DocumentVerifier;
import io.hdx.security.sm.Sm2KeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in the javadoc compile and run: each {@code // snippet: FILE} block below is a copy
 * of the first {@code <pre>{@code ...}</pre>} example of that source file (the test checks that
 * every line of the block appears there, in order), so the compiler checks the example; and every
 * type any javadoc example names exists, in HDX or in the JDK.
 */
class JavadocSnippetsTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET = Pattern.compile("<pre>\\{@code\\R(.*?)\\R\\s*\\*?\\s*}</pre>", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void codeSystems_snippet() {
    // snippet: sdk-model/src/main/java/io/hdx/model/valueset/CodeSystems.java
    CodedValue dx = CodedValue.builder().code("I10").codeSystem(CodeSystems.ICD10_DIAGNOSIS)
        .displayName("特发性(原发性)高血压").build();
    CodeSystems.ICD9CM3.shape().get().matches("02.34002");                                      // true
    ValueSetRegistry.standard().get(CodeSystems.GBT2261_2.oid()).concept("20").displayName();  // 已婚
    // end
    assertEquals("2.16.156.10011.2.3.3.11.1", dx.codeSystem());
  }

  @Test
  void codeSystem_snippet() {
    // snippet: sdk-model/src/main/java/io/hdx/model/valueset/CodeSystem.java
    CodeSystem icd = CodeSystems.ICD10_DIAGNOSIS;           // 2.16.156.10011.2.3.3.11.1
    CodedValue dx = CodedValue.builder().code("I10").codeSystem(icd).displayName("特发性(原发性)高血压").build();
    icd.shape().get().matches("I10");                        // true
    CodeSystem local = CodeSystem.builder().oid("1.2.156.999.1").name("本院科室代码").standard("local").build();
    // end
    assertEquals("诊断代码表(ICD-10)", dx.codeSystemName());
    assertEquals("local", local.standard());
  }

  @Test
  void codeShape_snippet() {
    // snippet: sdk-model/src/main/java/io/hdx/model/valueset/CodeShape.java
    CodeShape.ICD10.matches("I10");          // true
    CodeShape.ICD10.matches("B95.100");      // true: category B95, .1, national extension 00
    CodeShape.ICD10.matches("I10.x00x002");  // true: national clinical edition placeholder and suffix
    CodeShape.ICD10.matches("1");            // false
    CodeShape.ICD9CM3.matches("02.34002");   // true
    // end
  }

  @Test
  void codedValue_snippet() {
    // snippet: sdk-model/src/main/java/io/hdx/model/datatype/CodedValue.java
    CodedValue sex = CodedValue.of(Sex.MALE);
    CodedValue icd = CodedValue.builder().code("I10").codeSystem(CodeSystems.ICD10_DIAGNOSIS)
        .displayName("特发性(原发性)高血压").build();   // 2.16.156.10011.2.3.3.11.1, as C0004 binds it
    // end
    assertEquals("1", sex.code());
    assertEquals(CodeSystems.ICD10_DIAGNOSIS.oid(), icd.codeSystem());
  }

  @Test
  void residentId_snippet() {
    // snippet: sdk-model/src/main/java/io/hdx/model/id/ResidentIdNumber.java
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");   // GB 11643-1999 Annex A
    id.birthDate();   // 1949-12-31
    id.genderCode();  // "2" (女性, GB/T 2261.1)
    id.masked();      // 110105********002X
    // end
    assertEquals("110105********002X", id.masked());
  }

  @Test
  void hdxException_snippet() {
    String text = "110105194912310020";
    List<String> printed = new ArrayList<>();
    // snippet: sdk-model/src/main/java/io/hdx/model/HdxException.java
    try {
      ResidentIdNumber.parse(text);
    } catch (ValidationException e) {
      System.err.println(e.getMessage());           // ID-0103 resident ID number: address code (positions 1-6) is not ... (never the value)
      log.warn("id rejected code={} detail={}", e.errorCode(), e.detail());
    }
    // end
    printed.addAll(log.lines);
    assertEquals(1, printed.size());
  }

  /** Stands in for the SLF4J logger of the HdxException example. */
  private final Log log = new Log();

  private static final class Log {
    final List<String> lines = new ArrayList<>();

    void warn(String format, Object... args) {
      lines.add(format + Arrays.toString(args));
    }
  }

  @Test
  void codecs_snippets() {
    ClinicalDocument document = BuildOutpatientRecord.record().toClinicalDocument();
    // snippet: sdk-codec/src/main/java/io/hdx/codec/cda/CdaEncoder.java
    byte[] xml = CdaEncoder.create().encode(document);
    // end
    byte[] bytes = xml;
    // snippet: sdk-codec/src/main/java/io/hdx/codec/cda/CdaDecoder.java
    DecodeResult result = CdaDecoder.create().decode(bytes);
    ClinicalDocument doc = result.document();
    CdaDecoder strict = CdaDecoder.builder().mode(DecodeMode.STRICT).keepSource(false).build();
    // end
    assertEquals(document, doc);
    assertEquals(document, strict.decode(bytes).document());
  }

  @Test
  void signAndVerify_snippets() throws IOException {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2Certificate certificate = Sm2CertificateBuilder.forKey(pair.publicKey()).subject("CN=Snippet")
        .validFor(Duration.ofDays(1)).selfSign(pair.privateKey());
    io.hdx.security.sm.Sm2PrivateKey privateKey = pair.privateKey();
    Path document = dir.resolve("doc.xml");
    Files.write(document, CdaEncoder.create().encode(BuildOutpatientRecord.record().toClinicalDocument()));
    // snippet: sdk-security/src/main/java/io/hdx/security/sign/DocumentSigner.java
    DocumentSigner signer = DocumentSigner.create(privateKey, certificate); // or (hsmSigner, certificate)
    byte[] signature = signer.sign(Files.readAllBytes(document));
    Files.write(document.resolveSibling(document.getFileName() + ".p7s"), signature);
    // end
    String rootsPem = certificate.toPem();
    byte[] documentBytes = Files.readAllBytes(document);
    byte[] signatureBytes = Files.readAllBytes(dir.resolve("doc.xml.p7s"));
    // snippet: sdk-security/src/main/java/io/hdx/security/sign/DocumentVerifier.java
    DocumentVerifier verifier = DocumentVerifier.create(TrustAnchors.fromPem(rootsPem));
    VerifiedContent verified = verifier.verify(documentBytes, signatureBytes);
    ClinicalDocument doc = CdaDecoder.create().decode(verified.content()).document();   // sdk-codec
    // end
    assertEquals(BuildOutpatientRecord.record().toClinicalDocument(), doc);
  }

  /** Every {@code // snippet: FILE} block of this class appears, line by line and in order, in FILE's first example. */
  @Test
  void mirroredSnippets_matchTheJavadoc() throws IOException {
    List<String> self = Files.readAllLines(ROOT.resolve("examples/src/test/java/io/hdx/examples/JavadocSnippetsTest.java"),
        StandardCharsets.UTF_8);
    int blocks = 0;
    for (int i = 0; i < self.size(); i++) {
      String line = self.get(i).trim();
      if (!line.startsWith("// snippet: ")) {
        continue;
      }
      Path source = ROOT.resolve(line.substring("// snippet: ".length()));
      List<String> example = firstSnippet(new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
      int at = 0;
      for (int j = i + 1; !self.get(j).trim().equals("// end"); j++) {
        String want = self.get(j).trim();
        while (at < example.size() && !example.get(at).equals(want)) {
          at++;
        }
        assertTrue(at < example.size(), source + ": the javadoc example has no line '" + want + "' (in this order)");
      }
      blocks++;
    }
    assertEquals(10, blocks);
  }

  private static List<String> firstSnippet(String source) {
    Matcher m = SNIPPET.matcher(source);
    assertTrue(m.find(), "no <pre>{@code example");
    List<String> lines = new ArrayList<>();
    for (String line : m.group(1).split("\\R")) {
      lines.add(line.replaceFirst("^\\s*\\* ?", "").trim());
    }
    return lines;
  }

  /**
   * Every type that a javadoc example anywhere in HDX names (a capitalised word with a lower-case
   * letter, outside strings and comments) is a type of HDX or of the JDK, or is named {@code My...}:
   * a type the reader writes.
   */
  @Test
  void everyExample_namesOnlyTypesThatExist() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      sources = walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
          && !p.toString().contains("/target/")).collect(Collectors.toList());
    }
    Set<String> known = new HashSet<>();
    Pattern declaration = Pattern.compile("\\b(?:class|interface|enum|@interface)\\s+([A-Z]\\w*)");
    for (Path p : sources) {
      Matcher m = declaration.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      while (m.find()) {
        known.add(m.group(1));
      }
    }
    Pattern typeLike = Pattern.compile("(?<![-\\w])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\\b");
    List<String> unknown = new ArrayList<>();
    int examples = 0;
    for (Path p : sources) {
      Matcher m = SNIPPET.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      while (m.find()) {
        examples++;
        for (String line : m.group(1).split("\\R")) {
          String code = line.replaceFirst("^\\s*\\* ?", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
              .replaceAll("//.*$", "");
          Matcher t = typeLike.matcher(code);
          while (t.find()) {
            String name = t.group(1);
            boolean readersOwn = name.startsWith("My");   // e.g. new MyKmsKeys(...): "your implementation"
            if (!known.contains(name) && !readersOwn && !isJdkType(name)) {
              unknown.add(ROOT.relativize(p) + ": " + name);
            }
          }
        }
      }
    }
    assertTrue(examples > 50, "examples found: " + examples);
    assertEquals(new ArrayList<String>(), unknown);
  }

  private static final List<String> JDK_PACKAGES = Arrays.asList("java.lang.", "java.util.", "java.io.", "java.nio.",
      "java.nio.file.", "java.nio.charset.", "java.time.", "java.math.", "java.util.stream.", "java.util.function.",
      "java.util.concurrent.", "java.security.", "java.net.", "javax.xml.stream.");

  private static boolean isJdkType(String name) {
    for (String pkg : JDK_PACKAGES) {
      try {
        Class.forName(pkg + name, false, JavadocSnippetsTest.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return false;
  }
}
